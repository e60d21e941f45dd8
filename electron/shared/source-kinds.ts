// Where a copy of a document came from (folder manifests' `sourceKind`), as stable codes, and their
// Chinese names for the UI. Not the 文种 (document kind: 规划, 实施方案 …).

export const SOURCE_KIND_LABELS_ZH: Record<string, string> = {
  official: '正式文本',
  web: '网页',
  'web-partial': '网页转载（不完整）',
  newspaper: '报纸电子版',
  'newspaper-feature': '报刊专题',
  'pdf-extraction': 'PDF 提取',
  scan: '扫描件',
  ocr: '文字识别',
};

/** The Chinese name of a source kind; an unknown code is shown as 其他来源, never as the code alone. */
export function sourceKindLabelZh(code: string | null | undefined): string | null {
  if (!code) return null;
  return SOURCE_KIND_LABELS_ZH[code] ?? `其他来源（${code}）`;
}
