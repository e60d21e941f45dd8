import { CJK } from './chars';

const SPREAD_RUN = new RegExp(`(?:[${CJK}][ \\u3000]){3,}[${CJK}]`);
const BETWEEN_CJK = new RegExp(`([${CJK}])[ \\u3000]+(?=[${CJK}])`, 'g');
// A single space the extraction put between a Han character and a number or Latin word.
const CJK_THEN_ASCII = new RegExp(`([\\u4E00-\\u9FFF，。、；：？！（）“”《》])[ ](?=[A-Za-z0-9%])`, 'g');
const ASCII_THEN_CJK = new RegExp(`([A-Za-z0-9%])[ ](?=[\\u4E00-\\u9FFF，。、；：？！（）“”《》])`, 'g');

export interface SpacingResult {
  text: string;
  justified: boolean;
  mixedSpacing: number;
}

/**
 * Undo spacing added by layout, not by the author:
 * characters spread out by justification (`科 创 产 业`) and single spaces a PDF puts around numbers
 * (`到 2025 年`). Spaces between Latin words or between numbers are left alone.
 */
export function collapseLayoutSpacing(line: string, { mixed }: { mixed: boolean }): SpacingResult {
  let text = line;
  let justified = false;
  if (SPREAD_RUN.test(text)) {
    text = text.replace(BETWEEN_CJK, '$1');
    justified = true;
  }
  let mixedSpacing = 0;
  if (mixed) {
    // Keep a number that opens the line apart from its text: "3 推进…" is a list marker that lost its dot.
    // So is the space after a numbered label: "表1 主要指标", "专栏2 重大工程".
    const lead = /^(?:\d{1,2}|(?:附)?[图表]\s*\d+(?:[-.．]\d+)?|专栏\s*\d+|附件\s*\d+|第\s*\d+\s*[编章节条])[ \u3000]+/.exec(text)?.[0] ?? '';
    let rest = text.slice(lead.length);
    rest = rest.replace(CJK_THEN_ASCII, (_m, a: string) => {
      mixedSpacing++;
      return a;
    });
    rest = rest.replace(ASCII_THEN_CJK, (_m, a: string) => {
      mixedSpacing++;
      return a;
    });
    text = lead + rest;
  }
  return { text, justified, mixedSpacing };
}
