import type { TargetKind, TargetRow } from '../../shared/table-types';
import { chapterPathsOf, headingRank } from '../../shared/chapter-path';
import { clean, nameAfter, nameBefore, partOfName, shorten, splitList } from './indicator-name';
import { comparatorOf, quantitiesIn } from './quantity';
import { clausesOf, sentencesOf } from './sentences';
import { kindOfSection, soundsDone, YearCarry, yearMentionsIn, type YearMention } from './year-context';

export interface SourceBlock {
  id: number;
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
}

interface Context {
  blockId: number;
  sentence: string;
  carried: { year: number; kind: TargetKind } | null;
  section: TargetKind | null;
  mentions: YearMention[];
}

/** Every quantitative statement of a document, in reading order, one row per value. */
export function extractTargets(blocks: readonly SourceBlock[], issuedYear: number | null = null): TargetRow[] {
  const paths = chapterPathsOf(blocks);
  const carry = new YearCarry();
  const rows: TargetRow[] = [];
  blocks.forEach((block, i) => {
    const section = kindOfSection(paths[i]!.filter((h) => h !== block).map((h) => h.text));
    if (block.kind === 'heading') {
      carry.heading(headingRank(block), yearMentionsIn(block.text, issuedYear), kindOfSection([block.text]) === 'target');
      return;
    }
    for (const s of sentencesOf(block.text)) {
      const mentions = yearMentionsIn(s.text, issuedYear);
      const carried = carry.sentence(mentions);
      rows.push(...targetsOfSentence({ blockId: block.id, sentence: s.text, carried, section, mentions }));
    }
    carry.endParagraph();
  });
  return rows;
}

function targetsOfSentence(ctx: Context): TargetRow[] {
  const rows: TargetRow[] = [];
  let lastName = '';
  let lastList: string[] | null = null;
  for (const clause of clausesOf(ctx.sentence)) {
    const found = quantitiesIn(clause.text);
    const clauseRows: { row: TargetRow; subject: string; change: string; inherited: boolean }[] = [];
    let from = 0;
    let respectively: string | null = null;
    found.forEach((q, k) => {
      const before = clause.text.slice(from, q.start);
      const after = clause.text.slice(q.end);
      const next = found[k + 1];
      if (next && partOfName(before, clause.text.slice(q.end, next.start))) return;
      const { comparator, suffixLength } = comparatorOf(before, after);
      from = q.end + suffixLength;
      const parts = nameBefore(before);
      let subject = parts.subject;
      let inherited = false;
      // 形成3个世界级产业集群: what is counted is named after the value (else before the verb: 投资安排5000亿元).
      if (parts.counting) subject = nameAfter(after.slice(suffixLength)) || subject;
      // 分别占全省的38.8%、…: the items of the list before, each with the rest of these words.
      if (k === 0 && /^分别/u.test(subject) && lastList?.length === found.length) respectively = clean(subject.slice(2));
      if (respectively !== null && lastList && (k === 0 || !subject)) subject = lastList[k] + respectively;
      let change = parts.change;
      if (!subject && k > 0 && clauseRows.length > 0) {
        const previous = clauseRows[clauseRows.length - 1]!;
        subject = previous.subject;
        // x、y和z: more values of a list (another row each); 从x提高到y: the same measure again.
        inherited = /^[、和及与\s]*$/u.test(before);
        if (inherited && !change) change = previous.change;
      } else if (!subject && (parts.change || parts.verb)) subject = lastName;
      // A name of one character (有, 率) is a broken clause, not an indicator.
      if ([...subject].length < 2) return;
      const indicator = `${subject}${change}`;
      const kind = kindOf(ctx, clause.start + q.start, before, found.length > k + 1);
      const year = yearOf(ctx, clause.start + q.start, before);
      clauseRows.push({
        row: { blockId: ctx.blockId, indicator, value: q.value, unit: q.unit, comparator, year, kind, text: ctx.sentence.trim() },
        subject,
        change,
        inherited,
      });
    });
    // A、B和C达到x、y、z: one name per value.
    const listed = clauseRows.filter((r, k) => k === 0 || r.inherited);
    const names = listed.length === clauseRows.length ? splitList(clauseRows[0]?.subject ?? '', clauseRows.length) : null;
    if (names) clauseRows.forEach((r, k) => (r.row.indicator = `${names[k]!}${r.change}`));
    lastList = names ?? (clauseRows.length > 0 ? null : lastList);
    for (const r of clauseRows) rows.push({ ...r.row, indicator: shorten(r.row.indicator) });
    if (clauseRows.length > 0) lastName = clauseRows[clauseRows.length - 1]!.subject;
  }
  return rows;
}

/** 由2020年的75%提高到80%: the first value is where it starts from. */
function startsFrom(before: string, moreFollow: boolean): boolean {
  return moreFollow && /(?:由|从)(?:(?:19|20|21)\d\d年(?:底|末)?)?的?\s*$/u.test(before);
}

function kindOf(ctx: Context, at: number, before: string, moreFollow: boolean): TargetKind {
  if (startsFrom(before, moreFollow)) return 'baseline';
  const own = ctx.mentions.filter((m) => m.at <= at).at(-1) ?? ctx.mentions[0];
  if (own) return own.kind;
  if (ctx.section) return ctx.section;
  if (ctx.carried) return ctx.carried.kind;
  return soundsDone(ctx.sentence) ? 'baseline' : 'target';
}

function yearOf(ctx: Context, at: number, before: string): number | null {
  const from = /(?:由|从)((?:19|20|21)\d\d)年/u.exec(before);
  if (from && startsFrom(before, true)) return Number(from[1]);
  const own = ctx.mentions.filter((m) => m.at <= at).at(-1) ?? ctx.mentions[0];
  return own?.year ?? ctx.carried?.year ?? null;
}
