import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { parseStructure } from '../../electron/core/import/parse-structure';
import { closingLibraries } from '../helpers/library';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';

const { temp } = closingLibraries();
function library(): Library {
  return temp();
}

const metroText = fs.readFileSync(path.join(seedsDir, SEEDS.metroPlan), 'utf8');
const metroToc = parseStructure(metroText, 'x')
  .blocks.filter((b) => b.kind === 'heading')
  .map((b) => `${b.level} ${b.text}`);

/** GB18030 encoder built from Node's own decoder: every two-byte code, reversed. */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

async function importOne(lib: Library, name: string, bytes: Buffer) {
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
  return result!;
}

async function tocOf(lib: Library, docId: number): Promise<string[]> {
  return (await dispatch(lib.handlers, 'getToc', { docId })).map((h) => `${h.level} ${h.title}`);
}

describe('text encodings are detected, not asked for', () => {
  const cases: [string, () => Buffer, string][] = [
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(metroText)]), 'utf-8'],
    ['UTF-16 LE with BOM', () => utf16(metroText, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', () => utf16(metroText, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', () => utf16(metroText, 'le', false), 'utf-16le'],
    ['UTF-16 BE without BOM', () => utf16(metroText, 'be', false), 'utf-16be'],
    ['GB18030', () => encodeGb18030(metroText), 'gb18030'],
  ];
  for (const [label, bytes, encoding] of cases) {
    it(`${label}: same text, same chapters`, async () => {
      const lib = library();
      const result = await importOne(lib, 'metro.txt', bytes());
      expect(result.ok, JSON.stringify(result.error)).toBe(true);
      const doc = await dispatch(lib.handlers, 'getDocument', { docId: result.docId! });
      expect(doc.encoding).toBe(encoding);
      expect((await dispatch(lib.handlers, 'getOriginal', { docId: result.docId! })).text).toBe(metroText);
      expect(await tocOf(lib, result.docId!)).toEqual(metroToc);
    });
  }

  it('a short GBK note with hardly any text is still read as GB18030', async () => {
    const lib = library();
    const result = await importOne(lib, 'note.txt', encodeGb18030('关于印发工作方案的通知\n一、总体要求\n加快推进。\n'));
    const doc = await dispatch(lib.handlers, 'getDocument', { docId: result.docId! });
    expect(doc.encoding).toBe('gb18030');
    expect(await tocOf(lib, result.docId!)).toEqual(['1 关于印发工作方案的通知', '2 一、总体要求']);
  });
});

describe('Markdown, HTML and Word keep the headings they mark up', () => {
  it('Markdown: # headings at their levels, paragraphs across soft line breaks', async () => {
    const lib = library();
    const md = '# 长株潭都市圈发展规划\n\n## 第一章 规划背景\n\n长株潭三市沿湘江\n呈“品”字形分布。\n\n### 第一节 发展基础\n\n经济实力全省领先。\n';
    const result = await importOne(lib, 'plan.md', Buffer.from(md));
    expect(await tocOf(lib, result.docId!)).toEqual(['1 长株潭都市圈发展规划', '2 第一章 规划背景', '3 第一节 发展基础']);
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: result.docId! });
    expect(blocks.map((b) => b.text)).toContain('长株潭三市沿湘江呈“品”字形分布。');
  });

  it('HTML: <h1>/<h2> headings, <p> paragraphs, scripts dropped, declared GBK charset honoured', async () => {
    const lib = library();
    const html =
      '<html><head><meta charset="gbk"><title>页面</title><script>var x = "不应出现";</script></head><body>' +
      '<h1>长株潭都市圈发展规划</h1><h2>第一章 规划背景</h2><p>长株潭三市沿湘江呈“品”字形分布&nbsp;。</p>' +
      '<h2>第二章 总体要求</h2><p>坚持协调发展。</p></body></html>';
    const result = await importOne(lib, 'plan.html', encodeGb18030(html));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(await tocOf(lib, result.docId!)).toEqual(['1 长株潭都市圈发展规划', '2 第一章 规划背景', '2 第二章 总体要求']);
    const text = (await dispatch(lib.handlers, 'getBlocks', { docId: result.docId! })).map((b) => b.text).join('\n');
    expect(text).not.toContain('不应出现');
    expect(text).toContain('坚持协调发展。');
  });

  it('Word: heading styles kept as headings, body paragraphs as paragraphs', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '长株潭都市圈发展规划', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '第一章 规划背景', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '长株潭三市沿湘江呈“品”字形分布。' }),
            new Paragraph({ text: '第一节 发展基础', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '经济实力全省领先。' }),
          ],
        },
      ],
    });
    const lib = library();
    const result = await importOne(lib, 'plan.docx', await Packer.toBuffer(doc));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(await tocOf(lib, result.docId!)).toEqual(['1 第一章 规划背景', '2 第一节 发展基础']);
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: result.docId! });
    expect(blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining(['长株潭三市沿湘江呈“品”字形分布。', '经济实力全省领先。', '长株潭都市圈发展规划']),
    );
    expect((await dispatch(lib.handlers, 'getDocument', { docId: result.docId! })).format).toBe('docx');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const convertDir = tempDir();
