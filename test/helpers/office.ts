import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './paths';

/** LibreOffice is there to read exports back as a user's office suite would (tests skip their office checks without it). */
export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) console.warn('LibreOffice (soffice) is not installed: the office checks are skipped.');

/** LibreOffice's filter for each target: CSV as UTF-8 with commas and double quotes, plain text as UTF-8. */
const FILTERS: Record<string, string> = {
  csv: 'csv:Text - txt - csv (StarCalc):44,34,76,1',
  txt: 'txt:Text (encoded):UTF8',
  pdf: 'pdf',
};

/** Convert `bytes` (a file named name.ext) with LibreOffice headless and return the converted file's path. */
export function convertWithOffice(bytes: Buffer, fileName: string, to: 'csv' | 'txt' | 'pdf'): string {
  const dir = tempDir('office-convert-');
  const source = path.join(dir, fileName);
  fs.writeFileSync(source, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', FILTERS[to]!, '--outdir', dir, source], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  return path.join(dir, `${path.parse(fileName).name}.${to}`);
}

/** Minimal CSV reading (quoted fields, doubled quotes, newlines inside quotes): enough to check an export. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Convert a Word file to PDF with LibreOffice and read its text back, as a user's office suite would show it. */
export function docxToText(bytes: Buffer, name: string): { text: string; pdf: string } {
  const pdf = convertWithOffice(bytes, `${name}.docx`, 'pdf');
  return { text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }), pdf };
}
