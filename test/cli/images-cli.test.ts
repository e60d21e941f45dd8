import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentImage } from '../../electron/shared/image-types';
import type { ImportResult } from '../../electron/shared/types';
import { runCli, runCliJson } from '../helpers/cli';
import { CAPTION_ONE, CAPTION_TWO, docxWithFigures, FIGURE_ONE, FIGURE_TWO } from '../helpers/figures';
import { tempDir } from '../helpers/paths';

describe('policy-reader images', () => {
  it('lists a document’s pictures with their captions, and writes them as they were with --out', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'figures.docx');
    fs.writeFileSync(docx, await docxWithFigures());
    const db = path.join(tempDir(), 'library.db');
    const [r] = runCliJson<ImportResult[]>(['--db', db, 'import', docx]);
    expect(r?.ok).toBe(true);
    const docId = String(r!.docId);

    const listed = runCliJson<DocumentImage[]>(['--db', db, 'images', docId]);
    expect(listed.map((i) => [i.seq, i.caption, i.width, i.height, i.mime])).toEqual([
      [1, CAPTION_ONE, 240, 160, 'image/png'],
      [2, CAPTION_TWO, 320, 120, 'image/png'],
    ]);

    const human = runCli(['--db', db, 'images', docId]);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain(`#1  image/png  240×160  ${FIGURE_ONE.length} bytes  before block`);
    expect(human.stdout).toContain(CAPTION_TWO);
    expect(human.stdout).toMatch(/2 pictures\n?$/);

    const out = path.join(tempDir(), 'figs');
    const written = runCliJson<(DocumentImage & { file: string })[]>(['--db', db, 'images', docId, '--out', out]);
    expect(written.map((w) => path.basename(w.file))).toEqual(['figure-01.png', 'figure-02.png']);
    expect(fs.readFileSync(path.join(out, 'figure-01.png')).equals(FIGURE_ONE)).toBe(true);
    expect(fs.readFileSync(path.join(out, 'figure-02.png')).equals(FIGURE_TWO)).toBe(true);

    const none = runCli(['--db', db, 'images', '999']);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/999/);
  });
});
