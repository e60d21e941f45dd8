import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { highlight, placeOf } from './annotations-helpers';

const { temp } = closingLibraries();

/** A trainer's library: the seeds, a path of three stops over two documents, highlights on both. */
async function trainerLibrary(): Promise<{ lib: Library; pathId: number }> {
  const lib = temp({ seeds: true });
  const metro = docIdByTitle(lib, '都市圈发展规划');
  const web = docIdByTitle(lib, '网页转载');
  const { id } = await dispatch(lib.handlers, 'createReadingPath', { title: '长株潭一体化培训' });
  // A date corrected by hand travels with the document, and stays corrected.
  await dispatch(lib.handlers, 'updateMetadata', { docId: web, issuedOn: '2021-03' });
  const rail = await placeOf(lib, metro, '打造轨道上的长株潭');
  const heading = (await dispatch(lib.handlers, 'getToc', { docId: metro }))[1]!;
  const other = await placeOf(lib, web, '长株潭');
  await dispatch(lib.handlers, 'addReadingStop', { pathId: id, docId: metro, blockId: rail.blockId, title: '轨道交通', note: '先讲轨道' });
  await dispatch(lib.handlers, 'addReadingStop', { pathId: id, kind: 'chapter', docId: metro, blockId: heading.blockId, note: '章节概览' });
  await dispatch(lib.handlers, 'addReadingStop', {
    pathId: id, kind: 'comparison', docId: metro, blockId: rail.blockId, doc2Id: web, block2Id: other.blockId,
    startOffset: rail.offset, endOffset: rail.offset + 9, title: '对照',
  });
  await highlight(lib, metro, '打造轨道上的长株潭', { color: 'yellow', note: '培训重点', tags: ['培训'] });
  await highlight(lib, metro, '绿心', { color: 'green' });
  await highlight(lib, web, '长株潭', { color: 'blue', note: '行动计划' });
  return { lib, pathId: id };
}

async function packOf(lib: Library, pathId: number): Promise<Buffer> {
  const file = await dispatch(lib.handlers, 'createCoursePack', { pathIds: [pathId] });
  expect(file.fileName).toMatch(/^课程包-长株潭一体化培训-\d{4}-\d{2}-\d{2}\.prpack$/);
  return Buffer.from(file.dataBase64, 'base64');
}

const open = (lib: Library, pack: Buffer) => dispatch(lib.handlers, 'openCoursePack', { dataBase64: pack.toString('base64') });

/** Everything a trainee sees of the library, by content rather than by id. */
async function contentOf(lib: Library) {
  const docs = await dispatch(lib.handlers, 'listDocuments', {});
  const textOf = new Map<number, string[]>();
  for (const d of docs) textOf.set(d.id, (await dispatch(lib.handlers, 'getBlocks', { docId: d.id })).map((b) => b.text));
  const blockText = new Map<number, string>();
  for (const d of docs) for (const b of await dispatch(lib.handlers, 'getBlocks', { docId: d.id })) blockText.set(b.blockId, b.text);
  const annotations = (await dispatch(lib.handlers, 'listAnnotations', {})).map((a) => ({
    uuid: a.uuid, quote: a.quote, color: a.color, note: a.note, tags: a.tags, status: a.status,
    doc: docs.find((d) => d.id === a.docId)?.title, block: blockText.get(a.start!.blockId), start: a.start!.offset, end: a.end!.offset,
  }));
  const paths = [];
  for (const p of await dispatch(lib.handlers, 'listReadingPaths', {})) {
    const path = await dispatch(lib.handlers, 'getReadingPath', { pathId: p.id });
    paths.push({
      uuid: path.uuid, title: path.title,
      stops: path.stops.map((s) => ({ kind: s.kind, title: s.title, note: s.note, text: s.place.text, doc: s.place.docTitle, text2: s.place2?.text ?? null, start: s.startOffset, end: s.endOffset })),
    });
  }
  const edited = (id: number) => (lib.db.prepare('SELECT metadata_edited AS e FROM documents WHERE id = ?').get(id) as { e: number }).e;
  const originalOf = new Map<number, string>();
  for (const d of docs) originalOf.set(d.id, (await dispatch(lib.handlers, 'getOriginal', { docId: d.id })).text);
  return {
    docs: docs.map((d) => ({ title: d.title, issuer: d.issuer, docNumber: d.docNumber, issuedOn: d.issuedOn, effectiveOn: d.effectiveOn, kind: d.kind, edited: edited(d.id), text: textOf.get(d.id), original: originalOf.get(d.id) })),
    annotations,
    paths,
  };
}

