import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkIntegrity } from './integrity';

/** How many backups of a library are kept (newest first); older ones are deleted. */
export const BACKUPS_KEPT = 7;
/** A routine backup is taken when the newest one is older than this. */
export const BACKUP_INTERVAL_MS = 20 * 60 * 60 * 1000;

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
  pruneBackups(libraryFile);
  return { file: final, takenAt: now, reason };
}

/** Keep the newest BACKUPS_KEPT backups; also remove leftovers of interrupted backups. */
export function pruneBackups(libraryFile: string, keep = BACKUPS_KEPT): void {
  for (const old of listBackups(libraryFile).slice(keep)) fs.rmSync(old.file, { force: true });
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

export function isBackupDue(libraryFile: string, now = new Date()): boolean {
  const newest = listBackups(libraryFile)[0];
  return !newest || now.getTime() - newest.takenAt.getTime() >= BACKUP_INTERVAL_MS || newest.takenAt > now;
}
