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

interface Walked {
  items: Item[];
  /** Numbered sections （一） with no numbered item under them: a task themselves where they name who leads. */
  bareSections: Item[];
}

/** Where each block sits among the numbers: the items (1. 2. 3.) with their text, and the sections without items. */
function walk(blocks: readonly SourceBlock[]): Walked {
  const items: Item[] = [];
  const sections: { item: Item; rank: number; hasItems: boolean }[] = [];
  let chapter = '';
  let section = '';
  let lastN = 0;
  /** The item being read, and the heading rank that ends it (0: a paragraph item, ended by any heading). */
  let open: { item: Item; rank: number } | null = null;
  let openSection: { item: Item; rank: number; hasItems: boolean } | null = null;
  const ends = (o: { rank: number }, rank: number) => rank > 0 && (o.rank === 0 || rank <= o.rank);
  blocks.forEach((block, i) => {
    const rank = headingRank(block);
    const numbering = numberingOf(block.text, block.kind === 'heading');
    // A number without its dot counts only where the count goes on (3 after 2).
    const accepted = numbering && !(numbering.level === 'item' && numbering.dotless && numbering.n !== lastN + 1) ? numbering : null;
    if (openSection && (accepted?.level === 'chapter' || accepted?.level === 'section' || ends(openSection, rank))) openSection = null;
    if (accepted?.level === 'chapter') [chapter, section, lastN] = [accepted.label, '', 0];
    if (accepted?.level === 'section') {
      [section, lastN] = [accepted.label, 0];
      openSection = { item: { at: i, numbering: accepted, chapter, section: '', blocks: [] }, rank, hasItems: false };
      sections.push(openSection);
    }
    if (openSection) {
      openSection.item.blocks.push(i);
      if (accepted?.level === 'item') openSection.hasItems = true;
    }
    if (accepted?.level === 'item') {
      const item: Item = { at: i, numbering: accepted, chapter, section, blocks: [i] };
      items.push(item);
      lastN = accepted.n;
      open = { item, rank };
      return;
    }
    if (accepted || (open && ends(open, rank))) open = null;
    if (open && !accepted) open.item.blocks.push(i);
  });
  const textOf = (it: Item) => it.blocks.map((i) => blocks[i]!.text).join('\n');
  const bareSections = sections.filter((x) => !x.hasItems && taskUnits(textOf(x.item)).lead.length > 0).map((x) => x.item);
  return { items, bareSections };
}

/** 1.推进规划一体化。统筹… → 推进规划一体化 */
function titleOf(text: string): string {
  const m = /^[^。！？；;!?\n]*/u.exec(text);
  return (m ? m[0] : text).trim();
}

/** Every numbered task of a plan, read from its structure: numbered items (1. 2. 3.) under actions, sections or chapters. */
export function extractTasks(blocks: readonly SourceBlock[]): TaskRow[] {
  const walked = walk(blocks);
  const items = [...walked.items, ...walked.bareSections].sort((x, y) => x.at - y.at);
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
