// Numbering styles of Chinese official documents, from the outermost.

const CN = '[一二三四五六七八九十百千零〇两]+';
const NUM = `(?:${CN}|\\d{1,4})`;

export type NumberStyle =
  | 'bian' // 第一编
  | 'zhang' // 第一章
  | 'jie' // 第一节
  | 'tiao' // 第一条
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） (一)
  | 'arabic' // 1. 1． 1、
  | 'arabic-paren'; // （1） (1)

/** Canonical nesting order: a style earlier in the list contains the later ones. */
export const STYLE_ORDER: NumberStyle[] = ['bian', 'zhang', 'jie', 'tiao', 'cn-dun', 'cn-paren', 'arabic', 'arabic-paren'];

const STYLE_PATTERNS: [NumberStyle, RegExp][] = [
  ['bian', new RegExp(`^第${NUM}编(?=[\\s\\u3000]|[^\\s，。、]|$)`)],
  ['zhang', new RegExp(`^第${NUM}章(?=[\\s\\u3000]|[^\\s，。、]|$)`)],
  ['jie', new RegExp(`^第${NUM}节(?=[\\s\\u3000]|[^\\s，。、]|$)`)],
  ['tiao', new RegExp(`^第${NUM}条(?=[\\s\\u3000【]|$)`)],
  ['cn-dun', new RegExp(`^${CN}、`)],
  ['cn-paren', new RegExp(`^[（(]\\s*${CN}\\s*[）)]`)],
  ['arabic', /^\d{1,2}\s*[.．、](?!\d)/],
  ['arabic-paren', /^[（(]\s*\d{1,2}\s*[）)]/],
];

export interface NumberMark {
  style: NumberStyle;
  /** The marker itself, e.g. "（三）". */
  marker: string;
  /** Its number as an integer, for sequence checks. */
  value: number;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumberValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
      if (!unit) continue;
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

export function numberMark(text: string): NumberMark | null {
  for (const [style, pattern] of STYLE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const digits = /[一二三四五六七八九十百千零〇两]+|\d+/.exec(m[0])?.[0] ?? '';
      return { style, marker: m[0], value: chineseNumberValue(digits) };
    }
  }
  return null;
}

/** "3 推进…": a number whose dot the extraction lost. Only trusted when it continues a list (checked by the caller). */
export function barePlainNumber(text: string): number | null {
  const m = /^(\d{1,2})[ \u3000]+(?=[\u4E00-\u9FFF])/.exec(text);
  return m ? Number(m[1]) : null;
}

export const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
export const NAMED_SECTION = /^(前言|序言|引言|导言|总则|附则|结束语|结语|后记|说明|编制说明)$/;
export const ANNEX = /^附\s*件\s*[0-9一二三四五六七八九十]*\s*[：:]?\s*$/;
export const COLUMN_BOX = /^专栏\s*[0-9一二三四五六七八九十]+(?:[-－.．][0-9]+)?/;
export const CAPTION = /^(?:附)?[图表]\s*[0-9一二三四五六七八九十]+(?:[-－.．][0-9]+)?(?![0-9年月日%])/;
export const BULLET = /^[●○■□◆◇▪•★☆►▶√✓✔※]|^——|^—(?!—)|^－/;
export const LABEL = /^(关键词|关键字|链接|背景链接|名词解释|延伸阅读)$/;
export const DATE_LINE = /^[\s\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*$|^[\s\u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]*$/;
/** A document number (文号) such as 湘政发〔2022〕6号. */
export const DOC_NUMBER = /[\u4E00-\u9FFF]{1,10}\s*[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*\d{1,4}\s*号/;
const DOC_NUMBER_LINE = new RegExp(`^[（(]?\\s*${DOC_NUMBER.source}\\s*[）)]?$`);
export const META_LINE = /^(发布日期|成文日期|印发日期|发文日期|发布时间|来源|发布机构|发文机关|索引号|主题分类|字号|文号|信息来源|浏览次数|作者)\s*[:：]/;

/** Does this line begin something new (a heading, a list item, a dated line), so the line before cannot run into it? */
export function startsNewBlock(text: string): boolean {
  return (
    numberMark(text) !== null ||
    MARKDOWN_HEADING.test(text) ||
    NAMED_SECTION.test(text) ||
    ANNEX.test(text) ||
    COLUMN_BOX.test(text) ||
    (CAPTION.test(text) && text.length <= 40) ||
    BULLET.test(text) ||
    LABEL.test(text) ||
    DATE_LINE.test(text) ||
    META_LINE.test(text) ||
    DOC_NUMBER_LINE.test(text) ||
    /^[（(]此件/.test(text)
  );
}
