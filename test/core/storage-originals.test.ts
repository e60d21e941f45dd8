import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { packOriginal, unpackOriginal } from '../../electron/core/data/original-delta';
import { packOldOriginals, readOriginal } from '../../electron/core/data/originals';
import { migrate } from '../../electron/core/db/migrate';
import { loadMigrations } from '../../electron/core/db/migrations';
import { importBytes } from '../../electron/core/import/import-files';
import { decodeSource } from '../../electron/core/import/source-file';
import { getOriginal } from '../../electron/core/library/documents';
import { closingLibraries } from '../helpers/library';
import { corporaDir, seedsDir } from '../helpers/paths';

const { temp } = closingLibraries();

const markdown = [
  '# 上海市优化营商环境条例',
  '',
  '（2020年4月10日上海市第十五届人民代表大会常务委员会第二十次会议通过）',
  '',
  '## 第一章　总则',
  '',
  '**第一条**　为了持续优化营商环境，激发市场主体活力，根据国务院《优化营商环境条例》，结合本市实际，制定本条例。',
  '',
  '- 第 1 页 -',
  '',
  '第二条　本条例适用于本市行政区域内优化营商环境的相关工作。　　',
  '',
  '> 第三条　ＡＢＣ１２３  全角字母与数字。',
].join('\r\n');

function texts(): { name: string; bytes: Buffer }[] {
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, bytes: fs.readFileSync(path.join(seedsDir, f)) }));
  const corpus = path.join(corporaDir, 'gov-work-reports');
  const reports = fs.existsSync(corpus) ? fs.readdirSync(corpus).sort().slice(0, 12).map((f) => ({ name: f, bytes: fs.readFileSync(path.join(corpus, f)) })) : [];
  const html = Buffer.from(`<html><head><title>通知</title></head><body><h1>关于印发方案的通知</h1><p>各区人民政府：</p><p>现将《方案》印发给你们，请认真贯彻执行。</p></body></html>`);
  return [...seeds, ...reports, { name: 'regulation.md', bytes: Buffer.from(markdown) }, { name: 'notice.html', bytes: html }];
}

describe('originals stored as what the reading text cannot reproduce', () => {
  it('gives every original back exactly, in a small fraction of its size', () => {
    const lib = temp();
    let originalBytes = 0;
    for (const { name, bytes } of texts()) {
      const r = importBytes(lib, name, bytes, null);
      expect(r.ok, `${name}: ${r.error?.message}`).toBe(true);
      const expected = decodeSource(name, bytes).text;
      expect(getOriginal(lib, r.docId!).text).toBe(expected);
      originalBytes += Buffer.byteLength(expected);
    }
    const stored = lib.db.prepare("SELECT sum(length(packed)) AS packed, sum(length(text)) AS text FROM originals").get() as { packed: number; text: number };
    expect(stored.text).toBe(0);
    expect(stored.packed).toBeLessThan(originalBytes / 10);
  });

  it('keeps a text the reading text does not resemble whole, and refuses to decode against a changed reading text', () => {
    const original = '甲乙丙丁戊己庚辛壬癸'.repeat(20);
    const unrelated = packOriginal(original, '完全不同的阅读文本');
    expect(unpackOriginal(unrelated, () => '')).toBe(original);
    const reading = `标题\n${original.slice(0, 100)}\n${original.slice(100)}`;
    const packed = packOriginal(`# 标题\n\n${original}`, reading);
    expect(unpackOriginal(packed, () => reading)).toBe(`# 标题\n\n${original}`);
    expect(() => unpackOriginal(packed, () => reading.replace('甲', '乙'))).toThrow(/no longer matches/);
  });

  it('reads originals stored whole before migration 009', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = loadMigrations().filter((m) => m.version < 9);
    db.transaction(() => {
      for (const m of before) db.exec(m.sql);
      db.pragma(`user_version = ${before.at(-1)!.version}`);
    })();
    db.prepare("INSERT INTO documents (id, title, source_name, content_hash, format, encoding) VALUES (1, 't', 't.txt', 'h', 'txt', 'utf-8')").run();
    db.prepare("INSERT INTO originals (doc_id, text) VALUES (1, '旧的原文\n')").run();
    db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (1, 0, 'paragraph', 0, '旧的原文')").run();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(9);
    expect(readOriginal(db, 1)).toBe('旧的原文\n');
    // 009 also adds documents.effective_on and drops the fingerprints' index by document.
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'effective_on'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'doc_fingerprints_doc'").pluck().get()).toBe(0);
    // Packed in the background later (here: by hand), it reads the same.
    expect(packOldOriginals(db, 10)).toBe(1);
    expect(db.prepare('SELECT text, packed IS NOT NULL AS packed FROM originals').get()).toEqual({ text: '', packed: 1 });
    expect(readOriginal(db, 1)).toBe('旧的原文\n');
    expect(packOldOriginals(db, 10)).toBe(0);
  });
});
