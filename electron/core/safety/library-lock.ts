import fs from 'node:fs';
import path from 'node:path';
import { ReaderError } from '../../shared/errors';

// One owner per library file, or safe sharing. Several processes may have one library open at once (the
// desktop app or browser mode, and CLI commands): SQLite's WAL mode and busy timeout let them read and
// write side by side. What must never happen while another process has the file open is replacing or
// rewriting it: restoring a backup, migrating the schema, repairing. So every process that opens a
// library registers itself beside it (<library>.holders/<pid>-<n>), and opening — the only moment such
// work happens — is serialised by a lock file (<library>.opening). A process that died leaves a
// registration whose pid is gone: it is ignored and removed.

export interface Holder {
  pid: number;
  role: string;
  file: string;
}

const LOCK_WAIT_MS = 30_000;
const POLL_MS = 25;

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const holdersDir = (libraryFile: string) => `${libraryFile}.holders`;
const openingLock = (libraryFile: string) => `${libraryFile}.opening`;

/** Can nothing be written beside the library (a read-only medium or folder)? */
function cannotWrite(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

/**
 * Run `work` (safety checks, restore, migrations, then registering) while no other process is opening
 * the same library. Waits for another opener; takes over a lock whose process has died.
 */
export function whileOpening<T>(libraryFile: string, work: () => T): T {
  const lock = openingLock(libraryFile);
  try {
    fs.mkdirSync(path.dirname(path.resolve(libraryFile)), { recursive: true }); // a new library in a new folder
  } catch (err) {
    if (!cannotWrite(err)) throw err;
  }
  const deadline = Date.now() + LOCK_WAIT_MS;
  let held = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      held = true;
      break;
    } catch (err) {
      if (cannotWrite(err)) break; // nothing can change the file from here either: no lock needed
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(lock, 'utf8'));
      } catch {
        continue; // removed meanwhile
      }
      // An empty lock is one being written right now; a dead owner's lock is taken over.
      if (owner && !isRunning(owner)) fs.rmSync(lock, { force: true });
      else if (Date.now() > deadline) {
        throw new ReaderError(
          'locked',
          `Another Policy Reader process (pid ${owner}) has been opening this library for ${LOCK_WAIT_MS / 1000} s; try again when it has started.`,
          `另一个政策阅读器进程（pid ${owner}）正在打开此文库，请稍后重试。`,
        );
      } else sleep(POLL_MS);
    }
  }
  try {
    return work();
  } finally {
    if (held) fs.rmSync(lock, { force: true });
  }
}

/** The other live processes that have this library open; stale registrations are removed. */
export function otherHolders(libraryFile: string): Holder[] {
  const dir = holdersDir(libraryFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const holders: Holder[] = [];
  for (const name of names) {
    const file = `${dir}/${name}`;
    const pid = Number(name.split('-')[0]);
    if (!isRunning(pid)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    let role = 'Policy Reader';
    try {
      role = (JSON.parse(fs.readFileSync(file, 'utf8')) as { role?: string }).role ?? role;
    } catch {
      // being written: the pid is enough
    }
    holders.push({ pid, role, file });
  }
  return holders;
}

let registrations = 0;
const registered = new Set<string>();

function removeRegistration(file: string): void {
  registered.delete(file);
  fs.rmSync(file, { force: true });
  try {
    fs.rmdirSync(file.slice(0, file.lastIndexOf('/')));
  } catch {
    // others still registered
  }
}

/** Record that this process has the library open; the returned function removes the record. */
export function registerHolder(libraryFile: string, role: string): () => void {
  const dir = holdersDir(libraryFile);
  const file = `${dir}/${process.pid}-${++registrations}`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ role, since: new Date().toISOString() }));
  } catch (err) {
    if (cannotWrite(err)) return () => {};
    throw err;
  }
  if (registered.size === 0) process.once('exit', () => [...registered].forEach(removeRegistration));
  registered.add(file);
  return () => removeRegistration(file);
}

export function describeHolders(holders: Holder[]): string {
  return holders.map((h) => `${h.role}, pid ${h.pid}`).join('; ');
}

/** Refuse work that replaces or rewrites the library file while other processes have it open. */
export function requireSoleHolder(libraryFile: string, holders: Holder[], what: string, whatZh: string): void {
  if (holders.length === 0) return;
  throw new ReaderError(
    'locked',
    `The library ${libraryFile} needs ${what}, which cannot happen while it is open elsewhere (${describeHolders(holders)}). Close that first, then try again.`,
    `文库需要${whatZh}，但它正在其他程序中打开（${holders.map((h) => `pid ${h.pid}`).join('、')}）。请先关闭后再试。`,
  );
}
