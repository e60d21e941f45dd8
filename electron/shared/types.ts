// Domain types shared by core, main, preload, CLI, server and renderer.
// Plain data only: everything here crosses IPC and HTTP as JSON.

export type BlockKind = 'heading' | 'paragraph';

export interface DocumentSummary {
  id: number;
  title: string;
  /** Original file name as imported. */
  source: string;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  /** When it takes effect (施行), where the text says; absent when unknown. */
  effectiveOn?: string;
  /** 文种 (规划, 实施方案 …), as the user or the import named it. */
  kind: string | null;
  /** Where this copy came from, a code of shared/source-kinds.ts (pdf-extraction, newspaper …). */
  sourceKind: string | null;
  /** The 文集 (collections) the document is in. */
  collections: string[];
  chars: number;
  blockCount: number;
  importedAt: string;
  /** Version group: documents that are publications of the same work share it. */
  workId: number | null;
  /** 0..1, how much of the work this copy holds (set by version grouping). */
  completeness: number | null;
}

export interface DocumentDetail extends DocumentSummary {
  /** Clean-ups applied while building the reading text, as stable codes. */
  cleanups: Cleanup[];
  encoding: string;
  format: string;
}

export interface Cleanup {
  code: string;
  count: number;
}

export interface Block {
  blockId: number;
  kind: BlockKind;
  level: number;
  text: string;
}

export interface TocEntry {
  blockId: number;
  level: number;
  title: string;
}

export interface ImportResult {
  file: string;
  ok: boolean;
  docId?: number;
  title?: string;
  /** Set when the same content was already in the library. */
  duplicateOf?: number;
  error?: ErrorInfo;
}

export interface ErrorInfo {
  code: string;
  message: string;
  messageZh: string;
}

export type { SearchHit, SearchResult } from './search-types';

export interface Original {
  docId: number;
  text: string;
  encoding: string;
  format: string;
}
