import type { AnnotationFilter, ExportFile, ExportFormat, ExportLayout } from '../../shared/annotation-types';
import type { CoreContext } from '../context';
import { buildPack } from '../annotations/annotation-pack';
import { listAnnotations } from '../annotations/store';
import { collectExcerpts, type ExportContent } from './collect-excerpts';
import { buildMarkdown } from './markdown-export';

const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

/** The Word writer and its `docx` library load when a Word file is first made, not in every process that reads. */
const loadDocxWriter = () => import('./docx-export');

/** A file name that every system accepts: 批注摘编-长株潭都市圈发展规划-2026-11-23.docx */
export function exportFileName(scopeTitle: string | null, format: ExportFormat, date = new Date()): string {
  const base = format === 'json' ? '批注包' : '批注摘编';
  const safe = (scopeTitle ?? '文库').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').slice(0, 40);
  const day = date.toISOString().slice(0, 10);
  return `${base}-${safe}-${day}.${format}`;
}

function scopeTitle(content: ExportContent, filter: AnnotationFilter): string | null {
  return filter.docId !== undefined && content.groups[0] ? content.groups[0].doc.title : null;
}

export interface ExportRequest {
  format: ExportFormat;
  filter?: AnnotationFilter;
  layout?: ExportLayout;
  title?: string;
  toc?: boolean;
}

export interface BuiltExport {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  count: number;
}

/** Build the chosen annotations as Word, Markdown or an annotation pack. */
export async function buildExport(ctx: CoreContext, { format, filter = {}, layout = 'excerpts', title, toc = false }: ExportRequest): Promise<BuiltExport> {
  if (format === 'json') {
    const annotations = listAnnotations(ctx, filter);
    const pack = buildPack(ctx, annotations);
    const title = filter.docId !== undefined ? (annotations[0]?.docTitle ?? null) : null;
    return {
      fileName: exportFileName(title, 'json'),
      mimeType: MIME.json,
      bytes: Buffer.from(JSON.stringify(pack, null, 1), 'utf8'),
      count: annotations.length,
    };
  }
  const content = collectExcerpts(ctx, filter, { withText: format === 'docx' && layout === 'sections' });
  if (title) content.title = title;
  const bytes = format === 'docx' ? await (await loadDocxWriter()).buildDocx(content, layout, { toc }) : Buffer.from(buildMarkdown(content), 'utf8');
  return {
    fileName: exportFileName(scopeTitle(content, filter), format, content.exportedOn),
    mimeType: MIME[format],
    bytes,
    count: content.count,
  };
}

/** The export as a file for a client that saves it itself (browser mode downloads it, the CLI writes it). */
export async function exportAnnotations(ctx: CoreContext, request: ExportRequest): Promise<ExportFile> {
  const { bytes, ...file } = await buildExport(ctx, request);
  return { ...file, dataBase64: bytes.toString('base64') };
}
