import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_PHOTO, docxWithFigures, FIGURE_ONE, FIGURE_TWO } from '../helpers/figures';
import { closingLibraries } from '../helpers/library';
import { convertWithOffice, hasSoffice } from '../helpers/office';

const libs = closingLibraries();
const hasPdfimages = spawnSync('pdfimages', ['-v']).status === 0;

describe.skipIf(!hasSoffice || !hasPdfimages)('pictures of a PDF', () => {
  it('are read from the pages (a JPEG as the file holds it, others as lossless PNG), each above its caption', { timeout: 180_000 }, async () => {
    const pdfFile = convertWithOffice(await docxWithFigures(true), 'figures.docx', 'pdf');
    // What the PDF holds, as poppler sees it: two pictures stored losslessly and one JPEG.
    const listed = execFileSync('pdfimages', ['-list', pdfFile], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(listed.map((l) => l.trim().split(/\s+/).slice(3, 5).concat(l.trim().split(/\s+/)[8]!))).toEqual([
      ['240', '160', 'image'],
      ['320', '120', 'image'],
      ['160', '96', 'jpeg'],
    ]);
    const extracted = path.join(path.dirname(pdfFile), 'x');
    execFileSync('pdfimages', ['-all', pdfFile, extracted]);
    const jpegInPdf = fs.readFileSync(`${extracted}-002.jpg`);

    const lib = libs.temp();
    const [r] = await lib.call('importUploads', { files: [{ name: 'figures.pdf', dataBase64: fs.readFileSync(pdfFile).toString('base64') }] });
    expect(r?.ok).toBe(true);
    const docId = r!.docId!;
    const images = await lib.call('documentImages', { docId });
    expect(images.map((i) => [i.mime, i.width, i.height, i.placement])).toEqual([
      ['image/png', 240, 160, 'before'],
      ['image/png', 320, 120, 'before'],
      ['image/jpeg', 160, 96, 'before'],
    ]);
    // The PDF's text spaces the numbers (图 1): each picture is at the caption of its own figure.
    const compact = (s: string) => s.replace(/\s/g, '');
    expect(images.map((i) => compact(i.caption))).toEqual(['图1长株潭都市圈空间结构示意图', '图2交通网络规划图', compact(CAPTION_PHOTO)]);
    const bytes = async (seq: number) => Buffer.from((await lib.call('documentImage', { docId, seq })).dataBase64, 'base64');
    // The JPEG is the file's own bytes; the others are their pixels, losslessly (the same PNG as the Word file had).
    expect((await bytes(3)).equals(jpegInPdf)).toBe(true);
    expect((await bytes(1)).equals(FIGURE_ONE)).toBe(true);
    expect((await bytes(2)).equals(FIGURE_TWO)).toBe(true);
  });
});