function convert(source: string, to: string, filter = to): string {
  const r = spawnSync('soffice', ['--headless', '--convert-to', filter, '--outdir', convertDir, source], { encoding: 'utf8', timeout: 120_000 });
  const out = path.join(convertDir, `${path.parse(source).name}.${to}`);
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`soffice could not make ${to}: ${r.stderr}`);
  return out;
}

describe.skipIf(!soffice)('Word and PDF files made by LibreOffice from the seeds', () => {
  let metroTxt = '';
  beforeAll(() => {
    metroTxt = path.join(convertDir, 'metro.txt');
    fs.writeFileSync(metroTxt, metroText);
  });
  if (!soffice) console.warn('soffice not found: skipping the LibreOffice .docx/.pdf tests');
  // The PDF sets captions as "图 1 长株潭…": compare titles without spaces.
  const squeeze = (list: string[]) => list.map((h) => h.replace(/^(\d) /, '$1|').replace(/ /g, ''));

  it('a .docx of the metro plan has the same chapter list as the text file', async () => {
    const lib = library();
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [convert(metroTxt, 'docx')] });
    expect(result!.ok, JSON.stringify(result!.error)).toBe(true);
    expect(await tocOf(lib, result!.docId!)).toEqual(metroToc);
  });

  it('a .pdf of the metro plan: Chinese extracted through the CMaps, lines rejoined, chapters found, search finds broken phrases', async () => {
    const lib = library();
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [convert(metroTxt, 'pdf')] });
    expect(result!.ok, JSON.stringify(result!.error)).toBe(true);
    expect(squeeze(await tocOf(lib, result!.docId!))).toEqual(squeeze(metroToc));
    const doc = await dispatch(lib.handlers, 'getDocument', { docId: result!.docId! });
    expect(doc.format).toBe('pdf');
    expect(doc.docNumber).toBe('湘政发〔2022〕6号');
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: result!.docId! });
    // The PDF breaks this sentence after "长江开" at the end of a printed line.
    expect(blocks.some((b) => b.text.includes('长江开放经济带和沿海开放经济带结合部'))).toBe(true);
    const hits = await dispatch(lib.handlers, 'search', { query: '长江开放经济带', docId: result!.docId! });
    expect(hits.total).toBeGreaterThan(0);
  });

  for (const columns of [1, 2]) {
    it(`a PDF printed from Word (${columns} column${columns > 1 ? 's' : ''}, indented paragraphs) reads back into the Word file's paragraphs`, async () => {
      const paragraphs = fs
        .readFileSync(path.join(seedsDir, SEEDS.webActionPlan), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .slice(1, 16);
      const doc = new Document({
        sections: [
          {
            properties: columns > 1 ? { column: { count: columns, space: 720 } } : {},
            children: paragraphs.map((text) => new Paragraph({ indent: { firstLine: 420 }, children: [new TextRun({ text, size: 21 })] })),
          },
        ],
      });
      const docx = path.join(convertDir, `columns-${columns}.docx`);
      fs.writeFileSync(docx, await Packer.toBuffer(doc));
      const lib = library();
      const [fromWord, fromPdf] = await dispatch(lib.handlers, 'importPaths', { paths: [docx, convert(docx, 'pdf')] });
      expect(fromPdf!.ok, JSON.stringify(fromPdf!.error)).toBe(true);
      const text = async (docId: number) => (await dispatch(lib.handlers, 'getBlocks', { docId })).map((b) => `${b.kind} ${b.text}`);
      const pdfText = await text(fromPdf!.docId!);
      expect(pdfText).toEqual(await text(fromWord!.docId!));
      expect(pdfText).toContain('heading （三）实施范围');
    });
  }

  it('a long PDF with a running header and page numbers: both set apart, the text as in the Word file', async () => {
    const paragraphs = metroText.split('\n').filter((l) => l.trim()).slice(12, 60);
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ text: '长株潭都市圈发展规划（征求意见稿）' })] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
          children: paragraphs.map((text) => new Paragraph({ indent: { firstLine: 420 }, children: [new TextRun({ text, size: 21 })] })),
        },
      ],
    });
    const docx = path.join(convertDir, 'paged.docx');
    fs.writeFileSync(docx, await Packer.toBuffer(doc));
    const lib = library();
    const [fromWord, fromPdf] = await dispatch(lib.handlers, 'importPaths', { paths: [docx, convert(docx, 'pdf')] });
    expect(fromPdf!.ok, JSON.stringify(fromPdf!.error)).toBe(true);
    const text = async (docId: number) => (await dispatch(lib.handlers, 'getBlocks', { docId })).map((b) => `${b.kind} ${b.text}`);
    expect(await text(fromPdf!.docId!)).toEqual(await text(fromWord!.docId!));
    const cleanups = Object.fromEntries((await dispatch(lib.handlers, 'getDocument', { docId: fromPdf!.docId! })).cleanups.map((c) => [c.code, c.count]));
    expect(cleanups.running_header).toBeGreaterThanOrEqual(5);
    expect(cleanups.page_number).toBe(cleanups.running_header);
  });

  it('a password-protected PDF is refused as encrypted, and the batch goes on', async () => {
    const lib = library();
    const small = path.join(convertDir, 'secret.txt');
    fs.writeFileSync(small, '加密文件\n第一章 总则\n');
    const pdf = convert(
      small,
      'pdf',
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
    );
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [pdf, path.join(seedsDir, SEEDS.webActionPlan)] });
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'encrypted' } });
    expect(results[1]).toMatchObject({ ok: true });
  });
});

