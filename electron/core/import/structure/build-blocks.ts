import type { BlockKind } from '../../../shared/types';
import { hasSentencePunctuation } from '../cleanup/chars';
import type { CleanupCounter } from '../cleanup/clean-text';
import type { Paragraph } from '../cleanup/rejoin-lines';
import {
  ANNEX,
  barePlainNumber,
  BULLET,
  CAPTION,
  COLUMN_BOX,
  DATE_LINE,
  LABEL,
  MARKDOWN_HEADING,
  NAMED_SECTION,
  numberMark,
  STYLE_ORDER,
  type NumberStyle,
} from './heading-patterns';

export interface ParsedBlock {
  kind: BlockKind;
  level: number;
  text: string;
  /** Original line indexes the block was read from. */
  lines?: number[];
}

type Role =
  | { type: 'para' }
  | { type: 'title' }
  | { type: 'md'; level: number }
  | { type: 'style'; style: NumberStyle; value: number }
  | { type: 'named' }
  | { type: 'annex' }
  | { type: 'column' }
  | { type: 'caption' }
  | { type: 'label' }
  | { type: 'star' };

interface Item {
  text: string;
  lines: number[];
  role: Role;
  /** Body text that ran on after a heading on the same line, split off as its own paragraph. */
  body?: string;
}

const MAX_HEADING = 40;
const MAX_LONG_HEADING = 60;
/** A lead sentence that names its paragraph ("（六）坚持…，着力…，新的增长极增长带加快成长。") is rarely longer. */
const MAX_LEAD = 50;
/** Once most of a list reads as headings, its siblings with a somewhat longer lead are headings too. */
const MAX_SIBLING_LEAD = 72;
/** "附件1：长株潭都市圈重大项目清单" */
const ANNEX_WITH_TITLE = /^附\s*件\s*[0-9一二三四五六七八九十]*\s*[：:　 ]\s*[^。；，,;]{2,40}$/;
const LIST_STYLES: NumberStyle[] = ['cn-dun', 'cn-paren', 'arabic', 'arabic-paren'];

function isTitleLike(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 60 &&
    !/[。；;：:！？]/.test(text) &&
    !/[，,、]$/.test(text) &&
    !DATE_LINE.test(text) &&
    !numberMark(text) &&
    !BULLET.test(text) &&
    !/^[（(]/.test(text)
  );
}

/**
 * A numbered paragraph as a careful reader sees it: a heading on its own ("二、重点任务"), a heading that runs
 * into its body ("（三）优化…行动。坚持…"), or a list item ("1.到2025年，…；").
 */
function splitNumbered(text: string, maxLead = MAX_LEAD): { heading: string; body?: string } | null {
  if (text.length <= MAX_HEADING && !/[；;，,]$/.test(text) && !/[。！？][^”’）)]/.test(text)) return { heading: text };
  // A long heading is still a heading when it is a line of its own with no sentence in it.
  if (text.length <= MAX_LONG_HEADING && !/[。！？；;：:]/.test(text)) return { heading: text };
  const m = /^(.+?[。！？])(?![”’」）)])(.*)$/s.exec(text);
  if (!m) return null;
  const lead = m[1]!;
  if (lead.length > maxLead || /[；;：:]/.test(lead) || (lead.match(/[，,]/g)?.length ?? 0) > 3) return null;
  const body = m[2]!.trim();
  return body ? { heading: lead, body } : { heading: lead };
}

function classify(p: Paragraph, index: number, markdown: boolean): Item {
  const text = p.text;
  const base = { text, lines: p.lines };
  const md = markdown ? MARKDOWN_HEADING.exec(text) : null;
  if (md) return { ...base, text: md[2]!.trim(), role: { type: 'md', level: md[1]!.length } };
  // Markdown's own ordered list ("1. …") is a list, whatever it says.
  if (markdown && /^\d+\.\s/.test(text)) return { ...base, role: { type: 'para' } };
  // "**第一条**　…": emphasis around an article number.
  if (markdown && /^\*\*第[^*]{1,10}条\*\*/.test(text)) return classify({ ...p, text: text.replace(/^\*\*(第[^*]{1,10}条)\*\*/, '$1') }, index, markdown);
  const mark = numberMark(text);
  if (mark?.style === 'tiao') {
    const m = /^(第[^条]{1,8}条(?:\s*[【\[［][^】\]］]{1,30}[】\]］])?)[\s\u3000]*(.*)$/s.exec(text)!;
    return { ...base, text: m[1]!, body: m[2] || undefined, role: { type: 'style', style: 'tiao', value: mark.value } };
  }
  if (mark && ['bian', 'zhang', 'jie'].includes(mark.style) && text.length <= 60 && !/[。；]$/.test(text)) {
    return { ...base, role: { type: 'style', style: mark.style, value: mark.value } };
  }
  if (mark && LIST_STYLES.includes(mark.style)) {
    return { ...base, role: { type: 'style', style: mark.style, value: mark.value } };
  }
  if (NAMED_SECTION.test(text)) return { ...base, role: { type: 'named' } };
  if (ANNEX.test(text) || ANNEX_WITH_TITLE.test(text)) return { ...base, role: { type: 'annex' } };
  if (COLUMN_BOX.test(text) && text.length <= MAX_HEADING && !/[。；]$/.test(text)) return { ...base, role: { type: 'column' } };
  if (CAPTION.test(text) && text.length <= MAX_HEADING && !hasSentencePunctuation(text)) return { ...base, role: { type: 'caption' } };
  if (/^(关键词|关键字|链接|背景链接|名词解释|延伸阅读) \S{1,12}$/.test(text) || LABEL.test(text)) return { ...base, role: { type: 'label' } };
  if (/^[★☆◆■]/.test(text) && text.length <= 20 && !hasSentencePunctuation(text)) return { ...base, role: { type: 'star' } };
  if (index === 0 && !markdown && isTitleLike(text)) return { ...base, role: { type: 'title' } };
  return { ...base, role: { type: 'para' } };
}

