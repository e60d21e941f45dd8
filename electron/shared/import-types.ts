// Types for import, document metadata and version groups (works).

/** One copy of a work, with how much of the work's known text it holds. */
export interface VersionEntry {
  docId: number;
  title: string;
  source: string;
  kind: string | null;
  /** Where this copy came from (shared/source-kinds.ts). */
  sourceKind: string | null;
  issuedOn: string | null;
  chars: number;
  /** 0..1: share of the work's text (as known from all its copies) found in this copy. */
  completeness: number;
}

export interface Versions {
  /** null when no other copy of this document is in the library. */
  workId: number | null;
  workTitle: string;
  versions: VersionEntry[];
}

export interface MetadataPatch {
  title?: string;
  issuer?: string | null;
  docNumber?: string | null;
  issuedOn?: string | null;
}

/** Chinese names of the clean-up codes in DocumentDetail.cleanups, for the UI. */
export const CLEANUP_LABELS_ZH: Record<string, string> = {
  line_breaks_joined: '合并排版造成的断行',
  justified_spacing: '收紧两端对齐造成的字间空格',
  number_spacing: '去除数字、字母与汉字之间多余的空格',
  heading_split: '把与正文连在一行的标题分开',
  jump_line: '移除转版提示（如“下转5版”）',
  jump_headline: '移除转版处重复的标题',
  photo_mark: '移除图片标记（如“▲ ▲”）',
  page_number: '移除页码',
  running_header: '移除每页重复的页眉',
  page_header: '移除网页顶部重复的标题和发布信息',
  site_banner: '移除网站提示（如“预览已结束”）和版权说明',
  link_line: '移除单独成行的网址',
  markup_comment: '移除 Markdown 中的注释',
};

/** A clean-up's Chinese name; an unknown code is shown as it is, so nothing is hidden. */
export function cleanupLabelZh(code: string): string {
  return CLEANUP_LABELS_ZH[code] ?? code;
}

/** The import running on the library, if any: polled by the UI for its progress bar. */
export interface ImportProgress {
  running: boolean;
  done: number;
  total: number;
  /** The file being read now. */
  file: string | null;
  failed: number;
}
