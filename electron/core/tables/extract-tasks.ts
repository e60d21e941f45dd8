import type { TaskRow } from '../../shared/table-types';
import { headingRank } from '../../shared/chapter-path';
import type { SourceBlock } from './extract-targets';
import { numberingOf, type Numbering } from './numbering';
import { taskDeadline, taskUnits } from './task-fields';

interface Item {
  /** Index of the block with the number. */
  at: number;
  numbering: Numbering;
  chapter: string;
  section: string;
  /** Indexes of the blocks of its text. */
  blocks: number[];
}

/** Where a block sits among the numbers: what it opens, if anything. */
function walk(blocks: readonly SourceBlock[]): Item[] {
  const items: Item[] = [];
  let chapter = '';
  let section = '';
  let lastN = 0;
  /** The item being read, and the heading rank that ends it (0: a paragraph item, ended by any heading). */
  let open: { item: Item; rank: number } | null = null;
  blocks.forEach((block, i) => {
    const rank = headingRank(block);
    const numbering = numberingOf(block.text, block.kind === 'heading');
    // A number without its dot counts only where the count goes on (3 after 2).
    const accepted = numbering && !(numbering.level === 'item' && numbering.dotless && numbering.n !== lastN + 1) ? numbering : null;
    if (accepted?.level === 'chapter') [chapter, section, lastN] = [accepted.label, '', 0];
    if (accepted?.level === 'section') [section, lastN] = [accepted.label, 0];
    if (accepted?.level === 'item') {
      const item: Item = { at: i, numbering: accepted, chapter, section, blocks: [i] };
      items.push(item);
      lastN = accepted.n;
      open = { item, rank };
      return;
    }
    if (accepted || (open && rank > 0 && (open.rank === 0 || rank <= open.rank))) open = null;
    if (open && !accepted) open.item.blocks.push(i);
  });
  return items;
}

/** 1.推进规划一体化。统筹… → 推进规划一体化 */
function titleOf(text: string): string {
  const m = /^[^。！？；;!?\n]*/u.exec(text);
  return (m ? m[0] : text).trim();
}

/** Every numbered task of a plan, read from its structure: numbered items (1. 2. 3.) under actions, sections or chapters. */
export function extractTasks(blocks: readonly SourceBlock[]): TaskRow[] {
  const items = walk(blocks);
  const chapters = new Set(items.map((it) => it.chapter));
  const withChapter = new Set(items.map((it) => it.section)).size < new Set(items.map((it) => `${it.chapter}${it.section}`)).size;
  return items.map((it) => {
    const first = blocks[it.at]!.text;
    const text = it.blocks.map((i) => blocks[i]!.text.trim()).join('\n');
    const units = taskUnits(text);
    const path = `${withChapter || (chapters.size > 1 && !it.section) ? it.chapter : ''}${it.section}${it.numbering.label}`;
    return {
      blockId: blocks[it.at]!.id,
      path,
      title: titleOf(first.slice(it.numbering.length)),
      text,
      lead: units.lead,
      partners: units.partners,
      deadline: taskDeadline(text),
    };
  });
}
