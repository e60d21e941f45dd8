import { enclosingHeadings, headingRank } from '../../../electron/shared/chapter-path';
import type { Block } from '../../../electron/shared/types';

export interface OutlineNode {
  /** Index of the heading in `blocks`. */
  index: number;
  block: Block;
  children: OutlineNode[];
}

/**
 * Everything the reader derives from a document's blocks. The outline, the breadcrumb,
 * scroll-spy and presentation sections all come from here, so they can never disagree
 * with the text.
 */
export interface DocumentModel {
  blocks: Block[];
  indexOf: Map<number, number>;
  /** Indexes (into blocks) of all headings, in reading order. */
  headingIndexes: number[];
  /** For every block: index of the nearest heading at or before it, or -1 before the first heading. */
  sectionOf: Int32Array;
  /** For every heading index: index of its parent heading, or -1. */
  parentOf: Map<number, number>;
  outline: OutlineNode[];
}

export function buildModel(blocks: Block[]): DocumentModel {
  const indexOf = new Map<number, number>();
  const headingIndexes: number[] = [];
  const sectionOf = new Int32Array(blocks.length);
  const parentOf = new Map<number, number>();
  const outline: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  let section = -1;
  blocks.forEach((block, i) => {
    indexOf.set(block.blockId, i);
    if (block.kind === 'heading') {
      section = i;
      headingIndexes.push(i);
      while (stack.length > 0 && stack[stack.length - 1]!.block.level >= block.level) stack.pop();
      const node: OutlineNode = { index: i, block, children: [] };
      const parent = stack[stack.length - 1];
      parentOf.set(i, parent ? parent.index : -1);
      (parent ? parent.children : outline).push(node);
      stack.push(node);
    }
    sectionOf[i] = section;
  });
  return { blocks, indexOf, headingIndexes, sectionOf, parentOf, outline };
}

/** The headings enclosing block `index`, outermost first (the rule: shared/chapter-path.ts). */
export function chapterPath(model: DocumentModel, index: number): Block[] {
  return enclosingHeadings((i) => headingRank(model.blocks[i]!), index).map((i) => model.blocks[i]!);
}

/** Index of the next (dir 1) or previous (dir -1) heading from block `index`; `maxLevel` limits to outer headings. */
export function adjacentHeading(model: DocumentModel, index: number, dir: 1 | -1, maxLevel = Infinity): number | null {
  const candidates = model.headingIndexes.filter((h) => model.blocks[h]!.level <= maxLevel);
  if (dir === 1) return candidates.find((h) => h > index) ?? null;
  // Going back from inside a section first returns to that section's own heading.
  const before = candidates.filter((h) => h < index);
  return before.length > 0 ? before[before.length - 1]! : null;
}

/** Sections for presentation: [start, end) block ranges, each starting at a heading (or the document start). */
export function sections(model: DocumentModel): { start: number; end: number }[] {
  const starts = model.headingIndexes.slice();
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? model.blocks.length }));
}
