// Types of version comparison and related passages (issue 6). Plain JSON data.

export type PairKind = 'same' | 'changed' | 'added' | 'removed' | 'moved';
/** How the blocks of a pair correspond: one to one, one split into several, several merged into one. */
export type PairShape = 'one' | 'split' | 'merged' | 'regrouped';
export type DiffOpKind = 'equal' | 'delete' | 'insert';

export interface DiffOp {
  op: DiffOpKind;
  /** Text of document A for equal and delete, of document B for insert. */
  text: string;
}

/** A changed character range inside one block's text: [start, end). */
export interface BlockMark {
  blockId: number;
  start: number;
  end: number;
}

export interface AlignedPair {
  /** First block of the pair in document A, or null when the text exists only in B. */
  a: number | null;
  b: number | null;
  aBlocks: number[];
  bBlocks: number[];
  kind: PairKind;
  shape: PairShape;
  /** 0..1: how much of the two sides' text is the same. */
  score: number;
  /** Only the heading or item number differs (三、 → 四、). */
  renumbered?: boolean;
  /** This side is where its document breaks off (a partial copy): the rest of the pair is missing there. */
  cutOff?: 'a' | 'b';
  /** Character-level differences, for changed and moved pairs. */
  diff?: DiffOp[];
  /** Deleted characters in A's blocks, inserted characters in B's blocks. */
  aMarks?: BlockMark[];
  bMarks?: BlockMark[];
}

export type DifferenceKind = 'insert' | 'delete' | 'change' | 'added' | 'removed' | 'moved';

/** One place where the versions differ, in reading order: what the reader steps through. */
export interface Difference {
  index: number;
  pairIndex: number;
  kind: DifferenceKind;
  aText: string;
  bText: string;
  /** Where it is in A (an insertion has an empty range at the place it goes), null if nowhere. */
  aAt: BlockMark | null;
  bAt: BlockMark | null;
}

export interface CompareSummary {
  same: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
  split: number;
  merged: number;
  renumbered: number;
  differences: number;
  /** 0..1 over the whole texts (whitespace and punctuation width ignored). */
  similarity: number;
  aChars: number;
  bChars: number;
  tookMs: number;
}

export interface Comparison {
  a: { docId: number; title: string };
  b: { docId: number; title: string };
  summary: CompareSummary;
  pairs: AlignedPair[];
  differences: Difference[];
}

export interface RelatedPassage {
  docId: number;
  docTitle: string;
  /** First block of the passage and all of its blocks. */
  blockId: number;
  blockIds: number[];
  /** The heading the passage sits under, if any. */
  section: string | null;
  text: string;
  /** Cosine similarity of character-bigram TF-IDF vectors, 0..1. */
  score: number;
  /** The passage is (nearly) the same text: another publication of the same passage. */
  nearDuplicate: boolean;
}

export interface RelatedResult {
  /** The text that was matched (the paragraph, or the section when a heading was given). */
  query: string;
  passages: RelatedPassage[];
  tookMs: number;
}
