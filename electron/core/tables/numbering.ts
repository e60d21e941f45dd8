// The numbers that structure a plan: 一、 / 第三章 (chapter), （一） / 第一节 (section), 1. (item).

export type NumberLevel = 'chapter' | 'section' | 'item';

export interface Numbering {
  level: NumberLevel;
  /** As shown in a path: 二、, （一）, 1. */
  label: string;
  /** The item's number (for items; 0 otherwise). */
  n: number;
  /** Length of the number and its punctuation at the start of the text. */
  length: number;
  /** 3 推进…: written without its dot (accepted only where the count goes on). */
  dotless: boolean;
}

const CHAPTER = /^\s*(?:(第[一二三四五六七八九十百零]+[章篇部分])|([一二三四五六七八九十]+)\s*[、.．])\s*/u;
const SECTION = /^\s*(?:[（(]\s*([一二三四五六七八九十]+)\s*[）)]|(第[一二三四五六七八九十]+节))\s*/u;
const ITEM = /^\s*(\d{1,2})(?:\s*([.．、])(?!\d)|(\s+)(?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff]))\s*/u;
/** After a number without a dot, what makes it a quantity or a date: 3个, 5市, 10年. */
const QUANTITY_AFTER = /^(?:个|项|家|年|月|日|号|市|县|区|条|所|座|类|大|种|次|名|位|万|亿|千|百|%|％)/u;

export function numberingOf(text: string, isHeading: boolean): Numbering | null {
  const chapter = CHAPTER.exec(text);
  if (chapter) return { level: 'chapter', label: chapter[1] ?? `${chapter[2]}、`, n: 0, length: chapter[0].length, dotless: false };
  const section = SECTION.exec(text);
  if (section) return { level: 'section', label: section[1] ? `（${section[1]}）` : section[2]!, n: 0, length: section[0].length, dotless: false };
  const item = ITEM.exec(text);
  if (!item) return null;
  const dotless = !item[2];
  const rest = text.slice(item[0].length);
  // Without a dot: a heading, or a number set apart by a space, and never a quantity (3个, 5市).
  if (dotless && (QUANTITY_AFTER.test(rest) || (!isHeading && !item[3]))) return null;
  const n = Number(item[1]);
  return { level: 'item', label: `${n}.`, n, length: item[0].length, dotless };
}
