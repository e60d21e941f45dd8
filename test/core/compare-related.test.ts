import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import type { Block, DocumentSummary } from '../../electron/shared/types';
import { docIdByTitle, tempLibrary } from '../helpers/library';
import { tempDir } from '../helpers/paths';

describe('related passages across documents', () => {
  let lib: Library;
  let docs: DocumentSummary[];
  let paper: number;
  let metro: number;
  let paperBlocks: Block[];
  let metroBlocks: Block[];
  const sameWork = (docId: number) => {
    const work = docs.find((d) => d.id === docId)!.workId;
    return new Set(docs.filter((d) => d.id === docId || (work !== null && d.workId === work)).map((d) => d.id));
  };

  beforeAll(async () => {
    lib = tempLibrary({ seeds: true });
    docs = await dispatch(lib.handlers, 'listDocuments', {});
    paper = docIdByTitle(lib, '报纸电子版');
    metro = docIdByTitle(lib, '都市圈发展规划');
    paperBlocks = await dispatch(lib.handlers, 'getBlocks', { docId: paper });
    metroBlocks = await dispatch(lib.handlers, 'getBlocks', { docId: metro });
  });
  afterAll(() => lib.close());

  it("goes from the action plan's 设施同网 action to the metro plan's transport, logistics and energy sections", async () => {
    const action = paperBlocks.find((b) => b.kind === 'heading' && b.text.includes('设施同网'))!;
    const r = await dispatch(lib.handlers, 'relatedPassages', { docId: paper, blockId: action.blockId, limit: 5 });
    // A heading stands for its whole section.
    expect(r.query).toContain('建设国家综合交通枢纽');
    expect(r.passages).toHaveLength(5);
    const excluded = sameWork(paper);
    for (const p of r.passages) expect(excluded.has(p.docId)).toBe(false);
    const top = r.passages.slice(0, 3);
    expect(top.every((p) => p.docId === metro)).toBe(true);
    for (const p of top) expect(`${p.section}${p.text}`).toMatch(/交通|物流|能源/);
    expect(r.passages.map((p) => p.score)).toEqual([...r.passages.map((p) => p.score)].sort((x, y) => y - x));
    // The blocks returned are the metro plan's own, in order.
    const ids = metroBlocks.map((b) => b.blockId);
    for (const p of top) expect(ids.indexOf(p.blockIds[0]!)).toBeGreaterThanOrEqual(0);
  });

  it('lists a passage once even when several publications of the other work carry it', async () => {
    const rail = metroBlocks.find((b) => b.text.startsWith('打造轨道上的长株潭'))!;
    const r = await dispatch(lib.handlers, 'relatedPassages', { docId: metro, blockId: rail.blockId, limit: 10 });
    expect(r.passages.length).toBeGreaterThan(3);
    expect(r.passages.some((p) => p.docId === paper || sameWork(paper).has(p.docId))).toBe(true);
    const openings = r.passages.map((p) => p.text.replace(/[\s\p{P}]/gu, '').slice(0, 16));
    expect(new Set(openings).size).toBe(openings.length);
  });

  it('finds the same paragraph in the other publications when asked to include them', async () => {
    const target = paperBlocks.find((b) => b.text.includes('无缝对接'))!;
    const r = await dispatch(lib.handlers, 'relatedPassages', { docId: paper, blockId: target.blockId, limit: 3, includeSameWork: true });
    expect(r.passages[0]!.nearDuplicate).toBe(true);
    expect(r.passages[0]!.text).toContain('对接');
    expect(r.passages[0]!.docId).not.toBe(paper);
  });

  it('sees documents imported after the first search', async () => {
    const rail = metroBlocks.find((b) => b.text.startsWith('打造轨道上的长株潭'))!;
    const file = path.join(tempDir(), '轨道交通摘编.txt');
    fs.writeFileSync(file, `轨道交通摘编\n\n${rail.text}\n`);
    const [imported] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    expect(imported!.ok).toBe(true);
    const r = await dispatch(lib.handlers, 'relatedPassages', { docId: metro, blockId: rail.blockId, limit: 3 });
    expect(r.passages[0]).toMatchObject({ docId: imported!.docId, nearDuplicate: true });
  });

  it('refuses a block that is not in the document', async () => {
    await expect(dispatch(lib.handlers, 'relatedPassages', { docId: paper, blockId: metroBlocks[0]!.blockId })).rejects.toThrow(/has no block/);
  });
});
