/** What a citation names about a document. */
export interface DocumentMeta {
  docId: number | null;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
}

/** 2022-03-22 → 2022年3月22日; 2021 → 2021年; anything else as written. */
export function formatChineseDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(value.trim());
  if (!m) return value;
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ''}${m[3] ? `${Number(m[3])}日` : ''}`;
}

/** 《title》（文号） */
export function titleWithNumber(doc: DocumentMeta): string {
  return `《${doc.title}》${doc.docNumber ? `（${doc.docNumber}）` : ''}`;
}

/** 《长株潭都市圈发展规划》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日，第四章 … › 第一节 … */
export function citation(doc: DocumentMeta, chapterPath: readonly string[]): string {
  return [titleWithNumber(doc), doc.issuer, formatChineseDate(doc.issuedOn), chapterPath.length > 0 ? chapterPath.join(' › ') : null]
    .filter(Boolean)
    .join('，');
}

/** The line under a document heading: 文号 · 发文机关 · 日期. */
export function documentLine(doc: DocumentMeta): string {
  return [doc.docNumber, doc.issuer, formatChineseDate(doc.issuedOn)].filter(Boolean).join(' · ');
}
