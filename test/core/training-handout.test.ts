import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { NOTE_LINES } from '../../electron/core/training/handout';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { docxToText, hasSoffice } from '../helpers/office';
import { repoRoot } from '../helpers/paths';
import { placeOf } from './annotations-helpers';
import { execFileSync } from 'node:child_process';

const { temp } = closingLibraries();
const squash = (s: string) => s.replace(/\s+/g, '');
const RAIL = '打造轨道上的长株潭';

async function handoutLibrary() {
  const lib = temp({ seeds: true });
  const metro = docIdByTitle(lib, '都市圈发展规划');
  const web = docIdByTitle(lib, '网页转载');
  const { id } = await dispatch(lib.handlers, 'createReadingPath', { title: '长株潭一体化培训' });
  const rail = await placeOf(lib, metro, RAIL);
  const other = await placeOf(lib, web, '长株潭');
  await dispatch(lib.handlers, 'addReadingStop', {
    pathId: id, docId: metro, blockId: rail.blockId, startOffset: rail.offset, endOffset: rail.offset + RAIL.length, title: '轨道交通', note: '讲解：城际铁路公交化',
  });
  await dispatch(lib.handlers, 'addReadingStop', { pathId: id, kind: 'comparison', docId: metro, blockId: rail.blockId, doc2Id: web, block2Id: other.blockId, title: '两份文件对照' });
  const webText = (await dispatch(lib.handlers, 'getBlocks', { docId: web })).find((b) => b.blockId === other.blockId)!.text;
  return { lib, pathId: id, webText };
}

describe('handout (.docx)', () => {
  it('holds each stop with its passage, citation, the trainer’s notes when asked and a box for notes', async () => {
    const { lib, pathId, webText } = await handoutLibrary();
    const file = await dispatch(lib.handlers, 'exportHandout', { pathId });
    expect(file.fileName).toMatch(/^培训讲义-长株潭一体化培训-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(file.count).toBe(2);
    const xml = await (await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('第 1 站　轨道交通');
    expect(xml).toContain('讲解：城际铁路公交化');
    expect(xml).toContain('——《长株潭都市圈发展规划》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日');
    expect(xml.split('我的笔记：')).toHaveLength(3);
    expect(xml.match(/<w:pBdr><w:top [^>]*w:val="single"/g)).toHaveLength(2 * NOTE_LINES);
    const without = await dispatch(lib.handlers, 'exportHandout', { pathId, includeNotes: false });
    const xml2 = await (await JSZip.loadAsync(Buffer.from(without.dataBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml2).not.toContain('讲解：城际铁路公交化');
    expect(xml2).toContain(RAIL);
    expect(xml2).toContain(webText.slice(0, 20));
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice with passages, citations and notes intact', async () => {
    const { lib, pathId, webText } = await handoutLibrary();
    const file = await dispatch(lib.handlers, 'exportHandout', { pathId });
    const { text, pdf } = docxToText(Buffer.from(file.dataBase64, 'base64'), 'handout');
    const flat = squash(text);
    expect(flat).toContain('长株潭一体化培训');
    expect(flat).toContain('培训讲义·共2站');
    expect(flat).toContain(squash(`第 1 站　轨道交通`));
    expect(flat).toContain(RAIL);
    expect(flat).toContain('讲解：城际铁路公交化');
    expect(flat).toContain('《长株潭都市圈发展规划》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日');
    expect(flat).toContain(squash(webText).slice(0, 30));
    expect(flat.split('我的笔记：')).toHaveLength(3);
    expect(text).not.toContain('\uFFFD');
    const screens = path.join(repoRoot, 'test-results', 'screens');
    fs.mkdirSync(screens, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(screens, 'training-handout-page')]);
  });
});
