import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkIntegrity } from './integrity';

/** The newest backups always kept; older ones are kept one per week for WEEKS_KEPT weeks, then deleted. */
export const BACKUPS_KEPT = 3;
export const WEEKS_KEPT = 4;
const WEEK_MS = 7 * 86_400_000;
/** A routine backup is taken when the newest one is older than this and the library changed since. */
export const BACKUP_INTERVAL_MS = 20 * 60 * 60 * 1000;
/** How long after opening the routine backup is taken: the window shows the library first. */
export const ROUTINE_BACKUP_DELAY_MS = 30_000;

export type BackupReason = 'daily' | 'pre-migration' | 'pre-restore';

export interface BackupInfo {
  file: string;
  takenAt: Date;
  reason: string;
}

/** Backups live beside the library: <folder>/backups/<library name>-<UTC time>-<reason>.db */
export function backupsDir(libraryFile: string): string {
  return path.join(path.dirname(path.resolve(libraryFile)), 'backups');
}

function stem(libraryFile: string): string {
  return path.parse(libraryFile).name;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

const NAME = /^(.+)-(\d{8}T\d{9}Z)-([a-z-]+)\.db$/;

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s)!;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
}

/** This library's backups, newest first. */
export function listBackups(libraryFile: string): BackupInfo[] {
  const dir = backupsDir(libraryFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter(({ m }) => m !== null && m[1] === stem(libraryFile))
    .map(({ name, m }) => ({ file: path.join(dir, name), takenAt: parseStamp(m![2]!), reason: m![3]! }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * Write a consistent copy of the open database with VACUUM INTO (synchronous, safe while
 * the library is in use), verify it, and only then give it its final name — a backup
 * interrupted half-way is never mistaken for a good one.
 */
export function createBackup(db: Database.Database, libraryFile: string, reason: BackupReason, now = new Date()): BackupInfo {
  const dir = backupsDir(libraryFile);
  fs.mkdirSync(dir, { recursive: true });
  const name = `${stem(libraryFile)}-${stamp(now)}-${reason}.db`;
  const final = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
  fs.rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = new Database(tmp);
    try {
      copy.pragma('journal_mode = DELETE'); // one self-contained file
    } finally {
      copy.close();
    }
    // VACUUM INTO has just read every row; a structural look at the copy is enough here.
    const check = checkIntegrity(tmp, 'structure');
    if (!check.ok) throw new Error(`backup failed its integrity check: ${check.problem}`);
    fs.renameSync(tmp, final);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  pruneBackups(libraryFile, now);
  return { file: final, takenAt: now, reason };
}

/**
 * Keep the newest BACKUPS_KEPT backups, and of the older ones the newest of each week for WEEKS_KEPT
 * weeks (a laptop's disk holds a handful of copies, not one per day); also remove leftovers of
 * interrupted backups.
 */
export function pruneBackups(libraryFile: string, now = new Date()): void {
  const weeksSeen = new Set<number>();
  for (const [i, b] of listBackups(libraryFile).entries()) {
    const week = Math.floor(b.takenAt.getTime() / WEEK_MS); // calendar weeks: the newest of a week stays its week's
    const recent = now.getTime() - b.takenAt.getTime() < WEEKS_KEPT * WEEK_MS;
    const keep = i < BACKUPS_KEPT || (recent && !weeksSeen.has(week));
    weeksSeen.add(week);
    if (!keep) fs.rmSync(b.file, { force: true });
  }
  const dir = backupsDir(libraryFile);
  const prefix = `.${stem(libraryFile)}-`;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      const pid = Number(name.split('.').at(-2));
      if (!isRunning(pid)) fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Where a library stands, to tell whether it changed since a backup: the change log's position (documents,
 * blocks, annotations, metadata), the reading state's and the settings. Null when it cannot be read.
 */
export function libraryMark(db: Database.Database): string | null {
  try {
    return JSON.stringify([
      db.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck().get(),
      db.prepare('SELECT coalesce(max(touch_seq), 0) FROM reading_state').pluck().get(),
      db.prepare('SELECT key, value FROM settings ORDER BY key').raw().all(),
    ]);
  } catch {
    return null;
  }
}

function markOfFile(file: string): string | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return libraryMark(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * A routine backup is due when there is none, or the newest is older than BACKUP_INTERVAL_MS (or from
 * the future) and the library changed since it was taken (`db`: the open library, to compare marks).
 */
export function isBackupDue(libraryFile: string, now = new Date(), db?: Database.Database): boolean {
  const newest = listBackups(libraryFile)[0];
  if (!newest) return true;
  const old = now.getTime() - newest.takenAt.getTime() >= BACKUP_INTERVAL_MS || newest.takenAt > now;
  if (!old || !db) return old;
  const mark = libraryMark(db);
  return mark === null || mark !== markOfFile(newest.file);
}
