import { DEFAULT_COLORS, type Annotation, type AnnotationFilter, type ColorMeaning } from '../../shared/annotation-types';
import type { CoreContext } from '../context';
import { getColors } from '../annotations/colors';
import { loadDocText, type DocText } from '../annotations/doc-text';
import { listAnnotations } from '../annotations/store';
import type { DocumentMeta } from './citation';

export interface ChapterGroup {
  /** Headings above the excerpts, outermost first; empty for text before the first heading. */
  path: string[];
  annotations: Annotation[];
}

export interface DocumentGroup {
  doc: DocumentMeta;
  chapters: ChapterGroup[];
  /** Kept annotations whose place in the text is not known. */
  detached: Annotation[];
  /** The document's text, read here when whole sections are exported, so formatting never goes back to the database. */
  text?: DocText;
}

export interface ExportContent {
  /** The title page's title: the user's own, or 政策文件批注摘编. */
  title: string;
  groups: DocumentGroup[];
  count: number;
  colors: ColorMeaning[];
  /** What was chosen, in words: 全部文库 · 颜色：重点 · 标签：交通 */
  scope: string;
  exportedOn: Date;
}

interface DocRow {
  id: number;
  title: string;
  doc_number: string | null;
  issuer: string | null;
  issued_on: string | null;
}

function describeScope(filter: AnnotationFilter, groups: DocumentGroup[], colors: ColorMeaning[]): string {
  const parts: string[] = [];
  if (filter.uuids) parts.push(`选定的 ${filter.uuids.length} 条批注`);
  if (filter.docId !== undefined) parts.push(groups[0] ? `《${groups[0].doc.title}》` : '所选文件');
  else if (!filter.uuids) parts.push('全部文库');
  if (filter.colors?.length) {
    parts.push(`颜色：${filter.colors.map((c) => colors.find((m) => m.color === c)?.meaning ?? c).join('、')}`);
  }
  if (filter.tags?.length) parts.push(`标签：${filter.tags.join('、')}`);
  if (filter.text?.trim()) parts.push(`包含“${filter.text.trim()}”`);
  return parts.join(' · ');
}

/**
 * The chosen annotations grouped by document and chapter, in reading order; with `withText`, each
 * document's text too (for whole sections). Everything an export formats is read here, in one go.
 */
export function collectExcerpts(ctx: CoreContext, filter: AnnotationFilter = {}, { withText = false } = {}): ExportContent {
  const annotations = listAnnotations(ctx, filter);
  const docRow = ctx.db.prepare('SELECT id, title, doc_number, issuer, issued_on FROM documents WHERE id = ?');
  const groups = new Map<string, DocumentGroup>();
  for (const a of annotations) {
    const key = a.docId === null ? `title:${a.docTitle}` : `id:${a.docId}`;
    let group = groups.get(key);
    if (!group) {
      const row = a.docId === null ? undefined : (docRow.get(a.docId) as DocRow | undefined);
      const doc: DocumentMeta = row
        ? { docId: row.id, title: row.title, docNumber: row.doc_number, issuer: row.issuer, issuedOn: row.issued_on }
        : { docId: null, title: a.docTitle, docNumber: null, issuer: null, issuedOn: null };
      groups.set(key, (group = { doc, chapters: [], detached: [] }));
    }
    if (a.status === 'detached') {
      group.detached.push(a);
      continue;
    }
    const last = group.chapters.at(-1);
    if (last && last.path.join('\n') === a.chapterPath.join('\n')) last.annotations.push(a);
    else group.chapters.push({ path: a.chapterPath, annotations: [a] });
  }
  const colors = getColors(ctx);
  const list = [...groups.values()];
  if (withText) for (const group of list) if (group.doc.docId !== null) group.text = loadDocText(ctx, group.doc.docId);
  return { title: DEFAULT_EXPORT_TITLE, groups: list, count: annotations.length, colors, scope: describeScope(filter, list, colors), exportedOn: new Date() };
}

export function meaningOf(content: ExportContent, a: Annotation): ColorMeaning {
  return content.colors.find((c) => c.color === a.color) ?? DEFAULT_COLORS.find((c) => c.color === a.color) ?? DEFAULT_COLORS[0]!;
}

/** The colours the exported annotations use, with a meaning: the legend of an export. */
export function usedColors(content: ExportContent): ColorMeaning[] {
  const used = new Set(content.groups.flatMap((g) => [...g.chapters.flatMap((c) => c.annotations), ...g.detached]).map((a) => a.color));
  return content.colors.filter((c) => used.has(c.color) && c.meaning.trim() !== '');
}

export const DEFAULT_EXPORT_TITLE = '政策文件批注摘编';

export function formatExportDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}
