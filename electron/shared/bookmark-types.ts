/** A place in a document the reader marked to come back to. */
export interface Bookmark {
  id: number;
  docId: number;
  docTitle: string;
  /** null: the top of the document (or a block a re-import replaced). */
  blockId: number | null;
  /** Where it is, in words: the section heading and the start of the paragraph. */
  label: string;
  createdAt: string;
}
