import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { toErrorInfo } from '../../shared/errors';
import type { ImportResult } from '../../shared/types';
import type { CoreContext } from '../context';
import { parseStructure } from './parse-structure';
import { MANIFEST_NAME, readFolderManifest } from './folder-manifest';
import { decodeSource, isSupportedFile, readSourceFile } from './source-file';
import { storeDocument } from './store-document';

export interface ImportOverrides {
  title?: string;
  issuer?: string | null;
  docNumber?: string | null;
  issuedOn?: string | null;
  kind?: string | null;
}

export type ProgressListener = (done: number, total: number, file: string) => void;

/** Import one file's bytes as one transaction. Never throws: failures come back as results. */
export function importBytes(
  ctx: CoreContext,
  name: string,
  bytes: Buffer,
  sourcePath: string | null,
  overrides: ImportOverrides = {},
): ImportResult {
  const file = sourcePath ?? name;
  try {
    const contentHash = crypto.createHash('sha256').update(bytes).digest('hex');
    const existing = ctx.db
      .prepare('SELECT id, title FROM documents WHERE content_hash = ? AND deleted_at IS NULL')
      .get(contentHash) as { id: number; title: string } | undefined;
    if (existing) return { file, ok: true, docId: existing.id, title: existing.title, duplicateOf: existing.id };
    const source = decodeSource(name, bytes);
    const parsed = parseStructure(source.text, path.parse(name).name);
    const title = overrides.title ?? parsed.title;
    const docId = ctx.db.transaction(() =>
      storeDocument(ctx, {
        ...overrides,
        title,
        sourceName: name,
        sourcePath,
        contentHash,
        source,
        bytes,
        blocks: parsed.blocks,
      }),
    )();
    return { file, ok: true, docId, title };
  } catch (err) {
    return { file, ok: false, error: toErrorInfo(err) };
  }
}

/** Expand folders into the supported files inside them, sorted for a stable order. */
export function expandPaths(paths: string[]): { files: string[]; missing: string[]; overrides: Map<string, ImportOverrides> } {
  const files: string[] = [];
  const overrides = new Map<string, ImportOverrides>();
  const missing: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      for (const [file, meta] of readFolderManifest(p)) overrides.set(path.resolve(file), meta);
      for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry), false);
    } else if (explicit || (isSupportedFile(p) && path.basename(p) !== MANIFEST_NAME)) {
      files.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, missing, overrides };
}

export function importPaths(ctx: CoreContext, paths: string[], onProgress?: ProgressListener): ImportResult[] {
  const { files, missing, overrides } = expandPaths(paths);
  const results: ImportResult[] = missing.map((file) => ({
    file,
    ok: false,
    error: { code: 'not_found', message: `No such file or folder: ${file}`, messageZh: `找不到文件或文件夹：${file}` },
  }));
  files.forEach((file, i) => {
    let result: ImportResult;
    try {
      const { name, bytes } = readSourceFile(file);
      result = importBytes(ctx, name, bytes, path.resolve(file), overrides.get(path.resolve(file)));
    } catch (err) {
      result = { file, ok: false, error: toErrorInfo(err) };
    }
    results.push(result);
    onProgress?.(i + 1, files.length, file);
  });
  return results;
}
