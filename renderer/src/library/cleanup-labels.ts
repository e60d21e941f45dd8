// Chinese names of the clean-ups the importer reports (DocumentDetail.cleanups codes).
// A code missing here is shown as it is, so a new clean-up is never hidden.
const LABELS: Record<string, string> = {
  'page-numbers': '去除页码',
  'page-number': '去除页码',
  'running-headers': '去除页眉页脚',
  'headers-footers': '去除页眉页脚',
  'line-breaks': '合并断行',
  'joined-lines': '合并断行',
  'hard-wraps': '合并断行',
  'full-width': '统一全角半角',
  'fullwidth-digits': '全角数字转半角',
  'control-chars': '去除控制字符',
  'zero-width': '去除零宽字符',
  'bom': '去除字节顺序标记',
  'whitespace': '整理空白',
  'spaces': '整理空白',
  'cjk-spaces': '去除汉字间多余空格',
  'blank-lines': '去除多余空行',
  'punctuation': '统一标点',
  'encoding': '转换编码',
  'hyphenation': '合并连字符断词',
  'toc': '去除原文目录',
};

export function cleanupLabel(code: string): string {
  return LABELS[code] ?? code;
}
