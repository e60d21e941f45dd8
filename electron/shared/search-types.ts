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
  /** Matching blocks (段) in this document (all of them, not only those in `hits`). */
  count: number;
}

/** How results are ordered: documents by relevance (best passages first inside each), by library order, or newest first. */
export type SearchSort = 'relevance' | 'document' | 'date';

/** One value of a facet, with how many matching blocks carry it. */
export interface SearchFacetValue {
  value: string;
  count: number;
}

/** Counts of the matching blocks by document, issuing body, year and kind (computed when asked for). */
export interface SearchFacets {
  issuer: SearchFacetValue[];
  year: SearchFacetValue[];
  kind: SearchFacetValue[];
}

export interface SearchResult {
  /** Matching blocks in the whole scope. */
  total: number;
  tookMs: number;
  /**
   * One page of hits (`offset`, `limit`), grouped: all hits of a document together, documents in
   * `docs` order, so the list reads top to bottom as it is shown.
   */
  hits: SearchHit[];
  /** Every document with a match, in result order, with its full count. */
  docs: SearchDocCount[];
  /** Position of `hits[0]` among all hits. */
  offset: number;
  sort: SearchSort;
  facets?: SearchFacets;
  /** The normalised terms the query was understood as. */
  terms: string[];
  excluded: string[];
}

/** Everything quick open (Ctrl+P) can jump to: documents and their headings. */
export interface QuickOpenEntries {
  documents: { docId: number; title: string }[];
  headings: { docId: number; blockId: number; level: number; title: string }[];
}
