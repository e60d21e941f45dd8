import type { ExportFile } from '../../shared/annotation-types';
import type { TableFormat, TableKind } from '../../shared/table-types';
import { ReaderError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { compareTable, revisionsTable, targetsTable, tasksTable } from './build-tables';
import type { TableModel } from './table-model';
import { buildXlsx } from './write-xlsx';

export interface TableExportRequest {
  table: TableKind;
  docId: number;
  withDocId?: number;
  moreDocIds?: number[];
  format: TableFormat;
  withSame?: boolean;
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function modelOf(ctx: CoreContext, r: TableExportRequest): TableModel {
  if (r.table === 'tasks') return tasksTable(ctx, r.docId);
  if (r.table === 'targets') return r.withDocId === undefined ? targetsTable(ctx, r.docId) : compareTable(ctx, [r.docId, r.withDocId, ...(r.moreDocIds ?? [])]);
  if (r.withDocId === undefined) {
    throw new ReaderError('bad_arguments', 'A revision table needs two documents (the second with withDocId / --with)', '修订对照表需要两份文件（请指定修改后的文件）');
  }
  return revisionsTable(ctx, r.docId, r.withDocId, r.withSame);
}

/** File names keep to what every file system accepts. */
function fileNameOf(model: TableModel, title: string, format: string): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
  return `${model.name}-${safe}.${format}`;
}

export async function exportTable(ctx: CoreContext, r: TableExportRequest): Promise<ExportFile & { bytes: Buffer }> {
  const model = modelOf(ctx, r);
  const bytes = r.format === 'xlsx' ? await buildXlsx(model) : await (await import('./write-docx')).buildTableDocx(model);
  const title = (ctx.db.prepare('SELECT title FROM documents WHERE id = ?').get(r.docId) as { title: string }).title;
  return { fileName: fileNameOf(model, title, r.format), mimeType: MIME[r.format], dataBase64: bytes.toString('base64'), count: model.rows.length, bytes };
}
