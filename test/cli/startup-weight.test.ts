import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

// Every CLI call and every core thread pays for what its entry loads before it does anything: docx alone
// added about 15 MB to each process (issue 11: 150 queries in ≤ 150 MB). The writers of Word, Excel and
// course-pack files, and the parsers of Word and PDF, load when first used. This walks the built files'
// static imports, as Node loads them.
const outMain = path.join(repoRoot, 'out', 'main');
const HEAVY = ['docx', 'jszip', 'exceljs', 'mammoth', 'pdfjs-dist'];

function staticImports(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) staticImports(path.resolve(path.dirname(file), spec), seen, packages);
    else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return packages;
}

describe('what a process loads before its first call', () => {
  for (const entry of ['policy-reader.js', 'core-worker.js', 'serve.js']) {
    it(`${entry} loads no writer or parser library up front`, () => {
      const packages = staticImports(path.join(outMain, entry));
      expect(packages.size).toBeGreaterThan(0); // the walk does reach the packages it loads
      expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
    });
  }
});
