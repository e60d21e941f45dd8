// The one citation style, for every door that names a source: the reader's 引用 button, the Word and
// Markdown exports, the CLI. 《title》（文号）（copy label），issuer，date，chapter path — with Chinese
// punctuation throughout, the copy label outside the 《》 (it names the copy, not the work).
import { splitCopyLabel } from './document-label';

/** What a citation names about a document. */
export interface DocumentMeta {
  docId: number | null;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
}

/** Between the headings of a chapter path: an ideographic space (第四章…　第一节…). */
export const CHAPTER_SEPARATOR = '\u3000';

/** 2022-03-22 → 2022年3月22日; 2021 → 2021年; anything else as written. */
export function formatChineseDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(value.trim());
  if (!m) return value;
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ''}${m[3] ? `${Number(m[3])}日` : ''}`;
}

/** 《title》（文号）, with a copy label after them: 《…行动计划（2021—2025年）》（报纸电子版）. */
export function titleWithNumber(doc: Pick<DocumentMeta, 'title' | 'docNumber'>): string {
  const { base, label } = splitCopyLabel(doc.title);
  return `《${base}》${doc.docNumber ? `（${doc.docNumber}）` : ''}${label ? `（${label}）` : ''}`;
}

/** A chapter path as one piece of text. */
export function chapterPathText(path: readonly string[]): string {
  return path.join(CHAPTER_SEPARATOR);
}

/** 《长株潭都市圈发展规划》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日，第四章…　第一节… */
export function citation(doc: DocumentMeta, chapterPath: readonly string[]): string {
  return [titleWithNumber(doc), doc.issuer, formatChineseDate(doc.issuedOn), chapterPath.length > 0 ? chapterPathText(chapterPath) : null]
    .filter(Boolean)
    .join('，');
}

/** The line under a document heading that already names title and 文号: 发文机关 · 日期. */
export function documentLine(doc: DocumentMeta): string {
  return [doc.issuer, formatChineseDate(doc.issuedOn)].filter(Boolean).join(' · ');
}
