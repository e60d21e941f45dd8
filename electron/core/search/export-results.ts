import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportFile } from '../../shared/annotation-types';
import { ReaderError } from '../../shared/errors';
import type { SearchHit } from '../../shared/search-types';
import type { CoreContext } from '../context';
import { searchBlocks, type SearchArgs } from './search-blocks';

/** More than this is not a list anyone reads: narrow the search first. */
const MAX_EXPORTED = 20_000;
const PAGE = 1000;
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' };
const GREY = '666666';

interface Row {
  title: string;
  path: string[];
  text: string;
}

/** Every hit of a search in result order, with its full paragraph text (not the snippet). */
function collect(ctx: CoreContext, args: SearchArgs): { rows: Row[]; total: number; terms: string[] } {
  const text = ctx.db.prepare('SELECT text FROM blocks WHERE id = ?').pluck();
  const rows: Row[] = [];
  let total = 0;
  let terms: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = searchBlocks(ctx.db, { ...args, offset, limit: PAGE });
    total = page.total;
    terms = page.terms;
    if (total > MAX_EXPORTED) {
      throw new ReaderError(
        'too_many_results',
        `${total} results are too many to export (at most ${MAX_EXPORTED}); narrow the search`,
        `结果共 ${total} 段，超过可导出的 ${MAX_EXPORTED} 段，请缩小搜索范围`,
      );
    }
    const titles = new Map(page.docs.map((d) => [d.docId, d.title]));
    for (const hit of page.hits as SearchHit[]) {
      rows.push({ title: titles.get(hit.docId) ?? '', path: hit.path, text: text.get(hit.blockId) as string });
    }
    if (page.hits.length < PAGE) break;
  }
  return { rows, total, terms };
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function searchResultsCsv(rows: readonly Row[]): Buffer {
  const lines = [['文件', '章节', '段落'], ...rows.map((r) => [r.title, r.path.join(' / '), r.text])].map((cells) => cells.map(csvCell).join(','));
  // A byte order mark, so that Excel reads the Chinese as UTF-8.
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

async function searchResultsDocx(rows: readonly Row[], query: string, total: number): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `搜索结果：${query}` })] }),
    new Paragraph({ children: [new TextRun({ text: `共 ${total} 段`, color: GREY })] }),
  ];
  let lastTitle: string | null = null;
  for (const r of rows) {
    if (r.title !== lastTitle) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `《${r.title}》` })] }));
      lastTitle = r.title;
    }
    if (r.path.length > 0) children.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: r.path.join(' / '), color: GREY, size: 18 })] }));
    children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: r.text })] }));
  }
  const doc = new Document({
    styles: { default: { document: { run: { font: BODY_FONT, size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export async function exportSearchResults(ctx: CoreContext, args: SearchArgs & { format: 'docx' | 'csv' }): Promise<ExportFile> {
  const { format, ...search } = args;
  const { rows, total } = collect(ctx, search);
  const bytes = format === 'csv' ? searchResultsCsv(rows) : await searchResultsDocx(rows, search.query.trim(), total);
  const safe = search.query.replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, '_').slice(0, 30);
  return {
    fileName: `搜索结果-${safe}-${new Date().toISOString().slice(0, 10)}.${format}`,
    mimeType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    dataBase64: bytes.toString('base64'),
    count: rows.length,
  };
}
