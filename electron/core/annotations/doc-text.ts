import type { CoreContext } from '../context';
import { chapterPathsOf } from '../../shared/chapter-path';
import { blocksInOrder } from '../data/blocks';

export interface TextBlock {
  id: number;
  seq: number;
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
}

/**
 * A document's reading text as one string, blocks joined by "\n", with the way back from a
 * position in that string to (block, offset). Anchors are located in this string.
 */
export interface DocText {
  docId: number;
  blocks: TextBlock[];
  text: string;
  /** starts[i] = position of blocks[i] in text. */
  starts: number[];
  indexOfBlock: Map<number, number>;
}

export const BLOCK_SEPARATOR = '\n';

export function loadDocText({ db }: CoreContext, docId: number): DocText {
  return buildDocText(docId, blocksInOrder(db, docId));
}

export function buildDocText(docId: number, blocks: TextBlock[]): DocText {
  const starts: number[] = [];
  const indexOfBlock = new Map<number, number>();
  let pos = 0;
  blocks.forEach((b, i) => {
    starts.push(pos);
    indexOfBlock.set(b.id, i);
    pos += b.text.length + BLOCK_SEPARATOR.length;
  });
  return { docId, blocks, text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), starts, indexOfBlock };
}

/** Position in the joined text of (block, offset), or null when the block is not in this document. */
export function toGlobal(doc: DocText, blockId: number, offset: number): number | null {
  const i = doc.indexOfBlock.get(blockId);
  if (i === undefined || offset > doc.blocks[i]!.text.length) return null;
  return doc.starts[i]! + offset;
}

/** (block index, offset) of a position in the joined text; a separator position maps to its block's end. */
export function fromGlobal(doc: DocText, pos: number): { index: number; offset: number } {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const offset = Math.min(pos - (doc.starts[lo] ?? 0), doc.blocks[lo]?.text.length ?? 0);
  return { index: lo, offset };
}

/**
 * The global range [start, end) as block anchors. A range never starts on a separator or at the very end
 * of a block (it moves to the next block's start) and never ends at a block's start (it moves back).
 */
export function toAnchor(doc: DocText, start: number, end: number) {
  let s = fromGlobal(doc, start);
  if (s.offset === doc.blocks[s.index]!.text.length && s.index + 1 < doc.blocks.length && start < end) {
    s = { index: s.index + 1, offset: 0 };
  }
  let e = fromGlobal(doc, end);
  if (e.offset === 0 && e.index > s.index) e = { index: e.index - 1, offset: doc.blocks[e.index - 1]!.text.length };
  return {
    start: { blockId: doc.blocks[s.index]!.id, offset: s.offset },
    end: { blockId: doc.blocks[e.index]!.id, offset: e.offset },
    /** The range after these adjustments, as positions in the joined text. */
    from: doc.starts[s.index]! + s.offset,
    to: doc.starts[e.index]! + e.offset,
  };
}

/** The chapter path of each block (the rule: shared/chapter-path.ts). */
export function chapterPaths(blocks: TextBlock[]): string[][] {
  return chapterPathsOf(blocks).map((path) => path.map((h) => h.text));
}