/** A one-page PDF that draws a box and has no text at all (what a scan looks like to a text extractor). */
function pdfWithoutText(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>',
  ];
  const stream = '10 10 100 100 re S';
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  offsets.push(pdf.length);
  pdf += `4 0 obj\n<< /Length ${stream.length} >>\nstream\n${stream}\nendstream\nendobj\n`;
  const xref = pdf.length;
  pdf += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('files that cannot be read get a clear reason, and the rest of the batch goes on', () => {
  it('unsupported, empty, no text layer, encrypted Word, damaged PDF, too large, not text at all', async () => {
    const lib = library();
    const dir = tempDir();
    const files: Record<string, Buffer | null> = {
      'table.xls': Buffer.from('not a supported type'),
      'blank.txt': Buffer.from(' \n\u3000\n'),
      'scan.pdf': pdfWithoutText(),
      'locked.docx': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'broken.pdf': Buffer.from('%PDF-1.4\nthis is not really a pdf'),
      'good.txt': Buffer.from('一、总体要求\n加快推进长株潭一体化。\n'),
      'noise.txt': Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)),
      'furniture.txt': Buffer.from('（下转5版）\n▲ ▲\n'),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes!);
      return file;
    });
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 201 * 1024 * 1024); // sparse: costs no disk
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [...paths, huge] });
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byName['table.xls']!.error?.code).toBe('unsupported');
    expect(byName['blank.txt']!.error?.code).toBe('empty');
    expect(byName['scan.pdf']!.error?.code).toBe('no_text_layer');
    expect(byName['locked.docx']!.error?.code).toBe('encrypted');
    expect(byName['broken.pdf']!.error?.code).toBe('unreadable');
    expect(byName['huge.txt']!.error?.code).toBe('too_large');
    expect(byName['noise.txt']!.error?.code).toBe('unknown_encoding');
    expect(byName['furniture.txt']!.error?.code).toBe('empty');
    for (const r of results.filter((r) => !r.ok)) expect(r.error!.messageZh).toMatch(/[\u4E00-\u9FFF]/);
    expect(byName['good.txt']!.ok).toBe(true);
    expect(await dispatch(lib.handlers, 'listDocuments', {})).toHaveLength(1);
  });

  it('a folder imports every supported file in it and skips the rest', async () => {
    const lib = library();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), '一、总体要求\n加快推进。\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '# 标题\n\n正文。\n');
    fs.writeFileSync(path.join(dir, 'c.html'), '<h1>网页</h1><p>正文。</p>');
    fs.writeFileSync(path.join(dir, 'notes.xlsx'), 'x');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), '隐藏');
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [dir] });
    expect(results.map((r) => [path.basename(r.file), r.ok])).toEqual([
      ['a.txt', true],
      ['b.md', true],
      ['c.html', true],
    ]);
  });
});

