import fs from 'node:fs';
import path from 'node:path';
import { ReaderError } from '../../shared/errors';
import type { ImportOverrides } from './import-files';

export interface ManifestEntry {
  file: string;
  title: string;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  sourceKind: string;
  note: string;
}

export const MANIFEST_NAME = 'manifest.json';

/** A folder may describe its files in manifest.json ({documents: [{file, title, issuer, docNumber, date, sourceKind}]}). */
export function readManifestEntries(folder: string): ManifestEntry[] {
  const file = path.join(folder, MANIFEST_NAME);
  if (!fs.existsSync(file)) return [];
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents?: ManifestEntry[] };
    return Array.isArray(parsed.documents) ? parsed.documents.filter((d) => typeof d?.file === 'string') : [];
  } catch (err) {
    throw new ReaderError('bad_manifest', `Cannot read ${file}: ${(err as Error).message}`, `无法读取清单文件 ${file}：${(err as Error).message}`);
  }
}

export function manifestOverrides(entry: ManifestEntry): ImportOverrides {
  return { title: entry.title, issuer: entry.issuer, docNumber: entry.docNumber, issuedOn: entry.date, sourceKind: entry.sourceKind };
}

export function readFolderManifest(folder: string): [string, ImportOverrides][] {
  return readManifestEntries(folder).map((e) => [path.join(folder, e.file), manifestOverrides(e)]);
}
