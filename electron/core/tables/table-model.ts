import type { RevisionRun, TableKind } from '../../shared/table-types';

/** A table ready to be written as .xlsx or .docx: what the two writers share. */
export interface TableColumn {
  header: string;
  /** Width in characters (Excel's unit); the Word writer shares the page in proportion. */
  width: number;
  /** Numbers go into Excel as numbers. */
  numeric?: boolean;
  /** The fewest characters a line of it must hold in Word (default 2). */
  minChars?: number;
}

/** Text that links back to its paragraph in the app (policy-reader://open/doc/…/block/…). */
export interface LinkCell {
  text: string;
  link: string;
}

/** A cell: text, the runs of a revision (deletions struck through, insertions underlined), or a link back. */
export type TableCell = string | RevisionRun[] | LinkCell;

export interface TableModel {
  kind: TableKind;
  /** Sheet name and the start of the file name: 指标表, 任务分解表, 指标对照表, 修订对照表. */
  name: string;
  /** The heading over the table in Word: 《title》指标表. */
  title: string;
  /** The line under it: 文号 · 发文机关 · 日期, or the two documents compared. */
  subtitle: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Rows to mark as differing (the comparison's differences), by index. */
  highlighted?: ReadonlySet<number>;
}
