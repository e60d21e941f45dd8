import type { AddressInfo } from 'node:net';
import http from 'node:http';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { createRateLimiter } from '../../electron/server/room/rate-limit';
import { createRoomServer, CODE_HEADER } from '../../electron/server/room/room-server';
import type { RoomState } from '../../electron/server/room/room-state';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { highlight, placeOf } from './annotations-helpers';

const { temp } = closingLibraries();
const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A room door on loopback (tests never bind anything else) over a library with a path of two stops. */
async function room(options: { burst?: number } = {}) {
  const lib = temp({ seeds: true });
  const metro = docIdByTitle(lib, '都市圈发展规划');
  const rail = await placeOf(lib, metro, '打造轨道上的长株潭');
  const green = await placeOf(lib, metro, '保护性开发长株潭生态绿心');
  const { id } = await dispatch(lib.handlers, 'createReadingPath', { title: '培训' });
  await dispatch(lib.handlers, 'addReadingStop', { pathId: id, docId: metro, blockId: rail.blockId, title: '轨道', note: '讲者私下的提示' });
  await dispatch(lib.handlers, 'addReadingStop', { pathId: id, docId: metro, blockId: green.blockId, title: '绿心' });
  await highlight(lib, metro, '打造轨道上的长株潭', { note: '培训者的批注' });
  const server = createRoomServer({ lib, rendererDir: '/nonexistent', code: '123456', limiter: createRateLimiter({ burst: options.burst ?? 60, perSecond: 0.001 }) });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { lib, base, pathId: id };
}

const get = (base: string, path: string, code: string | null = '123456') => fetch(base + path, { headers: code ? { [CODE_HEADER]: code } : {} });

async function present(lib: Library, pathId: number, index: number) {
  await lib.call('setPresentedStop', { pathId, index });
}

describe('the room door of serve --lan', () => {
  it('tells trainees the presented stop, without the presenter’s notes, with the trainer’s highlights there', async () => {
    const { lib, base, pathId } = await room();
    expect((await (await get(base, '/room/api/state')).json()).result).toEqual({ presented: null, path: null, annotations: [] });
    await present(lib, pathId, 0);
    const state = (await (await get(base, '/room/api/state')).json()).result as RoomState;
    expect(state.presented).toMatchObject({ pathId, index: 0 });
    expect(state.path!.stops.map((s) => [s.title, s.note])).toEqual([['轨道', ''], ['绿心', '']]);
    expect(JSON.stringify(state)).not.toContain('讲者私下的提示');
    expect(state.annotations).toHaveLength(1);
    expect(state.annotations[0]).not.toHaveProperty('note');
    await present(lib, pathId, 1);
    expect(((await (await get(base, '/room/api/state')).json()).result as RoomState).presented!.index).toBe(1);
  });

  it('streams each step of the presenter as an event', async () => {
    const { lib, base, pathId } = await room();
    const events: string[] = [];
    const got = new Promise<void>((resolve) => {
      http.get(`${base}/room/api/events?code=123456`, (res) => {
        expect(res.statusCode).toBe(200);
        res.on('data', (c: Buffer) => {
          events.push(c.toString());
          if (events.join('').includes('data: step')) resolve();
        });
        void present(lib, pathId, 1);
      });
    });
    await got;
    expect(events.join('')).toContain('data: step');
  });

  it('is read-only: none of the library’s API, nothing without the join code, no cross-site posts', async () => {
    const { lib, base } = await room();
    const before = (await dispatch(lib.handlers, 'listDocuments', {})).length;
    for (const method of ['listDocuments', 'importPaths', 'exportAnnotations', 'deleteDocument', 'openCoursePack']) {
      const r = await fetch(`${base}/api/${method}`, { method: 'POST', headers: { [CODE_HEADER]: '123456', 'content-type': 'application/json' }, body: '{"paths":["/"]}' });
      expect(r.status, method).toBe(404);
    }
    expect((await get(base, '/room/api/state', null)).status).toBe(401);
    expect((await get(base, '/room/api/state', '654321')).status).toBe(401);
    const cross = await fetch(`${base}/room/api/notes`, { method: 'POST', headers: { [CODE_HEADER]: '123456', origin: 'http://evil.example' }, body: '{"myNotes":[]}' });
    expect(cross.status).toBe(403);
    expect((await dispatch(lib.handlers, 'listDocuments', {})).length).toBe(before);
  });

  it('limits each address: wrong join codes use up its budget fast', async () => {
    const { base } = await room({ burst: 30 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(base, '/room/api/state', String(100000 + i))).status);
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // The right code does not help an address that has run dry.
    expect((await get(base, '/room/api/state')).status).toBe(429);
  });

  it('hands a trainee a .docx of the path with their own notes and without the presenter’s', async () => {
    const { lib, base, pathId } = await room();
    await present(lib, pathId, 0);
    const r = await fetch(`${base}/room/api/notes`, {
      method: 'POST',
      headers: { [CODE_HEADER]: '123456', 'content-type': 'application/json' },
      body: JSON.stringify({ myNotes: [{ position: 2, quote: '生态绿心', note: '回去查一下绿心的范围' }] }),
    });
    const file = (await r.json()).result as { fileName: string; dataBase64: string };
    expect(file.fileName).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('回去查一下绿心的范围');
    expect(xml).toContain('「生态绿心」');
    expect(xml).not.toContain('讲者私下的提示');
    const bad = await fetch(`${base}/room/api/notes`, { method: 'POST', headers: { [CODE_HEADER]: '123456' }, body: JSON.stringify({ myNotes: [{ position: 1, quote: 'x'.repeat(6000), note: '' }] }) });
    expect(bad.status).toBe(400);
  });
});

describe('rate limiter', () => {
  it('refills at its rate', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 2, perSecond: 1, now: () => t });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
    expect(limiter.take('b')).toBe(true);
    t = 1000;
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
  });
});
