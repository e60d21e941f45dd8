import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/core/open-library';
import { checkIntegrity } from '../../electron/core/safety/integrity';
import { runCliJson } from '../helpers/cli';
import { cliPath, corporaDir, seedsDir, tempDir } from '../helpers/paths';

/** Every row of every table (documents, blocks, the search index, settings, …), as one digest. */
function snapshot(file: string): { digest: string; documents: number } {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name")
      .pluck()
      .all() as string[];
    const hash = crypto.createHash('sha256');
    for (const table of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${table}"`)
        .raw()
        .all()
        .map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)))
        .sort();
      hash.update(`${table}\n${rows.join('\n')}\n`);
    }
    const documents = db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    return { digest: hash.digest('hex'), documents };
  } finally {
    db.close();
  }
}

/** One large plain-text file: all the real reports of the corpora, several times over (≈ 13 MB). */
function bigPlanFile(dir: string): string {
  const texts = fs
    .readdirSync(corporaDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(corporaDir, f), 'utf8'));
  const file = path.join(dir, '超长汇编.txt');
  fs.writeFileSync(file, Array.from({ length: 3 }, () => texts.join('\n\n')).join('\n\n'));
  return file;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

describe('killing the app during an import', () => {
  it('leaves the library exactly as it was before the import', { timeout: 180_000 }, async () => {
    expect(fs.existsSync(cliPath), 'run `npm run build` first').toBe(true);
    const dir = tempDir();
    const file = path.join(dir, 'library.db');
    openLibrary(file, { seedsDir }).close();
    const big = bigPlanFile(dir);
    const before = snapshot(file);
    expect(before.documents).toBe(5);

    // Import the big file with the real command-line program and kill it while the import's
    // transaction is writing: the write-ahead log grows only inside that transaction.
    const child = spawn(process.execPath, [cliPath, '--db', file, 'import', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const wal = `${file}-wal`;
    const killedWhileWriting = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (child.exitCode !== null) {
          clearInterval(timer);
          resolve(false);
        } else if (fileSize(wal) > 4 * 1024 * 1024) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(true);
        }
      }, 20);
    });
    expect(killedWhileWriting, `the import finished before it could be killed:\n${output}`).toBe(true);
    expect(await exited).toBe('SIGKILL');
    expect(fileSize(wal)).toBeGreaterThan(4 * 1024 * 1024); // half an import is lying in the log, uncommitted

    // Reopen as the app would: integrity intact, nothing of the half import, every row as before.
    const lib = openLibrary(file);
    lib.close();
    expect(checkIntegrity(file)).toEqual({ ok: true });
    expect(snapshot(file)).toEqual(before);

    // And the library works: the same import, run to the end, adds the document once.
    const results = runCliJson<{ ok: boolean; docId?: number }[]>(['--db', file, 'import', big]);
    expect(results).toHaveLength(1);
    expect(results[0]!.ok).toBe(true);
    expect(snapshot(file).documents).toBe(6);
  });
});
