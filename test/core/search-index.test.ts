import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/core/dispatch';
import { importBytes } from '../../electron/core/import/import-files';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { bruteForceSearch } from '../../electron/core/search/brute-force';
import { normalizeForSearch } from '../../electron/shared/search-query';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { SEEDS, seedsDir } from '../helpers/paths';

const { temp, track, untrack } = closingLibraries();
function seeded(): Library {
  return temp({ seeds: true });
}
function reopen(lib: Library): Library {
  lib.close();
  untrack(lib);
  return track(openLibrary(lib.file));
}
const search = (lib: Library, query: string, scope: object = {}) => dispatch(lib.handlers, 'search', { query, limit: 1000, ...scope });
const ids = (r: { hits: { blockId: number }[] }) => r.hits.map((h) => h.blockId).sort((a, b) => a - b);

async function expectSameAsScan(lib: Library, query: string) {
  const result = await search(lib, query);
  expect(ids(result), query).toEqual(bruteForceSearch(lib.db, query).blockIds);
  return result;
}

describe('the search index follows the library', () => {
  it('forgets documents put in the bin, finds them again when restored, and drops them when purged', async () => {
    const lib = seeded();
    const before = await expectSameAsScan(lib, '绿心');
    const docId = before.hits[0]!.docId;
    lib.db.prepare("UPDATE documents SET deleted_at = '2026-01-01' WHERE id = ?").run(docId);
    const binned = await expectSameAsScan(lib, '绿心');
    expect(binned.hits.some((h) => h.docId === docId)).toBe(false);
    expect(binned.total).toBeLessThan(before.total);
    lib.db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?').run(docId);
    expect((await expectSameAsScan(lib, '绿心')).total).toBe(before.total);
    lib.db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
    await expectSameAsScan(lib, '绿心');
    expect(lib.db.prepare('SELECT count(*) FROM search_docs WHERE doc_id = ?').pluck().get(docId)).toBe(0);
  });

  it('indexes a re-imported document and edited blocks', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '长株潭');
    const bytes = fs.readFileSync(path.join(seedsDir, SEEDS.metroPlan));
    const title = lib.db.prepare('SELECT content_hash FROM documents WHERE id = ?').pluck().get(docId);
    expect(title).toBeTruthy();
    const before = (await search(lib, '都市圈')).total;
    const again = importBytes(lib, 'copy.txt', Buffer.concat([bytes, Buffer.from('\n附：都市圈再版说明\n')]), null);
    expect(again.ok).toBe(true);
    expect((await expectSameAsScan(lib, '都市圈')).total).toBeGreaterThan(before);
    expect((await expectSameAsScan(lib, '再版说明')).total).toBe(1);
    const block = lib.db.prepare('SELECT id FROM blocks WHERE doc_id = ? ORDER BY seq LIMIT 1 OFFSET 3').pluck().get(again.docId) as number;
    lib.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('量子纠缠试验区', block);
    expect(ids(await expectSameAsScan(lib, '量子纠缠'))).toEqual([block]);
  });

  it('sees what another connection imported', async () => {
    const lib = seeded();
    const other = track(openLibrary(lib.file));
    expect((await search(lib, '汨罗江畔')).total).toBe(0);
    importBytes(other, 'new.txt', Buffer.from('新文件\n\n汨罗江畔的新规划。\n'), null);
    expect((await expectSameAsScan(lib, '汨罗江畔')).total).toBe(1);
  });

  it('re-indexes a document whose description was lost, and rebuilds a dropped index, when the library is opened', async () => {
    let lib = seeded();
    const expected = (await expectSameAsScan(lib, '同城化')).total;
    expect(expected).toBeGreaterThan(0);
    // The index forgets what it holds for one document: reopening must neither miss nor double its blocks.
    lib.db.prepare('DELETE FROM search_docs WHERE doc_id = (SELECT min(doc_id) FROM search_docs)').run();
    lib = reopen(lib);
    expect((await expectSameAsScan(lib, '同城化')).total).toBe(expected);
    expect((await expectSameAsScan(lib, '的')).total).toBe(bruteForceSearch(lib.db, '的').total);

    lib.db.exec('DROP TRIGGER search_blocks_delete; DROP TABLE search_grams; DROP TABLE search_dirty;');
    lib = reopen(lib);
    expect((await expectSameAsScan(lib, '同城化')).total).toBe(expected);
    importBytes(lib, 'after.txt', Buffer.from('后来\n\n同城化再出发。\n'), null);
    expect((await expectSameAsScan(lib, '同城化')).total).toBe(expected + 1);
  });
});

