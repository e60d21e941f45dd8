import fs from 'node:fs';
import path from 'node:path';
import type { ImportOverrides } from './import-files';
import { MANIFEST_NAME, readFolderManifest } from './folder-manifest';
import { isSupportedFile } from './source-file';

/** Folders deeper than this below a folder the user chose are not entered. */
export const MAX_FOLDER_DEPTH = 32;

export interface ExpandedPaths {
  files: string[];
  missing: string[];
  overrides: Map<string, ImportOverrides>;
  /** Files whose name is not valid UTF-8 and cannot be named to the file system from here. */
  badNames: string[];
}

/** A name read from the file system that does not survive the round trip through UTF-8. */
function isLossyName(raw: Buffer): boolean {
  return !Buffer.from(raw.toString('utf8'), 'utf8').equals(raw);
}

/**
 * Expand folders into the supported files inside them, sorted for a stable order. Each real folder
 * (device + inode) is entered once, so symlink cycles (`loop/a -> .`) end, and never deeper than
 * MAX_FOLDER_DEPTH.
 */
export function expandPaths(paths: string[]): ExpandedPaths {
  const out: ExpandedPaths = { files: [], missing: [], overrides: new Map(), badNames: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const walk = (p: string, explicit: boolean, depth: number) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      // A command-line argument that was not valid UTF-8 arrives with U+FFFD in it.
      (p.includes('\uFFFD') ? out.badNames : out.missing).push(p);
      return;
    }
    const id = `${stat.dev}:${stat.ino}`;
    if (stat.isDirectory()) {
      if (seenDirs.has(id) || depth > MAX_FOLDER_DEPTH) return;
      seenDirs.add(id);
      for (const [file, meta] of readFolderManifest(p)) out.overrides.set(path.resolve(file), meta);
      let raw: Buffer[];
      try {
        raw = fs.readdirSync(p, { encoding: 'buffer' });
      } catch {
        out.missing.push(p);
        return;
      }
      const names: string[] = [];
      for (const r of raw) {
        const name = r.toString('utf8');
        if (name.startsWith('.')) continue;
        if (isLossyName(r)) out.badNames.push(path.join(p, name));
        else names.push(name);
      }
      for (const entry of names.sort()) walk(path.join(p, entry), false, depth + 1);
    } else if (explicit || (isSupportedFile(p) && path.basename(p) !== MANIFEST_NAME)) {
      // The same file reached through two links is imported once.
      if (seenFiles.has(id) && !explicit) return;
      seenFiles.add(id);
      out.files.push(p);
    }
  };
  for (const p of paths) walk(p, true, 0);
  return out;
}
