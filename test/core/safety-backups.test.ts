import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openLibrary } from '../../electron/core/open-library';
import { BACKUPS_KEPT, createBackup, listBackups, pruneBackups, WEEKS_KEPT } from '../../electron/core/safety/backups';
import { checkIntegrity } from '../../electron/core/safety/integrity';
import { ReaderError } from '../../electron/shared/errors';
import { closingLibraries, damagePages, seededLibraryFile, sortedTitles } from '../helpers/library';
import { tempDir } from '../helpers/paths';

const { track } = closingLibraries();
const titles = sortedTitles;

/** Let time pass: move every backup of the library `days` back, as if taken that long ago. */
function ageBackups(file: string, days: number): void {
  for (const b of listBackups(file)) {
    const older = new Date(b.takenAt.getTime() - days * 86_400_000).toISOString().replace(/[-:]/g, '').replace('.', '');
    fs.renameSync(b.file, b.file.replace(/-\d{8}T\d{9}Z-/, `-${older}-`));
  }
}

/** Overwrite the first page (header and schema), as a bad copy or another program would. */
function overwriteHeader(file: string): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096, 0x20), 0, 4096, 0);
  fs.closeSync(fd);
}

/** Overwrite the middle of the file with garbage, as a failing disk or a bad copy would. */
const damage = (file: string) => damagePages(file, { fraction: 1 / 2, pages: 8 });

describe('integrity check', () => {
  it('passes a healthy library and finds damage in a damaged one', () => {
    const file = seededLibraryFile();
    expect(checkIntegrity(file)).toEqual({ ok: true });
    damage(file);
    const result = checkIntegrity(file);
    expect(result.ok).toBe(false);
  });

  it('treats a file that is not a database as damaged', () => {
    const file = path.join(tempDir(), 'library.db');
    fs.writeFileSync(file, '这不是数据库'.repeat(2000));
    expect(checkIntegrity(file).ok).toBe(false);
  });
});

describe('backups', () => {
  it('takes the routine backup after opening (here: on closing), only when old enough and the library changed', async () => {
    const file = seededLibraryFile();
    expect(listBackups(file)).toHaveLength(0); // a brand-new library has nothing worth a backup yet
    openLibrary(file).close();
    expect(listBackups(file)).toHaveLength(1); // the first backup: there was none
    ageBackups(file, 1);
    const lib = openLibrary(file);
    expect(lib.safety.checked).toBe('structure'); // opening does not wait for the full check
    expect(lib.safety.backups).toHaveLength(0); // nor for the backup
    lib.close();
    expect(listBackups(file)).toHaveLength(1); // a day old, but nothing changed since
    const changed = openLibrary(file);
    await dispatch(changed.handlers, 'deleteDocument', { docId: (await dispatch(changed.handlers, 'listDocuments', {}))[0]!.id });
    changed.close();
    expect(listBackups(file)).toHaveLength(2); // changed since the backup of a day ago
    const reopened = track(openLibrary(file));
    expect(reopened.safety.backups).toHaveLength(0);
    const [backup] = listBackups(file);
    expect(path.dirname(backup!.file)).toBe(path.join(path.dirname(file), 'backups'));
    const copy = track(openLibrary(backup!.file));
    expect(await titles(copy)).toEqual(await titles(reopened));
  });

  it(`keeps the newest ${BACKUPS_KEPT} backups and one per week for ${WEEKS_KEPT} weeks`, () => {
    const file = path.join(tempDir(), 'library.db');
    const db = new Database(file);
    const start = Date.UTC(2026, 0, 1);
    const made = Array.from({ length: 60 }, (_, i) => createBackup(db, file, 'daily', new Date(start + i * 86_400_000)));
    db.close();
    const newest = made.at(-1)!.takenAt.getTime();
    const kept = listBackups(file);
    // The last three days (the 59th to 57th after 1 January 2026), then the newest of each calendar week
    // (they start on Thursdays, as 1 January does) of the four weeks before: the 55th, 48th, 41st and 34th.
    const ages = kept.map((b) => Math.round((newest - b.takenAt.getTime()) / 86_400_000));
    expect(ages).toEqual([0, 1, 2, 4, 11, 18, 25]);
    for (const gone of made.filter((m) => !kept.some((k) => k.file === m.file))) expect(fs.existsSync(gone.file)).toBe(false);
  });

  it('removes leftovers of a backup that was interrupted, never a finished one', () => {
    const file = seededLibraryFile();
    const dir = path.join(path.dirname(file), 'backups');
    fs.mkdirSync(dir, { recursive: true });
    const leftover = path.join(dir, '.library-20260101T000000000Z-daily.db.999999999.tmp');
    fs.writeFileSync(leftover, 'half a backup');
    pruneBackups(file);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(listBackups(file)).toHaveLength(0);
  });

  it('backs up before upgrading a library written by an older version', () => {
    // A library as the first release wrote it: only the first migration applied.
    const file = path.join(tempDir(), 'library.db');
    const db = new Database(file);
    db.exec(migrations[0]!.sql);
    db.pragma(`user_version = ${migrations[0]!.version}`);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('marker', 'old library');
    db.close();
    const lib = track(openLibrary(file));
    if (SCHEMA_VERSION === migrations[0]!.version) {
      expect(lib.safety.backups.map((b) => b.reason)).toEqual(['daily']);
      return;
    }
    expect(lib.safety.backups.map((b) => b.reason)).toContain('pre-migration');
    const backup = listBackups(file).find((b) => b.reason === 'pre-migration')!;
    const copy = new Database(backup.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations[0]!.version);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'old library' });
    copy.close();
  });
});