describe('search results', () => {
  it('restrict to a chapter: the heading and the blocks under it until the next heading of its level', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '长株潭');
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId });
    const headingAt = blocks.findIndex((b, i) => b.kind === 'heading' && b.level === 1 && i > 0);
    const heading = blocks[headingAt]!;
    let end = headingAt + 1;
    while (end < blocks.length && !(blocks[end]!.kind === 'heading' && blocks[end]!.level <= heading.level)) end++;
    const chapter = blocks.slice(headingAt, end);
    for (const query of ['发展', '的', '长株潭', '推进 -建设']) {
      const inChapter = new Set(chapter.map((b) => b.blockId));
      const expected = bruteForceSearch(lib.db, query, { docId }).blockIds.filter((id) => inChapter.has(id));
      expect(ids(await search(lib, query, { chapterId: heading.blockId })), query).toEqual(expected);
    }
    await expect(search(lib, '发展', { chapterId: blocks.find((b) => b.kind === 'paragraph')!.blockId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('highlight exactly the matched characters, in original width, also for full-width queries', async () => {
    const lib = seeded();
    const { docId } = importBytes(lib, 'air.txt', Buffer.from('空气\n\n第一章 治理\n\n细颗粒物（PM2.5）浓度下降，Ｒ＆Ｄ投入增长。\n'), null);
    for (const [query, original] of [
      ['ＰＭ２．５', 'PM2.5'],
      ['pm2.5', 'PM2.5'],
      ['r&d', 'Ｒ＆Ｄ'],
    ] as const) {
      const result = await search(lib, query, { docId });
      expect(result.total, query).toBe(1);
      const [hit] = result.hits;
      expect(hit!.highlights.map(([s, e]) => hit!.snippet.slice(s, e))).toEqual([original]);
      expect(hit!.path).toEqual(['空气', '第一章 治理']);
    }
  });

  it('gives chapter paths from the headings as they are now, also when another connection renamed one after a search', async () => {
    const lib = seeded();
    const { docId } = importBytes(lib, 'air.txt', Buffer.from('空气\n\n第一章 治理\n\n细颗粒物浓度下降。\n\n第一节 监测\n\n细颗粒物监测站点。\n\n第二章 监测评估\n\n按月公开。\n'), null);
    const paths = async () => (await search(lib, '细颗粒物', { docId })).hits.map((h) => h.path);
    expect(await paths()).toEqual([
      ['空气', '第一章 治理'],
      ['空气', '第一章 治理', '第一节 监测'],
    ]);
    // Another process's write: this connection learns of it from the database, not from a call of its own.
    const other = new Database(lib.file);
    other.prepare("UPDATE blocks SET text = '第一章 大气治理' WHERE doc_id = ? AND text = '第一章 治理'").run(docId);
    other.close();
    expect(await paths()).toEqual([
      ['空气', '第一章 大气治理'],
      ['空气', '第一章 大气治理', '第一节 监测'],
    ]);
    // A heading found is the hit; its path is the headings around it (a sibling chapter's are not).
    const headingPaths = (await search(lib, '监测', { docId, sort: 'document' })).hits.filter((h) => h.kind === 'heading').map((h) => h.path);
    expect(headingPaths).toEqual([['空气', '第一章 大气治理'], ['空气']]);
  });

  it('group by document with full counts, best passages first in each, every snippet highlighting a term', async () => {
    const lib = seeded();
    const result = await dispatch(lib.handlers, 'search', { query: '发展', limit: 20, perDoc: 5 });
    expect(result.hits.length).toBeGreaterThan(5);
    expect(result.docs.reduce((n, d) => n + d.count, 0)).toBe(result.total);
    for (const d of result.docs) expect(d.count).toBe(bruteForceSearch(lib.db, '发展', { docId: d.docId }).total);
    // Hits read top to bottom as shown: one group per document, in the documents' order.
    const groups = result.hits.map((h) => h.docId).filter((d, i, all) => i === 0 || all[i - 1] !== d);
    expect(groups).toEqual(result.docs.slice(0, groups.length).map((d) => d.docId));
    for (const docId of groups) {
      const scores = result.hits.filter((h) => h.docId === docId).map((h) => h.score);
      expect(scores.length).toBeLessThanOrEqual(5);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    for (const hit of result.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const [s, e] of hit.highlights) expect(normalizeForSearch(hit.snippet.slice(s, e))).toContain('发展');
    }
  });

  it('find ideographs written as Kangxi radicals or compatibility ideographs (as PDF text often has them)', async () => {
    const lib = seeded();
    const { docId } = importBytes(lib, 'pdf.txt', Buffer.from('部首\n\n湖南省⼈民政府关于推进都市圈建设的意见。\n\n湖南省人民政府办公厅。\n\n⼈民至上。\n'), null);
    for (const query of ['人民政府', '⼈民政', '民政府 -办公厅', '人民 -⼈民政', '湖南省人民政府']) {
      const result = await search(lib, query, { docId });
      expect(ids(result), query).toEqual(bruteForceSearch(lib.db, query, { docId }).blockIds);
    }
    expect((await search(lib, '人民政府', { docId })).total).toBe(2);
    // Only such a document has its candidates checked for those characters; the seeds have none.
    const folds = lib.db.prepare('SELECT doc_id, folds FROM search_docs').all() as { doc_id: number; folds: number }[];
    expect(folds.filter((d) => d.folds === 1).map((d) => d.doc_id)).toEqual([docId]);
    expect(folds.length).toBeGreaterThan(5);
  });

  it('answer an empty or exclusion-only query with nothing', async () => {
    const lib = seeded();
    expect((await search(lib, '   ')).total).toBe(0);
    expect((await search(lib, '-发展')).total).toBe(0);
  });
});

describe('when the index cannot be updated', () => {
  it('says so in both languages instead of answering from stale postings', async () => {
    const lib = seeded();
    await search(lib, '绿心');
    const other = track(openLibrary(lib.file));
    // A block changed by another connection is queued for indexing; that connection then holds the write lock.
    const block = other.db.prepare("SELECT id FROM blocks WHERE kind = 'paragraph' ORDER BY id LIMIT 1").pluck().get() as number;
    other.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('绿心晚到的段落。', block);
    other.db.exec('BEGIN IMMEDIATE');
    lib.db.pragma('busy_timeout = 50');
    try {
      await expect(search(lib, '绿心')).rejects.toMatchObject({ code: 'index_busy', messageZh: expect.stringContaining('稍后再试') });
    } finally {
      other.db.exec('ROLLBACK');
    }
    expect((await expectSameAsScan(lib, '绿心晚到')).total).toBe(1);
  });
});

describe('in the background', () => {
  it('indexes blocks changed outside an import before anyone searches', async () => {
    const lib = seeded();
    const { docId } = importBytes(lib, 'idle.txt', Buffer.from('空闲\n\n空闲时建好的索引。\n'), null);
    const block = lib.db.prepare('SELECT id FROM blocks WHERE doc_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(docId) as number;
    lib.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('空闲时改写的段落。', block);
    expect(lib.db.prepare('SELECT count(*) FROM search_dirty WHERE doc_id = ?').pluck().get(docId)).toBe(1);
    await expect.poll(() => lib.db.prepare('SELECT count(*) FROM search_dirty').pluck().get(), { timeout: 5000 }).toBe(0);
    expect(lib.db.prepare('SELECT blocks FROM search_docs WHERE doc_id = ?').pluck().get(docId)).toBe(2);
    expect((await expectSameAsScan(lib, '空闲时改写')).total).toBe(1);
  });
});

describe('at import', () => {
  it('writes the postings in the import transaction: nothing is left queued, a rolled-back import leaves none', async () => {
    const lib = seeded();
    const { docId } = importBytes(lib, 'now.txt', Buffer.from('即时\n\n导入即建好的索引。\n'), null);
    expect(lib.db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
    expect(lib.db.prepare('SELECT count(*) FROM search_docs WHERE doc_id = ?').pluck().get(docId)).toBe(1);
    const segments = lib.db.prepare('SELECT count(*) FROM search_docs').pluck().get();
    expect(() =>
      lib.db.transaction(() => {
        importBytes(lib, 'undone.txt', Buffer.from('撤回\n\n随事务撤回的文件。\n'), null);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(lib.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(segments);
    expect((await search(lib, '随事务撤回')).total).toBe(0);
    expect(lib.db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
  });
});
