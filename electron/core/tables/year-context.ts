import type { TargetKind } from '../../shared/table-types';

/** A year a sentence speaks of, and whether it looks ahead (a target) or states a fact. */
export interface YearMention {
  year: number;
  kind: TargetKind;
  /** Where the mention starts in the sentence. */
  at: number;
}

// 到2025年 / 至2025年 / 力争2025年 / 2025年前 / 2023年底前: a year to reach. 较2019年 / 比2020年 / 由2020年的 / 以2020年为基数:
// a point of reference, which governs nothing. A bare 2021年 at the head of a sentence: the year of the facts it states
// (or of targets, when it lies after the year the document was issued).
const YEAR = /(到|至|力争|争取|预计|计划|截至|截止|较|比|由|以|与|[—\-–～~])?\s*(?:到|在)?\s*((?:19|20|21)\d\d)\s*年(?:底|末|初)?(前|以前|之前)?/gu;
const AHEAD = new Set(['到', '至', '力争', '争取', '预计', '计划']);
const REFERENCE = new Set(['较', '比', '由', '以', '与', '—', '-', '–', '～', '~']);

export function yearMentionsIn(sentence: string, issuedYear: number | null): YearMention[] {
  const out: YearMention[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const lead = m[1] ?? '';
    if (REFERENCE.has(lead)) continue;
    const year = Number(m[2]);
    // 截至2021年底 is a fact; a year to reach; a bare year: ahead only when later than the document's own year.
    const ahead = lead === '截至' || lead === '截止' ? false : AHEAD.has(lead) || Boolean(m[3]) || (issuedYear !== null && year > issuedYear);
    out.push({ year, kind: ahead ? 'target' : 'baseline', at: m.index });
  }
  return out;
}

/** Headings that introduce facts (发展基础, 现状) or goals (发展目标, 主要指标). */
export function kindOfSection(headings: readonly string[]): TargetKind | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    if (/(?:发展|现实|工作|良好)基础|基础条件|现状|回顾|成就|成效|进展|发展环境|形势/.test(h)) return 'baseline';
    if (/目标|指标|预期/.test(h)) return 'target';
  }
  return null;
}

/** Words that state what has been done: 已, 累计, 比上年, 同比. */
export function soundsDone(sentence: string): boolean {
  return /已经|已|累计|比上年|同比|较上年|完成了|达到了/.test(sentence);
}

/**
 * The year carried through a document: a year to reach governs the rest of its paragraph and the following
 * paragraphs up to the next heading (a heading's own year governs its section); a fact year only its paragraph.
 */
export class YearCarry {
  private section: { year: number; kind: TargetKind; rank: number } | null = null;
  private paragraph: { year: number; kind: TargetKind } | null = null;

  /** A heading: it ends what it closes, and a year to reach in it (or any year in a heading of goals: 2025年主要目标) governs its section. */
  heading(rank: number, mentions: YearMention[], goals: boolean): void {
    this.paragraph = null;
    if (this.section && rank <= this.section.rank) this.section = null;
    const ahead = mentions.find((m) => m.kind === 'target') ?? (goals ? mentions[0] : undefined);
    if (ahead) this.section = { year: ahead.year, kind: 'target', rank };
  }

  /** Called for each sentence of a paragraph in order; returns the year in force for it. */
  sentence(mentions: YearMention[]): { year: number; kind: TargetKind } | null {
    // 2020年为75%，到2025年达到80%: the year to reach is what carries on.
    const ahead = mentions.filter((m) => m.kind === 'target').at(-1);
    if (ahead) {
      // A paragraph's year to reach carries to the next heading: the section's rank is "below every heading".
      this.section = { year: ahead.year, kind: 'target', rank: Infinity };
      this.paragraph = null;
    } else if (mentions[0]) this.paragraph = { year: mentions[0].year, kind: 'baseline' };
    return this.paragraph ?? this.section;
  }

  endParagraph(): void {
    this.paragraph = null;
  }
}