describe('a damaged library at start', () => {
  it('is replaced by the newest good backup; the damaged file is kept aside', async () => {
    const file = seededLibraryFile();
    const first = openLibrary(file); // takes the routine backup
    const before = await titles(first);
    first.close();
    ageBackups(file, 1); // the next day
    damage(file);

    const lib = track(openLibrary(file));
    const restored = lib.safety.restored!;
    expect(restored).not.toBeNull();
    expect(restored.backup.reason).toBe('daily');
    expect(fs.existsSync(restored.damagedCopy)).toBe(true);
    expect(checkIntegrity(restored.damagedCopy).ok).toBe(false);
    expect(await titles(lib)).toEqual(before);
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: (await dispatch(lib.handlers, 'listDocuments', {}))[0]!.id });
    expect(blocks.length).toBeGreaterThan(10);
  });

  it('is caught on any opening when its structure is unreadable, even between full checks', async () => {
    const file = seededLibraryFile();
    openLibrary(file).close(); // full check and routine backup today
    overwriteHeader(file);
    const lib = track(openLibrary(file));
    // Changed since Policy Reader closed it: the full check runs although the daily one is not due.
    expect(lib.safety.checked).toBe('full');
    expect(lib.safety.restored?.backup.reason).toBe('daily');
    expect(await titles(lib)).toHaveLength(5);
  });

  it('skips a damaged backup and uses an older good one', async () => {
    const file = seededLibraryFile();
    const db = new Database(file);
    const good = createBackup(db, file, 'daily', new Date(Date.UTC(2026, 0, 1)));
    const bad = createBackup(db, file, 'daily', new Date(Date.UTC(2026, 0, 2)));
    db.close();
    damage(bad.file);
    damage(file);
    const lib = track(openLibrary(file));
    expect(lib.safety.restored?.backup.file).toBe(good.file);
    expect(await titles(lib)).toHaveLength(5);
  });

  it('a file that is not a library at all (the wrong --db) is refused as such and left untouched', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, '会议记录：这不是文库。'.repeat(500));
    const bytes = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrowError(/not a readable Policy Reader library/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['notes.db']);
  });

  it('without any good backup, refuses with a clear message and leaves the file where it is', () => {
    const file = seededLibraryFile();
    damage(file);
    const bytes = fs.readFileSync(file);
    let error: unknown;
    try {
      openLibrary(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as ReaderError).code).toBe('damaged');
    expect((error as ReaderError).messageZh).toContain('文库文件已损坏');
    expect((error as ReaderError).messageZh).toContain(file);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
