// The tables officials make from plans (issue 15): 指标 targets, 任务 tasks, 修订对照表 revisions, and their exports.
import { z } from 'zod';
import type { ExportFile } from '../annotation-types';
import type { RevisionTable, TargetComparison, TargetRow, TargetsAcross, TaskRow } from '../table-types';
import { COMPARATORS } from '../table-types';
import { id, method } from '../method';

const text = (max: number) => z.string().max(max);

/** A target row as the user corrected it. */
export const targetCorrection = z
  .object({
    indicator: text(200),
    value: text(50),
    unit: text(50),
    comparator: z.enum(COMPARATORS as [TargetRow['comparator'], ...TargetRow['comparator'][]]),
    year: z.number().int().min(1900).max(2200).nullable(),
    kind: z.enum(['target', 'baseline']),
  })
  .strict();

/** A task row as the user corrected it. */
export const taskCorrection = z
  .object({
    path: text(50),
    title: text(500),
    lead: z.array(text(200)).max(50),
    partners: z.array(text(200)).max(100),
    deadline: text(100).nullable(),
  })
  .strict();

export const tablesMethods = {
  /** Every quantitative statement of a document (the user's corrections applied). */
  documentTargets: method<TargetRow[]>()(z.object({ docId: id }).strict()),
  /** The numbered tasks of a document (the user's corrections applied). */
  documentTasks: method<TaskRow[]>()(z.object({ docId: id }).strict()),
  /** The targets of two documents side by side, indicator by indicator. */
  compareTargets: method<TargetComparison>()(z.object({ a: id, b: id }).strict()),
  /** The targets of several documents (2–4) side by side: the 指标对照 view. */
  compareTargetsAcross: method<TargetsAcross>()(z.object({ docIds: z.array(id).min(2).max(4) }).strict()),
  /** The 修订对照表 of two versions: one row per aligned paragraph (unchanged ones with withSame). */
  revisionTable: method<RevisionTable>()(z.object({ a: id, b: id, withSame: z.boolean().optional() }).strict()),
  /**
   * A table as an .xlsx or .docx file. `withDocId` is the second document (targets compared, revisions);
   * `moreDocIds` more documents for the targets compared (up to four in all).
   */
  exportTable: method<ExportFile>()(
    z
      .object({
        table: z.enum(['targets', 'tasks', 'revisions']),
        docId: id,
        withDocId: id.optional(),
        moreDocIds: z.array(id).max(2).optional(),
        format: z.enum(['xlsx', 'docx']),
        withSame: z.boolean().optional(),
      })
      .strict(),
  ),
  /**
   * Keep a correction of a row: the row is the `ordinal`-th row read from block `blockId` (0 for tasks).
   * `row: null` removes the row from the table; the correction is kept across re-import (anchored by the block's text).
   */
  correctTargetRow: method<TargetRow[]>()(
    z.object({ docId: id, blockId: id, ordinal: z.number().int().min(0).max(1000), row: targetCorrection.nullable() }).strict(),
    { mutates: ['annotation'] },
  ),
  correctTaskRow: method<TaskRow[]>()(
    z.object({ docId: id, blockId: id, row: taskCorrection.nullable() }).strict(),
    { mutates: ['annotation'] },
  ),
  /** Drop the corrections of a table of a document: back to what extraction reads. */
  resetTableCorrections: method<{ removed: number }>()(
    z.object({ docId: id, table: z.enum(['targets', 'tasks']) }).strict(),
    { mutates: ['annotation'] },
  ),
};
