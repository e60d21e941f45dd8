// Types for import, document metadata and version groups (works).

/** One copy of a work, with how much of the work's known text it holds. */
export interface VersionEntry {
  docId: number;
  title: string;
  source: string;
  kind: string | null;
  chars: number;
  /** 0..1: share of the work's text (as known from all its copies) found in this copy. */
  completeness: number;
}

export interface Versions {
  /** null when no other copy of this document is in the library. */
  workId: number | null;
  workTitle: string;
  versions: VersionEntry[];
}

export interface MetadataPatch {
  title?: string;
  issuer?: string | null;
  docNumber?: string | null;
  issuedOn?: string | null;
}
