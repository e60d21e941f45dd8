// Annotation domain types (issue 7). Plain data: everything here crosses IPC and HTTP as JSON.

export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'red', 'purple'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];
export type AnnotationStyle = 'highlight' | 'underline';
/** attached: at its place; fuzzy: re-attached where the wording changed a little; detached: not found. */
export type AnchorStatus = 'attached' | 'fuzzy' | 'detached';

/** A position in a document: a block and a UTF-16 offset into its text. */
export interface AnchorPoint {
  blockId: number;
  offset: number;
}

export interface Annotation {
  uuid: string;
  /** null when the document was deleted; docTitle still names it. */
  docId: number | null;
  docTitle: string;
  /** null while detached. */
  start: AnchorPoint | null;
  end: AnchorPoint | null;
  /** The highlighted text; blocks are joined by "\n". */
  quote: string;
  prefix: string;
  suffix: string;
  color: AnnotationColor;
  style: AnnotationStyle;
  note: string;
  tags: string[];
  status: AnchorStatus;
  /** Headings above the start block, outermost first; empty when detached. */
  chapterPath: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ColorMeaning {
  color: AnnotationColor;
  hex: string;
  meaning: string;
}

/**
 * The colours' default look and meaning: what a new library starts with (migration 004 wrote the same
 * rows; test/core/db-migrations.test.ts checks they agree) and what is shown until the library answers.
 */
export const DEFAULT_COLORS: readonly ColorMeaning[] = [
  { color: 'yellow', hex: '#FFE77A', meaning: '重点' },
  { color: 'green', hex: '#A8E6A1', meaning: '目标' },
  { color: 'blue', hex: '#A9D4FF', meaning: '任务' },
  { color: 'red', hex: '#FFB3B3', meaning: '存疑' },
  { color: 'purple', hex: '#D9C2F0', meaning: '引用' },
];

export interface TagCount {
  name: string;
  count: number;
}

/** Which annotations: every given criterion must hold. */
export interface AnnotationFilter {
  uuids?: string[];
  docId?: number;
  colors?: AnnotationColor[];
  tags?: string[];
  /** Substring of the quote, the note or a tag. */
  text?: string;
  status?: AnchorStatus[];
}

export type ExportFormat = 'docx' | 'md' | 'json';
/** excerpts: one excerpt per paragraph; sections: the whole section with highlights inline. */
export type ExportLayout = 'excerpts' | 'sections';

/** A file for the client to save (browser: Blob download; desktop: save dialog). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  count: number;
}

export interface ReanchorReport {
  total: number;
  /** Found exactly where it was or where its quote is. */
  exact: number;
  /** Re-attached where the wording changed a little. */
  fuzzy: number;
  /** Kept, but not found in the text. */
  detached: number;
}

export interface PackImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Of the added or updated annotations, those whose place could not be found. */
  detached: number;
  /** Titles of pack documents that are not in this library; their annotations are kept and attach when it is imported. */
  missingDocuments: string[];
}