describe('uploads (browser mode drag and drop)', () => {
  it('reads uploaded Word and GBK files like files on disk', async () => {
    const lib = library();
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ text: '第一章 总则', heading: HeadingLevel.HEADING_1 }), new Paragraph('正文。')] }] }),
    );
    const results = await dispatch(lib.handlers, 'importUploads', {
      files: [
        { name: '规划.docx', dataBase64: docx.toString('base64') },
        { name: '通知.txt', dataBase64: encodeGb18030('关于示例的通知\n一、总体要求\n正文。\n').toString('base64') },
        { name: '表格.xls', dataBase64: Buffer.from('x').toString('base64') },
      ],
    });
    expect(results.map((r) => [r.file, r.ok, r.error?.code])).toEqual([
      ['规划.docx', true, undefined],
      ['通知.txt', true, undefined],
      ['表格.xls', false, 'unsupported'],
    ]);
    expect(await tocOf(lib, results[0]!.docId!)).toEqual(['1 第一章 总则']);
    expect(await tocOf(lib, results[1]!.docId!)).toEqual(['1 关于示例的通知', '2 一、总体要求']);
  });
});

describe('progress of a long import', () => {
  it('can be polled while the import runs, between batches of files', async () => {
    const lib = library();
    const dir = tempDir();
    for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), `第${i}号文件\n一、总体要求\n第${i}份文件的正文。\n`);
    const seen: { done: number; total: number; running: boolean }[] = [];
    const running = dispatch(lib.handlers, 'importPaths', { paths: [dir] });
    let finished = false;
    void running.then(() => (finished = true));
    while (!finished) {
      seen.push(await dispatch(lib.handlers, 'getImportProgress', {}));
      await new Promise((r) => setImmediate(r));
    }
    expect((await running).filter((r) => r.ok)).toHaveLength(600);
    expect(seen.some((p) => p.running && p.done > 0 && p.done < 600 && p.total === 600)).toBe(true);
    expect(await dispatch(lib.handlers, 'getImportProgress', {})).toMatchObject({ running: false, done: 600, total: 600, failed: 0 });
  });
});

describe('one import is one transaction', () => {
  it('a failure while storing leaves nothing of the document behind', async () => {
    const lib = library();
    lib.db.exec(`CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON blocks WHEN NEW.text LIKE '%第二段%'
                 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const result = await importOne(lib, 'half.txt', Buffer.from('一、总体要求\n第一段。\n第二段。\n'));
    expect(result.ok).toBe(false);
    for (const table of ['documents', 'originals', 'blocks', 'doc_fingerprints', 'doc_shingles']) {
      expect(lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('re-importing the same file is detected and changes nothing', async () => {
    const lib = library();
    const file = path.join(seedsDir, SEEDS.webActionPlan);
    const [first] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    const [again] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    expect(again).toMatchObject({ ok: true, docId: first!.docId, duplicateOf: first!.docId });
    expect(await dispatch(lib.handlers, 'listDocuments', {})).toHaveLength(1);
  });
});
