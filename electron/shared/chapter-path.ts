/**
 * The chapter path: one rule for search results, annotations, exports and the reader.
 *
 * A block's chapter path is the headings that enclose it, outermost first. A heading encloses the
 * blocks after it up to the next heading of the same or an outer level (a level number ≤ its own);
 * a heading is part of its own path. Where the path is shown beside the document's title (citations,
 * the annotation list, the breadcrumb), a heading that only repeats that title is left out
 * (`withoutTitle`).
 */

/** The rank of a block in the rule: 0 for a paragraph, its level (at least 1) for a heading. */
export function headingRank(block: { kind: string; level: number }): number {
  return block.kind === 'heading' ? Math.max(1, block.level) : 0;
}

/**
 * Indexes of the headings enclosing block `index`, outermost first, walking back from it.
 * `rankAt(i)` is headingRank of block i.
 */
export function enclosingHeadings(rankAt: (index: number) => number, index: number): number[] {
  const path: number[] = [];
  let ceiling = Infinity;
  for (let i = index; i >= 0 && ceiling > 1; i--) {
    const rank = rankAt(i);
    if (rank > 0 && rank < ceiling) {
      path.push(i);
      ceiling = rank;
    }
  }
  return path.reverse();
}

/** The chapter path of every block at once, in one pass (the same rule as enclosingHeadings). */
export function chapterPathsOf<T extends { kind: string; level: number }>(blocks: readonly T[]): T[][] {
  const stack: T[] = [];
  return blocks.map((b) => {
    const rank = headingRank(b);
    if (rank > 0) {
      while (stack.length > 0 && headingRank(stack[stack.length - 1]!) >= rank) stack.pop();
      stack.push(b);
    }
    return stack.slice();
  });
}

/** Index of the last of `headings` (in reading order) at or before block `seq`; -1 if none is. */
export function headingAtOrBefore(headings: readonly { seq: number }[], seq: number): number {
  let lo = 0; // headings before or at seq
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (headings[mid]!.seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The path as shown beside the document's title: without a heading that repeats the title. */
export function withoutTitle(path: readonly string[], title: string | null | undefined): string[] {
  return path.filter((t) => t !== title);
}
