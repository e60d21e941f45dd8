import { normalizeString } from './normalized-text';

const CN = '[一二三四五六七八九十百千零〇两]+';
// The numbering that opens a heading or list item in Chinese official documents.
const NUMBERING = new RegExp(`^(第${CN}[编章节条部分]|第\\d+[编章节条]|${CN}[、.]|\\(${CN}\\)|\\(\\d+\\)|\\d+[、.](?!\\d)|[①-⑳])`);

/** The leading number of a heading or item, and the rest. */
export function splitNumbering(text: string): { number: string; rest: string } {
  const norm = normalizeString(text);
  const m = NUMBERING.exec(norm);
  return m ? { number: m[0], rest: norm.slice(m[0].length) } : { number: '', rest: norm };
}

/** Both texts are numbered, and the numbers differ. */
export function isRenumbered(a: string, b: string): boolean {
  const x = splitNumbering(a);
  const y = splitNumbering(b);
  return x.number !== '' && y.number !== '' && x.number !== y.number;
}
