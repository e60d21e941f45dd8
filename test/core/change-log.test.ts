import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { changePosition } from '../../electron/core/db/change-log';
import type { CoreEvent } from '../../electron/shared/core-events';
import { closingLibraries, docIdByTitle } from '../helpers/library';

// What the doors hear: a change event after each mutating call, naming what the log says changed.
describe('change events from the log', () => {
  const { temp } = closingLibraries();

  it('follow mutating calls only, with the log position and the documents named', async () => {
    const lib = temp({ seeds: true });
    const events: CoreEvent[] = [];
    lib.onEvent((e) => events.push(e));
    const docId = docIdByTitle(lib, '都市圈发展规划');
    await lib.call('getBlocks', { docId });
    await lib.call('search', { query: '长株潭' });
    expect(events).toEqual([]);
    await lib.call('deleteDocument', { docId });
    await lib.call('restoreDocument', { docId });
    expect(events).toEqual([
      { type: 'change', method: 'deleteDocument', kinds: ['document'], seq: expect.any(Number), docIds: [docId] },
      { type: 'change', method: 'restoreDocument', kinds: ['document'], seq: changePosition(lib.db), docIds: [docId] },
    ]);
    // A mutation that changes nothing logs nothing: the position stays, so nobody needs to refresh.
    const seq = changePosition(lib.db);
    const { kind } = await lib.call('getDocument', { docId });
    await lib.call('setDocumentKind', { docId, kind });
    expect(changePosition(lib.db)).toBe(seq);
    expect(events.at(-1)).toEqual({ type: 'change', method: 'setDocumentKind', kinds: ['metadata'], seq, docIds: [] });
  });

  it('report a change made by another process once, and never our own running import as one', async () => {
    const lib = temp({ seeds: true });
    const events: CoreEvent[] = [];
    lib.onEvent((e) => e.type === 'change' && events.push(e));
    const docId = docIdByTitle(lib, '都市圈发展规划');

    // Another process edits the file (the CLI): the next look reports it, once.
    lib.db.prepare("UPDATE documents SET kind = '规划' WHERE id = ?").run(docId);
    lib.catchUpExternal();
    lib.catchUpExternal();
    expect(events).toEqual([{ type: 'change', method: 'external', kinds: ['metadata'], seq: changePosition(lib.db), docIds: [docId] }]);

    // While our own import waits (a Word file is read asynchronously), the log grows: that is ours, not external.
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('第一章 总则'), new Paragraph('测试正文，足够长的一段文字。')] }] }));
    const importing = lib.call('importUploads', { files: [{ name: '测试.docx', dataBase64: docx.toString('base64') }] });
    lib.db.prepare("UPDATE documents SET kind = '方案' WHERE id = ?").run(docId);
    lib.catchUpExternal();
    expect(events).toHaveLength(1);
    const [result] = await importing;
    lib.catchUpExternal();
    // The import's own change event names everything the log gained while it ran.
    expect(events.slice(1)).toEqual([
      { type: 'change', method: 'importUploads', kinds: ['document', 'blocks'], seq: changePosition(lib.db), docIds: [docId, result!.docId!].sort((a, b) => a - b) },
    ]);
  });

  it('reads never write: listing and exporting annotations and related passages leave the file as it was', async () => {
    const lib = temp({ seeds: true });
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const blocks = await lib.call('getBlocks', { docId });
    const paragraph = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    await lib.call('createAnnotation', { docId, start: { blockId: paragraph.blockId, offset: 0 }, end: { blockId: paragraph.blockId, offset: 8 }, tags: ['交通'] });
    // Its document's text replaced behind the core's back: before the log is caught up, reads must still not re-anchor.
    lib.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run(`改写：${paragraph.text}`, paragraph.blockId);
    const writes = () => (lib.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = writes();
    await lib.call('listAnnotations', {});
    await lib.call('listAnnotations', { docId });
    await lib.call('listAnnotationTags', {});
    await lib.call('exportAnnotations', { format: 'docx', layout: 'sections' });
    await lib.call('exportAnnotations', { format: 'json' });
    await lib.call('relatedPassages', { docId, blockId: paragraph.blockId });
    await lib.call('quickOpenEntries', {});
    expect(writes()).toBe(before);
    lib.catchUpExternal();
    expect(writes()).toBeGreaterThan(before);
  });
});