function counts(lib: Library) {
  const n = (table: string) => (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { documents: n('documents'), blocks: n('blocks'), annotations: n('annotations'), paths: n('reading_paths'), stops: n('reading_stops'), layer: n('trainer_annotations') };
}

describe('course packs (.prpack)', () => {
  it('rebuild the trainer’s documents, annotations and path in an empty library, and add nothing when opened again', async () => {
    const { lib: trainer, pathId } = await trainerLibrary();
    const pack = await packOf(trainer, pathId);
    const inspection = await dispatch(trainer.handlers, 'inspectCoursePack', { dataBase64: pack.toString('base64') });
    expect(inspection).toMatchObject({ annotations: 3, paths: [{ title: '长株潭一体化培训', stops: 3 }], bytes: pack.length });
    expect(inspection.documents.map((d) => d.title).sort()).toEqual(['长株潭一体化发展五年行动计划（2021—2025年）（网页转载，不完整）', '长株潭都市圈发展规划'].sort());
    const metro = (await dispatch(trainer.handlers, 'listDocuments', {})).find((d) => d.title === '长株潭都市圈发展规划')!;
    expect(inspection.documents.find((d) => d.title === metro.title)!.chars).toBe(metro.chars);

    const trainee = temp({ seeds: false });
    const result = await open(trainee, pack);
    expect(result.documents.added).toHaveLength(2);
    expect(result.documents.present).toEqual([]);
    expect(result.annotations).toMatchObject({ added: 3, removed: 0, detached: 0 });
    expect(result.paths.added).toMatchObject([{ title: '长株潭一体化培训' }]);
    expect(result.firstPathId).toBe(result.paths.added[0]!.id);

    const want = await contentOf(trainer);
    const got = await contentOf(trainee);
    const packed = new Set(inspection.documents.map((d) => d.title));
    expect(got.docs).toEqual(want.docs.filter((d) => packed.has(d.title)));
    expect(got.annotations).toEqual(want.annotations);
    expect(got.paths).toEqual(want.paths);
    // The trainer's highlights are the pack's layer; search finds the new documents at once.
    expect((await dispatch(trainee.handlers, 'listTrainerAnnotations', {})).map((e) => e.uuid).sort()).toEqual(want.annotations.map((a) => a.uuid).sort());
    expect((await dispatch(trainee.handlers, 'search', { query: '打造轨道上的长株潭' })).total).toBeGreaterThan(0);

    const before = counts(trainee);
    const again = await open(trainee, pack);
    expect(again.documents.added).toEqual([]);
    expect(again.documents.present).toHaveLength(2);
    expect(again.annotations).toMatchObject({ added: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(again.paths).toMatchObject({ added: [], updated: [{ id: result.firstPathId }] });
    expect(counts(trainee)).toEqual(before);
    expect(await contentOf(trainee)).toEqual(got);
  });

  it('reuses documents the trainee already has (same content) and updates the trainer’s layer without touching the trainee’s own notes', async () => {
    const { lib: trainer, pathId } = await trainerLibrary();
    const trainee = temp({ seeds: true });
    const docsBefore = counts(trainee).documents;
    const first = await open(trainee, await packOf(trainer, pathId));
    expect(first.documents.added).toEqual([]);
    expect(first.documents.present).toHaveLength(2);
    expect(counts(trainee).documents).toBe(docsBefore);
    const traineeMetro = docIdByTitle(trainee, '都市圈发展规划');
    const own = await highlight(trainee, traineeMetro, '建设长沙航空枢纽', { note: '我自己的笔记' });

    // The trainer revises: one note changed, one highlight deleted, one added, a stop added.
    const [rail, green] = await dispatch(trainer.handlers, 'listAnnotations', { docId: docIdByTitle(trainer, '都市圈发展规划') });
    await new Promise((r) => setTimeout(r, 5));
    await dispatch(trainer.handlers, 'updateAnnotation', { uuid: rail!.uuid, note: '修订后的重点' });
    await dispatch(trainer.handlers, 'deleteAnnotation', { uuid: green!.uuid });
    const added = await highlight(trainer, docIdByTitle(trainer, '都市圈发展规划'), '长株潭', { color: 'red' });
    const aviation = await placeOf(trainer, docIdByTitle(trainer, '都市圈发展规划'), '建设长沙航空枢纽');
    await dispatch(trainer.handlers, 'addReadingStop', { pathId, docId: docIdByTitle(trainer, '都市圈发展规划'), blockId: aviation.blockId, title: '航空' });

    const second = await open(trainee, await packOf(trainer, pathId));
    expect(second.annotations).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect(second.paths.updated).toMatchObject([{ id: first.firstPathId }]);
    const list = await dispatch(trainee.handlers, 'listAnnotations', {});
    expect(list.map((a) => a.uuid).sort()).toEqual([rail!.uuid, added.uuid, own.uuid, (await dispatch(trainer.handlers, 'listAnnotations', { text: '行动计划' }))[0]!.uuid].sort());
    expect(list.find((a) => a.uuid === rail!.uuid)!.note).toBe('修订后的重点');
    expect(list.find((a) => a.uuid === own.uuid)).toMatchObject({ note: '我自己的笔记', status: 'attached' });
    expect((await dispatch(trainee.handlers, 'listTrainerAnnotations', {})).map((e) => e.uuid)).not.toContain(own.uuid);
    const path = await dispatch(trainee.handlers, 'getReadingPath', { pathId: first.firstPathId! });
    expect(path.stops.map((s) => s.title)).toEqual(['轨道交通', '', '对照', '航空']);
    expect(counts(trainee).paths).toBe(1);
  });
});

describe('course packs over documents rebuilt differently', () => {
  it('find each stop’s passage by its text, and skip (and count) the ones that are not there', async () => {
    const { lib: trainer, pathId } = await trainerLibrary();
    const want = (await dispatch(trainer.handlers, 'getReadingPath', { pathId })).stops.map((s) => [s.kind, s.place.text, s.place2?.text ?? null]);
    const trainee = temp({ seeds: true });
    const metro = docIdByTitle(trainee, '都市圈发展规划');
    // The same file, read by another version of the app: one block more at the top, every seq moved by one.
    trainee.db.prepare('UPDATE blocks SET seq = -seq - 1 WHERE doc_id = ?').run(metro);
    trainee.db.prepare('UPDATE blocks SET seq = -seq WHERE doc_id = ?').run(metro);
    trainee.db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, 0, 'paragraph', 0, '多出来的一段')").run(metro);
    const opened = await open(trainee, await packOf(trainer, pathId));
    expect(opened.documents.added).toEqual([]);
    expect(opened.paths.skippedStops).toBe(0);
    const got = (await dispatch(trainee.handlers, 'getReadingPath', { pathId: opened.firstPathId! })).stops.map((s) => [s.kind, s.place.text, s.place2?.text ?? null]);
    expect(got).toEqual(want);

    // A passage whose wording is not in this copy at all cannot be placed: that stop is left out and counted.
    const web = docIdByTitle(trainee, '网页转载');
    const other = (await dispatch(trainee.handlers, 'getReadingPath', { pathId: opened.firstPathId! })).stops[2]!.place2!.blockId!;
    trainee.db.prepare("UPDATE blocks SET text = text || '（改）' WHERE id = ? AND doc_id = ?").run(other, web);
    const again = await open(trainee, await packOf(trainer, pathId));
    expect(again.paths.skippedStops).toBe(1);
    expect((await dispatch(trainee.handlers, 'getReadingPath', { pathId: opened.firstPathId! })).stops.map((s) => s.kind)).toEqual(['passage', 'chapter']);
  });
});

/** Rewrite a good pack: `change` edits its zip before it is generated again. */
async function spoiled(pack: Buffer, change: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pack);
  await change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function editJson(zip: JSZip, name: string, edit: (json: Record<string, unknown> & Record<string, any>) => void): Promise<void> {
  const json = JSON.parse(await zip.file(name)!.async('string'));
  edit(json);
  zip.file(name, JSON.stringify(json));
}

/** A pack whose headers lie: `name` declares a tenth of its real unpacked size (central directory and local header). */
function lyingSizes(pack: Buffer, name: string): Buffer {
  const out = Buffer.from(pack);
  for (let p = 0; p < out.length - 46; p++) {
    if (out.readUInt32LE(p) === 0x02014b50 && out.toString('utf8', p + 46, p + 46 + out.readUInt16LE(p + 28)) === name) {
      const size = Math.floor(out.readUInt32LE(p + 24) / 10);
      out.writeUInt32LE(size, p + 24);
      out.writeUInt32LE(size, out.readUInt32LE(p + 42) + 22);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('hostile or damaged course packs', () => {
  it('are refused with the reason, before anything is written', async () => {
    const { lib: trainer, pathId } = await trainerLibrary();
    const good = await packOf(trainer, pathId);
    const trainee = temp({ seeds: false });
    const variants: [string, Buffer, string, RegExp][] = [
      ['not a zip', Buffer.from('PK but not really a zip file at all'), 'unreadable', /not a valid zip/],
      ['a zip bomb', await spoiled(good, (z) => void z.file('documents/d1.json', Buffer.alloc(60 * 1024 * 1024, 32))), 'too_large', /zip bomb|unpacks to/],
      ['a path with ..', await spoiled(good, (z) => void z.file('../../evil.sh', 'rm -rf /')), 'bad_pack', /unsafe path/],
      ['a newer format', await spoiled(good, (z) => editJson(z, 'manifest.json', (m) => (m.version = 2))), 'pack_too_new', /newer version of Policy Reader/],
      ['another format', await spoiled(good, (z) => editJson(z, 'manifest.json', (m) => (m.format = 'something-else'))), 'bad_pack', /format/],
      ['a missing document', await spoiled(good, (z) => void z.remove('documents/d2.json')), 'bad_pack', /documents\/d2\.json is missing/],
      ['a 2M-character block', await spoiled(good, (z) => editJson(z, 'documents/d1.json', (d) => (d.blocks[0].text = '长'.repeat(2_000_000)))), 'bad_pack', /blocks\.0\.text/],
      ['a huge stop note', await spoiled(good, (z) => editJson(z, 'paths.json', (p) => (p[0].stops[0].note = '注'.repeat(30_000)))), 'bad_pack', /note/],
      ['a stop past the end of its document', await spoiled(good, (z) => editJson(z, 'paths.json', (p) => (p[0].stops[0].seq = 99_999))), 'bad_pack', /passage the pack does not hold/],
      ['a bad annotation', await spoiled(good, (z) => editJson(z, 'annotations.json', (a) => (a.annotations[0].color = 'magenta'))), 'bad_pack', /annotations\.json.*color/],
      ['sizes that lie', lyingSizes(good, 'documents/d1.json'), 'too_large', /more than the \d+ bytes its header declares/],
      ['an unknown field', await spoiled(good, (z) => editJson(z, 'manifest.json', (m) => (m.script = 'x'))), 'bad_pack', /script|Unrecognized/],
    ];
    for (const [what, pack, code, message] of variants) {
      const error = await open(trainee, pack).catch((e: { code: string; message: string }) => e);
      expect(error, what).toMatchObject({ code });
      expect((error as { message: string }).message, what).toMatch(message);
      expect(counts(trainee), what).toEqual({ documents: 0, blocks: 0, annotations: 0, paths: 0, stops: 0, layer: 0 });
    }
    // Inspecting says the same, and the good pack still opens.
    const bomb = variants[1]![1];
    expect(await dispatch(trainee.handlers, 'inspectCoursePack', { dataBase64: bomb.toString('base64') }).catch((e) => e.code)).toBe('too_large');
    expect((await open(trainee, good)).documents.added).toHaveLength(2);
  });

  it('leave the library untouched when writing fails halfway (one transaction)', async () => {
    const { lib: trainer, pathId } = await trainerLibrary();
    const trainee = temp({ seeds: false });
    // The last thing written is the path's stops: make that fail after documents and annotations went in.
    trainee.db.exec("CREATE TEMP TRIGGER refuse_stops BEFORE INSERT ON reading_stops BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    await expect(open(trainee, await packOf(trainer, pathId))).rejects.toThrow(/disk trouble/);
    expect(counts(trainee)).toEqual({ documents: 0, blocks: 0, annotations: 0, paths: 0, stops: 0, layer: 0 });
  });
});