/** Decide, list by list, whether numbered paragraphs are headings or items, and split run-in headings. */
function resolveNumberedLists(items: Item[], usesArticles: boolean): void {
  const groups = new Map<string, Item[]>();
  // The latest item of each style and of any other heading: a list's parent is the nearest shallower one.
  const latest = new Map<string, number>();
  const restarts = new Map<string, number>();
  let lastArabic: Item | null = null;
  items.forEach((item, index) => {
    if (item.role.type === 'para' && lastArabic?.role.type === 'style') {
      // "3 推进…": the dot was lost in extraction, but the number continues the list.
      const n = barePlainNumber(item.text);
      if (n !== null && n === lastArabic.role.value + 1) item.role = { type: 'style', style: 'arabic', value: n };
    }
    const role = item.role;
    if (role.type === 'para') return;
    if (role.type !== 'style' || !LIST_STYLES.includes(role.style)) {
      latest.set('other', index);
      return;
    }
    if (role.style === 'arabic') lastArabic = item;
    const rank = STYLE_ORDER.indexOf(role.style);
    const parent = Math.max(latest.get('other') ?? -1, ...STYLE_ORDER.slice(0, rank).map((s) => latest.get(s) ?? -1));
    // A list that starts again from 一 or 1 under the same parent is another list.
    let key = `${parent}|${role.style}|${restarts.get(`${parent}|${role.style}`) ?? 0}`;
    const previous = groups.get(key)?.at(-1);
    if (previous?.role.type === 'style' && role.value <= previous.role.value) {
      const n = (restarts.get(`${parent}|${role.style}`) ?? 0) + 1;
      restarts.set(`${parent}|${role.style}`, n);
      key = `${parent}|${role.style}|${n}`;
    }
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
    latest.set(role.style, index);
  });
  for (const group of groups.values()) {
    const splits = group.map((item) => (usesArticles ? null : splitNumbered(item.text)));
    const headings = splits.filter(Boolean).length;
    const asHeadings = headings > 0 && headings * 2 >= group.length;
    group.forEach((item, i) => {
      const s = splits[i] ?? (asHeadings ? splitNumbered(item.text, MAX_SIBLING_LEAD) : null);
      if (!asHeadings || !s) item.role = { type: 'para' };
      else if (s.body) {
        item.text = s.heading;
        item.body = s.body;
      }
    });
  }
}

/** Turn paragraphs into headings and paragraphs with levels following the document's own nesting. */
export function buildBlocks(paragraphs: Paragraph[], options: { markdown: boolean; counter: CleanupCounter }): ParsedBlock[] {
  const items = paragraphs.map((p, i) => classify(p, i, options.markdown));
  const usesArticles = items.some((i) => i.role.type === 'style' && i.role.style === 'tiao');
  resolveNumberedLists(items, usesArticles);

  // An attached document's own title: the name in 《》 of the notice that issued it.
  const titleNames = new Set<string>();
  for (const item of items) {
    if (item.role.type === 'title' || item.role.type === 'md') {
      for (const m of item.text.matchAll(/《([^》]{2,60})》/g)) titleNames.add(m[1]!);
    } else if (item.role.type === 'para' && titleNames.has(item.text.replace(/[（(][^）)]*[）)]$/, ''))) {
      item.role = { type: 'title' };
    }
  }

  const hasTitle = items.some((i) => i.role.type === 'title');
  const used = STYLE_ORDER.filter((s) => items.some((i) => i.role.type === 'style' && i.role.style === s));
  const offset = hasTitle ? 1 : 0;
  const topLevel = 1 + offset;
  const lastContent = items.findLastIndex((i) => i.role.type !== 'caption');

  const blocks: ParsedBlock[] = [];
  let depth = 0;
  let mdDepth = 0;
  let labelLevel = 0;
  let annexLevel = 0;
  items.forEach((item, index) => {
    const r = item.role;
    let level = 0;
    switch (r.type) {
      case 'title':
        level = 1;
        break;
      case 'md':
        level = r.level;
        mdDepth = r.level;
        break;
      case 'style':
        level = (options.markdown ? mdDepth : offset) + used.indexOf(r.style) + 1;
        break;
      case 'named':
      case 'annex':
        level = options.markdown ? Math.max(1, mdDepth) : topLevel;
        break;
      case 'label':
        level = topLevel;
        labelLevel = level;
        break;
      case 'star':
        level = labelLevel ? labelLevel + 1 : topLevel;
        break;
      case 'column':
        level = depth + 1;
        break;
      case 'caption':
        level = index > lastContent ? topLevel : depth + 1;
        break;
    }
    // An annex holds its own structure: what follows it sits one level below it.
    if (r.type === 'annex') annexLevel = level;
    else if (r.type === 'title') annexLevel = 0;
    else if (annexLevel && ['style', 'named', 'label', 'star'].includes(r.type)) level += annexLevel - topLevel + 1;
    level = Math.min(6, level);
    if (level > 0) {
      blocks.push({ kind: 'heading', level, text: item.text, lines: item.lines });
      if (r.type !== 'caption' && r.type !== 'column') depth = level;
      if (item.body) {
        options.counter.add('heading_split');
        blocks.push({ kind: 'paragraph', level: 0, text: item.body, lines: item.lines });
      }
    } else {
      blocks.push({ kind: 'paragraph', level: 0, text: item.text, lines: item.lines });
    }
  });
  return blocks.filter((b) => b.text.trim() !== '');
}
