import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = path.join(repoRoot, 'seeds');
/** The shared corpora sit beside the checkout (../shared/corpora), in development and in CI. */
export const corporaDir = process.env.POLICY_READER_CORPORA ?? path.resolve(repoRoot, '..', 'shared', 'corpora');
export const cliPath = path.join(repoRoot, 'out', 'main', 'policy-reader.js');
export const servePath = path.join(repoRoot, 'out', 'main', 'serve.js');

export function tempDir(prefix = 'policy-reader-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Seed file names by what they are, so tests read as prose. */
export const SEEDS = {
  pdfActionPlan: '000_fb8abce934723a93.txt',
  metroPlan: '001_dfdf75a015612ed5.txt',
  newspaperActionPlan: '002_2b43fffbd9c82f93.txt',
  webActionPlan: '003_60e234aa3d947144.txt',
  xiangtanFeature: '004_4c222c79f33da2b0.txt',
} as const;
