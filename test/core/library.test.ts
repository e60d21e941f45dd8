import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { ReaderError } from '../../electron/shared/errors';
import { closingLibraries, docIdByTitle, tempLibrary } from '../helpers/library';
import { seedsDir, tempDir } from '../helpers/paths';

const { track } = closingLibraries();

describe('seed library on first launch', () => {
  it('imports the five seeds with their manifest titles, once', async () => {
    const file = path.join(tempDir(), 'library.db');
    const first = openLibrary(file, { seedsDir });
    const docs = await dispatch(first.handlers, 'listDocuments', {});
    expect(docs).toHaveLength(5);
    const manifest = JSON.parse(fs.readFileSync(path.join(seedsDir, 'manifest.json'), 'utf8')).documents;
    expect(docs.map((d) => d.title).sort()).toEqual(manifest.map((m: { title: string }) => m.title).sort());
    const metro = docs.find((d) => d.title === '长株潭都市圈发展规划')!;
    expect(metro.docNumber).toBe('湘政发〔2022〕6号');
    expect(metro.source).toBe('001_dfdf75a015612ed5.txt');
    first.close();

    const second = track(openLibrary(file, { seedsDir }));
    expect(await dispatch(second.handlers, 'listDocuments', {})).toHaveLength(5);
  });

  it('does not bring seeds back after the user deleted them', () => {
    const file = path.join(tempDir(), 'library.db');
    const first = openLibrary(file, { seedsDir });
    first.db.prepare('DELETE FROM documents').run();
    first.close();
    const second = track(openLibrary(file, { seedsDir }));
    expect(second.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });
});

describe('documents', () => {
  it('keeps the original text exactly as read', async () => {
    const lib = track(tempLibrary({ seeds: true }));
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const original = await dispatch(lib.handlers, 'getOriginal', { docId });
    expect(original.text).toBe(fs.readFileSync(path.join(seedsDir, '001_dfdf75a015612ed5.txt'), 'utf8'));
  });

  it('gives the metro plan its nine chapters in order', async () => {
    const lib = track(tempLibrary({ seeds: true }));
    const toc = await dispatch(lib.handlers, 'getToc', { docId: docIdByTitle(lib, '都市圈发展规划') });
    const chapters = toc.filter((h) => /^第.章/.test(h.title));
    expect(chapters.map((h) => h.title.slice(0, 3))).toEqual(['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章', '第八章', '第九章']);
    expect(new Set(chapters.map((h) => h.level)).size).toBe(1);
    const sections = toc.filter((h) => /^第.节/.test(h.title));
    expect(sections.length).toBeGreaterThan(20);
    expect(sections.every((s) => s.level === chapters[0]!.level + 1)).toBe(true);
  });

  it('reports a missing document as a ReaderError', async () => {
    const lib = track(tempLibrary());
    await expect(dispatch(lib.handlers, 'getBlocks', { docId: 999 })).rejects.toBeInstanceOf(ReaderError);
  });

  it('rejects bad arguments before they reach the core', async () => {
    const lib = track(tempLibrary());
    await expect(dispatch(lib.handlers, 'getBlocks', { docId: 'x' })).rejects.toMatchObject({ code: 'bad_arguments' });
    await expect(dispatch(lib.handlers, 'listDocuments', { extra: 1 })).rejects.toMatchObject({ code: 'bad_arguments' });
  });
});

describe('imports', () => {
  it('imports a folder with one result per file and detects a re-import', async () => {
    const lib = track(tempLibrary());
    const first = await dispatch(lib.handlers, 'importPaths', { paths: [seedsDir] });
    expect(first).toHaveLength(5);
    expect(first.every((r) => r.ok && !r.duplicateOf)).toBe(true);
    const again = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, '001_dfdf75a015612ed5.txt')] });
    expect(again[0]).toMatchObject({ ok: true, duplicateOf: first[1]!.docId });
    expect(await dispatch(lib.handlers, 'listDocuments', {})).toHaveLength(5);
  });

  it('reports a bad file and goes on with the batch', async () => {
    const lib = track(tempLibrary());
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '   \n');
    fs.copyFileSync(path.join(seedsDir, '003_60e234aa3d947144.txt'), path.join(dir, 'plan.txt'));
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [dir, path.join(dir, 'missing.txt')] });
    expect(results.find((r) => r.file.endsWith('empty.txt'))).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(results.find((r) => r.file.endsWith('missing.txt'))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(results.find((r) => r.file.endsWith('plan.txt'))).toMatchObject({ ok: true });
  });
});

describe('migrations', () => {
  it('records the schema version and refuses a library from a newer version', () => {
    const file = path.join(tempDir(), 'library.db');
    openLibrary(file).close();
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openLibrary(file)).toThrowError(/newer version/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    after.close();
  });

  it('refuses a file that is not a library with a clear error', () => {
    const file = path.join(tempDir(), 'not-a-db.db');
    fs.writeFileSync(file, 'this is not sqlite at all, just text'.repeat(200));
    expect(() => openLibrary(file)).toThrowError(/not a readable Policy Reader library|Cannot open/);
  });
});
