import Database from 'better-sqlite3';
import { ReaderError } from '../../shared/errors';

export type IntegrityResult = { ok: true } | { ok: false; problem: string };

/** SQLite result codes that mean "this file is damaged", as opposed to "cannot get at it right now". */
function isDamage(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * How thoroughly to look:
 * - 'full': PRAGMA quick_check reads every page (seconds on a library of 100 MB and more);
 * - 'structure': the header, the schema and the documents table can be read (milliseconds).
 */
export type IntegrityDepth = 'full' | 'structure';

/**
 * Check a library file. Damage is reported as a result; a file that is merely locked, missing
 * or unreadable throws (restoring a backup would not help and must not happen).
 */
export function checkIntegrity(file: string, depth: IntegrityDepth = 'full'): IntegrityResult {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    if (depth === 'structure') {
      db.prepare('SELECT name, sql FROM sqlite_master').all();
      const hasDocuments = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get();
      if (hasDocuments) db.prepare('SELECT id, title FROM documents').all();
      return { ok: true };
    }
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems.length === 0 ? { ok: true } : { ok: false, problem: problems.slice(0, 5).join('; ') };
  } catch (err) {
    if (isDamage(err)) return { ok: false, problem: (err as Error).message };
    throw new ReaderError(
      'db_unreadable',
      `Cannot open the library file ${file}: ${(err as Error).message}`,
      `无法打开文库文件 ${file}：${(err as Error).message}`,
    );
  } finally {
    db?.close();
  }
}
