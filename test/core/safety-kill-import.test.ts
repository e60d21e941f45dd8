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

/**
 * One very large plain-text file: all the real reports of the corpora, many times over (≈ 75 MB).
 * It must be larger than the import's page cache (64 MB) so that the open transaction spills to the
 * write-ahead log seconds before its commit: that is when the test kills the importer.
 */
function bigPlanFile(dir: string): string {
  const texts = fs
    .readdirSync(corporaDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(corporaDir, f), 'utf8'));
  const file = path.join(dir, '超长汇编.txt');
  fs.writeFileSync(file, Array.from({ length: 18 }, () => texts.join('\n\n')).join('\n\n'));
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
    expect(output).not.toMatch(/imported\s+#/); // it never got to report the document
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

  it('of many files, keeps only whole documents: every one present is complete', { timeout: 240_000 }, async () => {
    // 6 × the 88 real reports, each copy made distinct, ≈ 26 MB: the importer commits them in batches.
    const dir = tempDir();
    const folder = path.join(dir, '汇编');
    fs.mkdirSync(folder);
    const reports = fs
      .readdirSync(corporaDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (let copy = 1; copy <= 6; copy++) {
      for (const f of reports) {
        const text = fs.readFileSync(path.join(corporaDir, f), 'utf8');
        fs.writeFileSync(path.join(folder, `${copy}-${path.basename(f)}`), `${text}\n\n（第${copy}份汇编）\n`);
      }
    }
    const total = reports.length * 6;

    // What a complete import of each file looks like.
    const reference = path.join(dir, 'reference.db');
    runCliJson(['--db', reference, 'import', folder]);
    const complete = blocksByContent(reference);
    expect(complete.size).toBe(total);

    const file = path.join(dir, 'library.db');
    openLibrary(file, { seedsDir }).close();
    const child = spawn(process.execPath, [cliPath, '--db', file, 'import', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<unknown>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    let progress = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (c: Buffer) => {
        progress += c;
        const done = [...progress.matchAll(/\[(\d+)\/\d+\]/g)].map((m) => Number(m[1]));
        if (done.length > 0 && Math.max(...done) >= Math.floor(total * 0.6)) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    expect(await exited, 'the import finished before it could be killed').toBe('SIGKILL');

    const lib = openLibrary(file);
    lib.close();
    expect(checkIntegrity(file)).toEqual({ ok: true });
    const present = blocksByContent(file);
    const imported = [...present.keys()].filter((hash) => complete.has(hash));
    expect(imported.length).toBeLessThan(total);
    for (const hash of imported) expect(present.get(hash), `document ${hash.slice(0, 8)} is not complete`).toBe(complete.get(hash));
    expect(present.size - imported.length).toBe(5); // the seeds, untouched
  });
});

/** For each document: its content hash → a digest of its blocks (what a reader would see). */
function blocksByContent(file: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const docs = db.prepare('SELECT id, content_hash FROM documents').all() as { id: number; content_hash: string }[];
    const blocks = db.prepare('SELECT kind, level, text FROM blocks WHERE doc_id = ? ORDER BY seq');
    return new Map(
      docs.map((d) => [d.content_hash, crypto.createHash('sha256').update(JSON.stringify(blocks.raw().all(d.id))).digest('hex')]),
    );
  } finally {
    db.close();
  }
}
