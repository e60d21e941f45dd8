import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { docIdByTitle, tempLibrary } from '../helpers/library';
import { docxToText, hasSoffice } from '../helpers/office';
import { repoRoot } from '../helpers/paths';
import { highlight, placeOf } from './annotations-helpers';

const RAIL = '打造轨道上的长株潭';
const GREEN_HEART = '保护性开发长株潭生态绿心';
const NOTE = '轨道交通先行，关注城际铁路公交化运营';

let lib: Library;
let metro: number;
let xiangtan: number;

beforeAll(async () => {
  lib = tempLibrary({ seeds: true });
  metro = docIdByTitle(lib, '都市圈发展规划');
  xiangtan = docIdByTitle(lib, '湘潭市推进');
  await highlight(lib, metro, RAIL, { color: 'yellow', note: NOTE, tags: ['交通', '培训'] });
  await highlight(lib, metro, GREEN_HEART, { color: 'green', style: 'underline', tags: ['生态'] });
  const from = await placeOf(lib, metro, '完善提升道路运输网');
  const to = await placeOf(lib, metro, '实施长沙机场改扩建工程');
  await dispatch(lib.handlers, 'createAnnotation', {
    docId: metro,
    start: from,
    end: { blockId: to.blockId, offset: to.offset + '实施长沙机场改扩建工程'.length },
    color: 'blue',
    note: '跨段落摘录',
  });
  const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: xiangtan });
  const p = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 30)!;
  await dispatch(lib.handlers, 'createAnnotation', {
    docId: xiangtan,
    start: { blockId: p.blockId, offset: 0 },
    end: { blockId: p.blockId, offset: 20 },
    color: 'red',
    tags: ['湘潭'],
  });
});
afterAll(() => lib.close());

async function exportFile(args: Parameters<Library['handlers']['exportAnnotations']>[0]) {
  const file = await dispatch(lib.handlers, 'exportAnnotations', args);
  return { ...file, bytes: Buffer.from(file.dataBase64, 'base64') };
}

async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('Word export', () => {
  it('groups excerpts by document and chapter with colour, note, tags and citation', async () => {
    const file = await exportFile({ format: 'docx' });
    expect(file.fileName).toMatch(/^批注摘编-文库-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.count).toBe(4);
    const xml = await documentXml(file.bytes);
    // The rail highlight keeps its colour (yellow fill) and the green one is underlined in green.
    expect(xml).toMatch(/<w:shd [^>]*w:fill="FFE77A"[^>]*\/>(?:(?!<\/w:r>).)*打造轨道上的长株潭/s);
    expect(xml).toMatch(/<w:u [^>]*w:color="A8E6A1"[^>]*\/>(?:(?!<\/w:r>).)*保护性开发长株潭生态绿心/s);
    // East Asian font is set for the body text.
    const styles = await (await JSZip.loadAsync(file.bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="宋体"');
    // Reading order within the metro plan: chapter 3 (绿心) before chapter 4 (轨道).
    expect(xml.indexOf(GREEN_HEART)).toBeLessThan(xml.indexOf(RAIL));
    expect(xml.indexOf('《长株潭都市圈发展规划》')).toBeLessThan(xml.indexOf('《湘潭市推进长株潭都市圈建设综述》（报纸专版）'));
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice with excerpt, note, citation and Chinese intact', async () => {
    const file = await exportFile({ format: 'docx', filter: { docId: metro } });
    const { text, pdf } = docxToText(file.bytes, 'excerpts');
    const flat = squash(text);
    expect(flat).toContain('政策文件批注摘编');
    expect(flat).toContain(squash(`范围：《长株潭都市圈发展规划》`));
    expect(flat).toContain(RAIL);
    expect(flat).toContain(squash(NOTE));
    expect(flat).toContain('#交通#培训');
    expect(flat).toContain('《长株潭都市圈发展规划》（湘政发〔2022〕6号）');
    expect(flat).toContain('湖南省人民政府，2022年3月22日，第四章');
    expect(flat).toContain('第一节构建一体化综合交通网络');
    expect(flat).toContain('跨段落摘录');
    // No replacement characters: every Chinese character survived.
    expect(text).not.toContain('\uFFFD');
    // A picture of the first page, to look at.
    const screens = path.join(repoRoot, 'test-results', 'screens');
    fs.mkdirSync(screens, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(screens, 'export-docx-page')]);
    expect(fs.readdirSync(screens).some((f) => f.startsWith('export-docx-page'))).toBe(true);
  });

  it.skipIf(!hasSoffice)('exports whole sections with highlights inline and notes as footnotes', async () => {
    const file = await exportFile({ format: 'docx', filter: { docId: metro, colors: ['yellow'] }, layout: 'sections' });
    expect(file.count).toBe(1);
    const xml = await documentXml(file.bytes);
    expect(xml).toContain('w:footnoteReference');
    const { text } = docxToText(file.bytes, 'sections');
    const flat = squash(text);
    // The whole section around the highlight, not just the excerpt.
    expect(flat).toContain('完善提升道路运输网');
    expect(flat).toContain(RAIL);
    expect(flat).toContain(squash(NOTE));
    expect(flat).toContain('《长株潭都市圈发展规划》（湘政发〔2022〕6号）');
    // Only the chosen colour.
    expect(flat).not.toContain('【引用】');
  });

  it('exports only the chosen annotations: by tag, by colour, by selection', async () => {
    expect((await exportFile({ format: 'docx', filter: { tags: ['湘潭'] } })).count).toBe(1);
    expect((await exportFile({ format: 'md', filter: { colors: ['green', 'blue'] } })).count).toBe(2);
    const all = await dispatch(lib.handlers, 'listAnnotations', {});
    const chosen = await exportFile({ format: 'md', filter: { uuids: [all[0]!.uuid] } });
    expect(chosen.count).toBe(1);
    expect(chosen.bytes.toString('utf8')).toContain('选定的 1 条批注');
  });
});

describe('Markdown export', () => {
  it('writes the same excerpts as Markdown with citations', async () => {
    const file = await exportFile({ format: 'md', filter: { docId: metro } });
    expect(file.fileName).toMatch(/^批注摘编-长株潭都市圈发展规划-\d{4}-\d{2}-\d{2}\.md$/);
    const md = file.bytes.toString('utf8');
    expect(md).toContain('# 政策文件批注摘编');
    expect(md).toContain('## 《长株潭都市圈发展规划》（湘政发〔2022〕6号）');
    expect(md).toContain(`> ${RAIL}`);
    expect(md).toContain(`**批注：**${NOTE}`);
    expect(md).toContain('**【重点】** #交通 #培训');
    expect(md).toMatch(/出处：《长株潭都市圈发展规划》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日，第四章.*\u3000第一节构建一体化综合交通网络/);
    // The cross-paragraph excerpt keeps its paragraphs.
    expect(md).toMatch(/> 完善提升道路运输网.*\n>\n> 建设长沙航空枢纽。实施长沙机场改扩建工程\n/);
  });
});
