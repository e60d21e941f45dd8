import { CONTINUING, hasSentencePunctuation, TERMINAL, visualWidth } from './chars';
import { ANNEX, barePlainNumber, CAPTION, COLUMN_BOX, LABEL, MARKDOWN_HEADING, NAMED_SECTION, numberMark, startsNewBlock } from '../structure/heading-patterns';

export interface BodyLine {
  /** Index of the line in the original text. */
  index: number;
  /** The line as read (trimmed), for measuring layout. */
  raw: string;
  /** The line with layout spacing collapsed. */
  text: string;
  /** From the page geometry when known (PDF): the line reaches the right margin. */
  full?: boolean;
  /** From the page geometry when known (PDF): the line is indented, so a paragraph starts here. */
  indented?: boolean;
}

export interface Paragraph {
  text: string;
  /** Original line indexes this paragraph was built from. */
  lines: number[];
}

export interface RejoinResult {
  paragraphs: Paragraph[];
  /** How many line breaks made by layout were removed. */
  joined: number;
  hardWrapped: boolean;
}

/** Typical full-line width if the text is set in fixed-width lines (PDF, newspaper columns), else null. */
export function fixedLineWidth(lines: BodyLine[]): number | null {
  const widths = lines.map((l) => visualWidth(l.raw)).filter((w) => w >= 16);
  if (widths.length < 8) return null;
  const freq = new Map<number, number>();
  for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  // Count each width together with its neighbours: punctuation squeezing makes full lines vary by a unit or two.
  for (const w of freq.keys()) {
    let n = 0;
    for (let d = -2; d <= 2; d++) n += freq.get(w + d) ?? 0;
    if (n > best || (n === best && w > mode)) [best, mode] = [n, w];
  }
  const near = widths.filter((w) => Math.abs(w - mode) <= 4).length;
  if (mode > 140 || near < 0.5 * lines.length) return null;
  return mode;
}

function isHeadingStart(text: string): boolean {
  return (
    numberMark(text) !== null || NAMED_SECTION.test(text) || ANNEX.test(text) || MARKDOWN_HEADING.test(text) || COLUMN_BOX.test(text) || CAPTION.test(text)
  );
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** A bracket or quotation mark opened and not yet closed: the text must go on. */
function unclosed(text: string): boolean {
  return count(text, '《') > count(text, '》') || count(text, '（') > count(text, '）') || count(text, '“') > count(text, '”');
}

function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Rebuild paragraphs from lines broken by layout. A break is kept where the text says a paragraph ends
 * (a short line after a full one in fixed-width text, sentence-final punctuation in other text) or where
 * the next line begins something new (a heading, a list item, a date).
 */
export function rejoinLines(input: BodyLine[]): RejoinResult {
  // "谋划部署 ★出台…": a box label printed on the same line as its first item.
  const lines: BodyLine[] = [];
  for (const l of input) {
    const m = /^([\u4E00-\u9FFF]{2,8})[ \u3000]+([●★■◆▪•].+)$/.exec(l.text);
    if (m) lines.push({ ...l, raw: m[1]!, text: m[1]! }, { ...l, raw: m[2]!, text: m[2]! });
    else lines.push(l);
  }
  const full = fixedLineWidth(lines);
  const paragraphs: Paragraph[] = [];
  let joined = 0;
  let current: Paragraph | null = null;
  let currentLines = 0;
  let lastLine: BodyLine | null = null;
  let seenSentence = false;
  /** The number of the last "1." item, so that "3 推进…" (its dot lost) is known as the next item. */
  let lastNumber: number | null = null;

  const shouldJoin = (a: BodyLine, b: BodyLine, para: Paragraph, lineCount: number): boolean => {
    if (LABEL.test(para.text) && b.text.length <= 12 && !hasSentencePunctuation(b.text) && !startsNewBlock(b.text)) return true;
    if (startsNewBlock(b.text)) return false;
    // Prose cannot end a paragraph on a comma or mid-phrase, whatever the indentation of the next line says.
    if (b.indented) {
      return CONTINUING.test(a.text) || (!TERMINAL.test(a.text) && /[。；，]/.test(para.text) && !isHeadingStart(para.text));
    }
    if (lastNumber !== null && barePlainNumber(b.text) === lastNumber + 1) return false;
    const aText = a.text;
    const headingOnly =
      lineCount === 1 &&
      (isHeadingStart(para.text) || (/^[★☆◆■]/.test(para.text) && !hasSentencePunctuation(para.text))) &&
      !/[。！？；]/.test(para.text);
    if (CONTINUING.test(aText)) return true;
    if (a.full !== undefined) {
      if (headingOnly || TERMINAL.test(aText)) return a.full;
      return true;
    }
    if (full !== null) {
      const expected = lineCount === 1 ? full - 4 : full;
      const isFull = visualWidth(a.raw) >= expected - 3;
      if (headingOnly || TERMINAL.test(aText)) return isFull;
      return true;
    }
    // "（二）打造“两枢纽一中心”，实施设施同网行" + "动。以整体优化…": the heading's last characters went to the next line.
    // Only a long heading is broken like that; "第二节机遇挑战" + "重要机遇。…" are a heading and a paragraph.
    if (headingOnly && (/[，,]/.test(aText) || aText.length >= 16) && /^[^。，、！？；：\s]{1,4}。/.test(b.text)) return true;
    if (TERMINAL.test(aText) || headingOnly) return false;
    if (unclosed(para.text)) return true; // "…关于印发《长株潭…" + "行动计划》的通知"
    if (!seenSentence && !hasSentencePunctuation(aText)) return false; // title lines at the top
    if (aText.length <= 12 && b.text.length <= 12 && !hasSentencePunctuation(aText + b.text)) return false; // stacked short lines: signatures, captions
    return true;
  };

  for (const line of lines) {
    if (current && lastLine && shouldJoin(lastLine, line, current, currentLines)) {
      const sep = LABEL.test(current.text) && currentLines === 1 ? ' ' : '';
      // A number opening a continuation line was not a list marker after all: "…人数" + "29 万人" → "…人数29万人".
      const rest = line.text.replace(/^(\d{1,3})[ \u3000]+(?=[\u4E00-\u9FFF])/, '$1');
      current.text = sep ? `${current.text}${sep}${rest}` : joinText(current.text, rest);
      if (current.lines.at(-1) !== line.index) current.lines.push(line.index);
      currentLines++;
      joined++;
    } else {
      if (current) paragraphs.push(current);
      current = { text: line.text, lines: [line.index] };
      currentLines = 1;
      const mark = numberMark(line.text);
      if (mark?.style === 'arabic') lastNumber = mark.value;
      else if (barePlainNumber(line.text) !== null && lastNumber !== null) lastNumber = barePlainNumber(line.text);
    }
    if (/[。！？；：]/.test(line.text)) seenSentence = true;
    lastLine = line;
  }
  if (current) paragraphs.push(current);
  return { paragraphs, joined, hardWrapped: full !== null };
}
