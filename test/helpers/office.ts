import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './paths';

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) console.warn('LibreOffice (soffice) is not installed: the .docx → PDF checks are skipped.');

/** Convert with LibreOffice and read the text back, as a user's office suite would show it. */
export function docxToText(bytes: Buffer, name: string): { text: string; pdf: string } {
  const dir = tempDir('export-docx-');
  const docx = path.join(dir, `${name}.docx`);
  fs.writeFileSync(docx, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  const pdf = path.join(dir, `${name}.pdf`);
  return { text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }), pdf };
}
