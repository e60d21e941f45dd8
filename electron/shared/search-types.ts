// Search results as they cross every door (IPC, HTTP, CLI JSON). Plain data only.

/** [start, end) character offsets into a string, end exclusive. */
export type TextRange = [number, number];

export interface SearchHit {
  docId: number;
  blockId: number;
  /** A window of the block's reading text around the first match (the whole text for headings). */
  snippet: string;
  /** Every match of a query term inside `snippet`, sorted, non-overlapping. Render as text, never HTML. */
  highlights: TextRange[];
  kind: 'heading' | 'paragraph';
  level: number;
  /** Titles of the headings this block sits under, outermost first. */
  path: string[];
  score: number;
}

export interface SearchDocCount {
  docId: number;
  title: string;
  /** Matching blocks in this document (all of them, not only those in `hits`). */
  count: number;
}

export interface SearchResult {
  /** Matching blocks in the whole scope. */
  total: number;
  tookMs: number;
  /** The best `limit` hits, best first. */
  hits: SearchHit[];
  /** Every document with a match, best first, with its full count. */
  docs: SearchDocCount[];
  /** The normalised terms the query was understood as. */
  terms: string[];
  excluded: string[];
}

/** Everything quick open (Ctrl+P) can jump to: documents and their headings. */
export interface QuickOpenEntries {
  documents: { docId: number; title: string }[];
  headings: { docId: number; blockId: number; level: number; title: string }[];
}
