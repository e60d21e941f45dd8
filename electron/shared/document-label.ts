// What tells documents with the same title apart, wherever a document is named (tabs, Ctrl+P, search
// groups, citations): the copy label a title ends with (（报纸电子版）, （网页转载，不完整）), otherwise
// the date, issuer or source that differs among the documents sharing the title.
import { sourceKindLabelZh } from './source-kinds';

/** A trailing （…） that names the copy or edition rather than the work. */
const COPY_LABEL = /（([^（）]*(?:版|提取|转载|电子|不完整|节选|摘录|网页|报纸|PDF|扫描|副本|稿)[^（）]*)）\s*$/;

/** The work's title and the copy label after it: 《base》（label）. */
export function splitCopyLabel(title: string): { base: string; label: string | null } {
  const match = COPY_LABEL.exec(title);
  if (!match || match.index === 0) return { base: title, label: null };
  return { base: title.slice(0, match.index).trimEnd(), label: match[1]!.trim() };
}

export interface NamedDocument {
  id: number;
  title: string;
  issuer: string | null;
  issuedOn: string | null;
  sourceKind?: string | null;
}

export interface DocumentName {
  /** The title without its copy label. */
  base: string;
  /** What sets this document apart from others of the same title (null when nothing needs saying). */
  note: string | null;
}

/** The name of every document in `library`: its base title and what distinguishes it from namesakes. */
export function documentNames<T extends NamedDocument>(library: readonly T[]): Map<number, DocumentName> {
  const split = new Map(library.map((d) => [d.id, splitCopyLabel(d.title)]));
  const byBase = new Map<string, T[]>();
  for (const d of library) {
    const { base } = split.get(d.id)!;
    byBase.set(base, [...(byBase.get(base) ?? []), d]);
  }
  const names = new Map<number, DocumentName>();
  for (const d of library) {
    const { base, label } = split.get(d.id)!;
    const sameLabel = byBase.get(base)!.filter((o) => split.get(o.id)!.label === label);
    names.set(d.id, { base, note: noteAmong(d, label, sameLabel) });
  }
  return names;
}

/** The name of `doc` among `library` (see documentNames). */
export function documentName(doc: NamedDocument, library: readonly NamedDocument[]): DocumentName {
  return documentNames(library.some((d) => d.id === doc.id) ? library : [...library, doc]).get(doc.id)!;
}

/**
 * The copy label, and where other documents have the same title and label: the date, then the issuer,
 * then the source, as many as it takes to tell this one from the others (its number when none does).
 */
function noteAmong(doc: NamedDocument, label: string | null, same: readonly NamedDocument[]): string | null {
  let others = same.filter((d) => d.id !== doc.id);
  if (others.length === 0) return label;
  const parts = label ? [label] : [];
  const clues: [(d: NamedDocument) => string | null | undefined, string | null][] = [
    [(d) => d.issuedOn, doc.issuedOn ?? '日期不详'],
    [(d) => d.issuer, doc.issuer ?? '机关不详'],
    [(d) => d.sourceKind, sourceKindLabelZh(doc.sourceKind)],
  ];
  for (const [pick, text] of clues) {
    if (others.length === 0) break;
    if (!text || others.every((d) => pick(d) === pick(doc))) continue;
    parts.push(text);
    others = others.filter((d) => pick(d) === pick(doc));
  }
  if (others.length > 0) parts.push(`第 ${doc.id} 号`);
  return parts.join('，');
}

/** The name as one line of text: 长株潭……计划（2021—2025年）（报纸电子版）, namesakes with their note. */
export function documentNameText(name: DocumentName): string {
  return name.note ? `${name.base}（${name.note}）` : name.base;
}
