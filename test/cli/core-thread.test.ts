import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreClient, type CoreClient } from '../../electron/core/host/core-client';
import { openLibrary } from '../../electron/core/open-library';
import type { CoreEvent } from '../../electron/shared/core-events';
import { repoRoot, seedsDir, tempDir } from '../helpers/paths';

// The core in its own threads, as the desktop app and browser mode run it (the built out/main/core-worker.js).
const workerFile = path.join(repoRoot, 'out', 'main', 'core-worker.js');

describe('the core thread', () => {
  let core: CoreClient;
  let file: string;
  const events: CoreEvent[] = [];

  const waitFor = async (found: () => boolean) => {
    for (let i = 0; i < 200 && !found(); i++) await new Promise((r) => setTimeout(r, 50));
    return found();
  };

  beforeAll(async () => {
    file = path.join(tempDir(), 'library.db');
    core = await createCoreClient(workerFile, { file, seedsDir });
    core.onEvent((e) => events.push(e));
  });

  afterAll(async () => {
    await core?.close();
  });

  it('opens the library there, seeds included, and answers the contract', async () => {
    const docs = await core.call('listDocuments', {});
    expect(docs.length).toBe(fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).length);
    const blocks = await core.call('getBlocks', { docId: docs[0]!.id });
    expect(blocks.length).toBeGreaterThan(10);
  });

  it('keeps errors as the core made them: code and both languages', async () => {
    await expect(core.call('getDocument', { docId: 99999 })).rejects.toMatchObject({ code: 'not_found', messageZh: '找不到编号为 99999 的文档' });
    await expect(core.call('getDocument', { docId: 'x' })).rejects.toMatchObject({ code: 'bad_arguments' });
  });

  it('sends a change event after a mutating call, with the change log position and the documents named', async () => {
    const [doc] = await core.call('listDocuments', {});
    const before = events.length;
    await core.call('updateMetadata', { docId: doc!.id, issuer: '测试机关' });
    expect(await waitFor(() => events.slice(before).some((e) => e.type === 'change'))).toBe(true);
    const change = events.slice(before).find((e) => e.type === 'change')!;
    expect(change).toMatchObject({ type: 'change', method: 'updateMetadata', kinds: ['metadata'], docIds: [doc!.id] });
    expect(change.type === 'change' && change.seq).toBeGreaterThan(0);
    // A pure read sends nothing.
    const quiet = events.length;
    await core.call('listDocuments', {});
    await core.call('search', { query: '长株潭' });
    expect(events.length).toBe(quiet);
  });

  it('hears changes another process wrote to the same library, and tells the doors', async () => {
    const [doc] = await core.call('listDocuments', {});
    const before = events.length;
    const other = openLibrary(file); // what the CLI does
    try {
      await other.call('setDocumentKind', { docId: doc!.id, kind: '规划' });
    } finally {
      other.close();
    }
    expect(await waitFor(() => events.slice(before).some((e) => e.type === 'change' && e.method === 'external'))).toBe(true);
    expect(events.slice(before).find((e) => e.type === 'change' && e.method === 'external')).toMatchObject({ kinds: ['metadata'], docIds: [doc!.id] });
    expect((await core.call('getDocument', { docId: doc!.id })).kind).toBe('规划');
  });

  it('writes an export where it is asked to, atomically, without sending the bytes back', async () => {
    const [doc] = await core.call('listDocuments', {});
    const blocks = await core.call('getBlocks', { docId: doc!.id });
    const block = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 20)!;
    await core.call('createAnnotation', { docId: doc!.id, start: { blockId: block.blockId, offset: 0 }, end: { blockId: block.blockId, offset: 10 }, note: '导出检查' });
    const out = path.join(tempDir(), '摘编.md');
    const written = await core.exportToFile({ format: 'md', path: out });
    expect(written).toEqual({ path: out, count: 1, bytes: fs.statSync(out).size });
    expect(fs.readFileSync(out, 'utf8')).toContain(block.text.slice(0, 10));
    expect(fs.readdirSync(path.dirname(out))).toEqual(['摘编.md']);
    await expect(core.exportToFile({ format: 'md', path: path.join(tempDir(), 'no', 'such', 'dir', 'x.md') })).rejects.toMatchObject({ code: 'write_failed' });
  });
});
