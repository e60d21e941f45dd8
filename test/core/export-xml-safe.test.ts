import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { xmlSafeText } from '../../electron/core/export/xml-safe-text';
import type { Library } from '../../electron/core/open-library';
import { tempLibrary } from '../helpers/library';
import { tempDir } from '../helpers/paths';
import { highlight } from './annotations-helpers';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** What XML 1.0 forbids in text, plus Unicode's noncharacters: the definition, written out independently. */
function forbidden(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x9 && cp !== 0xa && cp !== 0xd;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // alone, a surrogate is no character
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
  return (cp & 0xfffe) === 0xfffe; // U+xxFFFE and U+xxFFFF of every plane
}

const asString = (cp: number) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));
const ALL = Array.from({ length: 0x110000 }, (_, cp) => cp);
const FORBIDDEN = ALL.filter(forbidden);

describe('XML-safe text', () => {
  it('removes exactly the forbidden code points, each of them, and keeps every other one', () => {
    expect(FORBIDDEN.length).toBe(29 + 2048 + 32 + 34);
    const wrong = ALL.filter((cp) => (xmlSafeText(`甲${asString(cp)}乙`) === '甲乙') !== forbidden(cp));
    expect(wrong).toEqual([]);
    // Surrogates in pairs are one allowed character and stay; a high one before a lone low one is removed.
    expect(xmlSafeText('\uD83D\uDE00')).toBe('\uD83D\uDE00');
    expect(xmlSafeText('\uDE00\uD83D')).toBe('');
    // All of them in one text (kept apart: two lone surrogates side by side would make one real character).
    expect(xmlSafeText(FORBIDDEN.map(asString).join('·'))).toBe('·'.repeat(FORBIDDEN.length - 1));
  });
});

describe('Word export with characters XML forbids', () => {
  let lib: Library;
  // Every forbidden code point a note can store (SQLite stores text as UTF-8, where lone surrogates cannot exist).
  const storable = FORBIDDEN.filter((cp) => cp < 0xd800 || cp > 0xdfff).map(asString).join('');
  const TEXT = `关于\uFFFE加强\uFFFF管理\u0001的通知\n\n一、总体要求\n\n坚持\uFDD0系统\u{1FFFF}观念，推进\u000B长株潭一体化发展。`;

  beforeAll(async () => {
    lib = tempLibrary();
    const [imported] = await dispatch(lib.handlers, 'importUploads', { files: [{ name: '控制字符.txt', dataBase64: Buffer.from(TEXT).toString('base64') }] });
    expect(imported!.ok).toBe(true);
    await highlight(lib, imported!.docId!, '长株潭一体化', { note: `注${storable}释`, tags: ['标\uFFFE签'] });
  });
  afterAll(() => lib.close());

  for (const layout of ['excerpts', 'sections'] as const) {
    it(`writes well-formed XML that LibreOffice opens (${layout})`, async () => {
      const file = await dispatch(lib.handlers, 'exportAnnotations', { format: 'docx', layout });
      const bytes = Buffer.from(file.dataBase64, 'base64');
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
        const xml = await zip.file(name)!.async('string');
        expect([...xml].filter((c) => forbidden(c.codePointAt(0)!)).map((c) => c.codePointAt(0)!.toString(16)), name).toEqual([]);
      }
      if (!hasSoffice) return;
      const dir = tempDir('export-xml-safe-');
      const docx = path.join(dir, `${layout}.docx`);
      fs.writeFileSync(docx, bytes);
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], {
        timeout: 120_000,
        stdio: 'pipe',
      });
      const text = fs.readFileSync(path.join(dir, `${layout}.txt`), 'utf8').replace(/\s+/g, '');
      expect(text).toContain('长株潭一体化');
      expect(text).toContain('关于加强管理的通知');
      if (layout === 'excerpts') expect(text).toContain('注释');
    });
  }
});
