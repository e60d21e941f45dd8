import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { openLibrary } from '../../electron/core/open-library';
import { createBackup, listBackups } from '../../electron/core/safety/backups';
import type { BackupSummary } from '../../electron/shared/backup-types';
import { runCliJson } from '../helpers/cli';
import { closingLibraries } from '../helpers/library';
import { seedsDir, tempDir } from '../helpers/paths';

const { track, untrack } = closingLibraries();

function seededLibraryFile(): string {
  const file = path.join(tempDir(), 'library.db');
  openLibrary(file, { seedsDir }).close();
  return file;
}

describe('listing and restoring backups', () => {
  it('puts a backup back in place of the open library, keeping the library as it was as a backup', async () => {
    const file = seededLibraryFile();
    const lib = track(openLibrary(file));
    const docs = await dispatch(lib.handlers, 'listDocuments', {});
    const backup = createBackup(lib.db, file, 'daily', new Date(Date.now() - 3_600_000));
    await dispatch(lib.handlers, 'deleteDocument', { docId: docs[0]!.id });
    await dispatch(lib.handlers, 'purgeDocument', { docId: docs[0]!.id });
    expect(await dispatch(lib.handlers, 'listDocuments', {})).toHaveLength(docs.length - 1);

    const listed = await dispatch(lib.handlers, 'listBackups', {});
    expect(listed.map((b) => b.file)).toEqual([backup.file]);
    expect(listed[0]!.bytes).toBeGreaterThan(0);
    const result = await dispatch(lib.handlers, 'restoreBackup', { file: backup.file });
    expect(result.restored.file).toBe(backup.file);
    // The open library reads the restored content at once, searches included.
    const after = await dispatch(lib.handlers, 'listDocuments', {});
    expect(after.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect((await dispatch(lib.handlers, 'getBlocks', { docId: docs[0]!.id })).length).toBeGreaterThan(0);
    expect((await dispatch(lib.handlers, 'search', { query: '绿心' })).total).toBeGreaterThan(0);
    // The state before the restore is a backup of its own: the restore can be undone.
    expect(result.undo?.reason).toBe('pre-restore');
    const undo = new Database(result.undo!.file, { readonly: true });
    expect(undo.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(docs.length - 1);
    undo.close();
    lib.close();
    untrack(lib);
    // Another process sees it too.
    expect(runCliJson<{ id: number }[]>(['--db', file, 'list'])).toHaveLength(docs.length);
  });

  it('accepts only backups of this library, of this format', async () => {
    const file = seededLibraryFile();
    const lib = track(openLibrary(file));
    const stranger = path.join(tempDir(), 'elsewhere.db');
    fs.copyFileSync(file, stranger);
    await expect(dispatch(lib.handlers, 'restoreBackup', { file: stranger })).rejects.toMatchObject({ code: 'not_found' });
    const backup = createBackup(lib.db, file, 'daily');
    const old = new Database(backup.file);
    old.pragma('user_version = 8');
    old.close();
    await expect(dispatch(lib.handlers, 'restoreBackup', { file: backup.file })).rejects.toMatchObject({ code: 'backup_other_format' });
    expect(listBackups(file).map((b) => b.reason)).toEqual(['daily']); // nothing was touched
  });

  it('the CLI lists them and restores one', () => {
    const file = seededLibraryFile();
    const db = new Database(file);
    const backup = createBackup(db, file, 'daily');
    db.prepare('UPDATE documents SET title = ? WHERE id = (SELECT min(id) FROM documents)').run('改过的标题');
    db.close();
    expect(runCliJson<BackupSummary[]>(['--db', file, 'backups']).map((b) => b.file)).toEqual([backup.file]);
    runCliJson(['--db', file, 'restore', backup.file]);
    const titles = runCliJson<{ title: string }[]>(['--db', file, 'list']).map((d) => d.title);
    expect(titles).not.toContain('改过的标题');
    expect(runCliJson<BackupSummary[]>(['--db', file, 'backups']).map((b) => b.reason).sort()).toEqual(['daily', 'pre-restore']);
  });
});
