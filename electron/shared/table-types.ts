// Types of the tables made from plans (issue 15): 指标 targets, 任务 tasks, 修订对照表 revisions. Plain JSON data.

/** `>=` 以上/突破/不低于, `<=` 以下/不超过/以内, `>` 超过/高于, `<` 低于, `~` 左右/约, `=` otherwise. */
export type Comparator = '>=' | '<=' | '>' | '<' | '=' | '~';
export const COMPARATORS: readonly Comparator[] = ['>=', '<=', '>', '<', '=', '~'];

/** A stated goal, or a present fact / starting point (发展基础, 2021年…达到…). */
export type TargetKind = 'target' | 'baseline';

/** One quantitative statement of a document. */
export interface TargetRow {
  /** The paragraph (or heading) it is read from. */
  blockId: number;
  /** The thing measured, e.g. 城镇化率, 单位GDP能耗下降. */
  indicator: string;
  /** The number as written, e.g. 2.5, 10000. */
  value: string;
  /** As written: %, 万亿元, μg/m3, 公里/平方公里 … (empty when the text names none). */
  unit: string;
  comparator: Comparator;
  /** The year it is set for (到2025年) or stated at (2021年); null when the text names none. */
  year: number | null;
  kind: TargetKind;
  /** The sentence it comes from. */
  text: string;
  /** Its place among the rows read from the same block (what a correction names, with the block). */
  ordinal?: number;
  /** The user corrected this row (a kept correction replaced what was extracted). */
  corrected?: boolean;
}

/** One numbered task of a plan. */
export interface TaskRow {
  /** The block that carries the task's number. */
  blockId: number;
  /** Numbering path, e.g. （一）1. */
  path: string;
  /** The first sentence, without the number. */
  title: string;
  /** The full text of the item (number included, following paragraphs joined by newlines). */
  text: string;
  /** 牵头单位 / 责任单位; empty when the text names none. */
  lead: string[];
  /** 配合单位; empty when the text names none. */
  partners: string[];
  /** 完成时限 as written, e.g. 2023年底前; null when the text names none. */
  deadline: string | null;
  ordinal?: number;
  corrected?: boolean;
}

/** The same indicator in two documents; `a` or `b` is null when only one of them sets it. */
export interface TargetPair {
  indicator: string;
  a: TargetRow | null;
  b: TargetRow | null;
  /** Both present and value, unit, comparator or year differ. */
  differs: boolean;
}

export interface TargetComparison {
  a: { docId: number; title: string };
  b: { docId: number; title: string };
  pairs: TargetPair[];
}

/** One indicator across several documents: its row in each (null where a document does not set it). */
export interface AlignedTarget {
  indicator: string;
  cells: (TargetRow | null)[];
  /** Two or more documents set it, not all alike (value, unit, comparator or year). */
  differs: boolean;
}

/** The targets of several documents (2–4), indicator by indicator. */
export interface TargetsAcross {
  docs: { docId: number; title: string }[];
  rows: AlignedTarget[];
}

/** A run of a revision row's text: kept, deleted (only in 原文) or inserted (only in 修改后). */
export interface RevisionRun {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One aligned paragraph of two versions: 原文 | 修改后. */
export interface RevisionRow {
  kind: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  aBlockId: number | null;
  bBlockId: number | null;
  /** Runs of the old text (equal + delete). */
  before: RevisionRun[];
  /** Runs of the new text (equal + insert). */
  after: RevisionRun[];
}

export interface RevisionTable {
  a: { docId: number; title: string };
  b: { docId: number; title: string };
  rows: RevisionRow[];
}

export type TableKind = 'targets' | 'tasks' | 'revisions';
export type TableFormat = 'xlsx' | 'docx';
