import { hasSentencePunctuation } from './chars';
import { MARKDOWN_HEADING, META_LINE, numberMark, startsNewBlock } from '../structure/heading-patterns';

/** Why a line was set apart from the reading text. Stable ids: the UI translates them. */
export type FurnitureCode =
  | 'jump_line' // （下转5版） ◀◀(上接1版)
  | 'photo_mark' // ▲ ▲
  | 'page_number'
  | 'running_header' // a short line repeated on every page
  | 'jump_headline' // the article's headline repeated beside a jump line
  | 'site_banner' // 预览已结束… and similar notices of the hosting site
  | 'link_line' // a bare URL
  | 'page_header'; // a web page's own title and date above the document

const JUMP = /^[◀▶◁▷←→<>《》\s]*[（(【\[]?\s*(?:上接|下转|接上|转下|紧接|接第|转第|上转|下接)\s*(?:第\s*)?[0-9０-９一二三四五六七八九十A-Za-z]{1,3}\s*(?:版|页|面)?\s*[）)】\]]?[◀▶◁▷←→<>\s]*$/;
const PHOTO_MARK = /^[▲△▼▽◆◇■□\s]+$/;
const PAGE_NUMBER = /^(?:[-—–·•\s]*\d{1,4}[-—–·•\s]*|第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|[-—–]\s*[ivxlcIVXLC]{1,6}\s*[-—–])$/;
const BANNER = /预览已结束|本作品(?:是|来自|在)|维基文库|公有领域|Public domain|完整报告|二维码|扫一扫|扫码|阅读全文|阅读原文|点击查看|点击下载|下载全文|分享到|责任编辑|版权所有|免责声明|打印本页|关闭窗口|【打印】|【关闭】|字号[:：]?\s*[大中小]/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

export interface LineInfo {
  /** Index in the original's lines. */
  index: number;
  text: string;
  furniture: FurnitureCode | null;
}

function isShortTitleLike(text: string): boolean {
  return text.length >= 4 && text.length <= 40 && !hasSentencePunctuation(text) && !startsNewBlock(text);
}

/**
 * Mark page furniture: lines that belong to the page, not to the text.
 * `lines` are trimmed; blank lines stay in place (text '').
 */
export function markFurniture(lines: LineInfo[]): void {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const nonBlank = lines.filter((l) => l.text);
  const manyPages = nonBlank.length >= 60;

  for (const l of lines) {
    const t = l.text;
    if (!t) continue;
    if (JUMP.test(t)) l.furniture = 'jump_line';
    else if (PHOTO_MARK.test(t)) l.furniture = 'photo_mark';
    else if (PAGE_NUMBER.test(t) && !/^\d{1,2}[.．、]/.test(t)) l.furniture = 'page_number';
    else if (URL_LINE.test(t)) l.furniture = 'link_line';
    else if (t.length <= 40 && BANNER.test(t)) l.furniture = 'site_banner';
    else if (
      manyPages &&
      (counts.get(t) ?? 0) >= 3 &&
      t.length <= 40 &&
      !/[。！？!?；]$/.test(t) &&
      !numberMark(t) &&
      !MARKDOWN_HEADING.test(t) &&
      !/^[\u4E00-\u9FFF]{1,6}$/.test(t)
    )
      l.furniture = 'running_header';
  }

  // Everything after a site banner near the end is the site's, not the document's.
  const bannerAt = nonBlank.findIndex((l, i) => l.furniture === 'site_banner' && i >= nonBlank.length * 0.7);
  if (bannerAt >= 0) {
    const tail = nonBlank.slice(bannerAt);
    if (!tail.some((l) => !l.furniture && l.text.length > 80)) for (const l of tail) l.furniture ??= 'site_banner';
  }

  // A headline printed beside a jump line is the article's title repeated for the page, not text.
  const marked = (l: LineInfo | undefined) => l?.furniture === 'jump_line' || l?.furniture === 'photo_mark';
  for (let i = 0; i < nonBlank.length; i++) {
    const l = nonBlank[i]!;
    if (l.furniture || !isShortTitleLike(l.text)) continue;
    if (marked(nonBlank[i - 1]) || marked(nonBlank[i + 1])) l.furniture = 'jump_headline';
  }

  // A web page's header: the title, then page metadata, then the same title again where the document starts.
  const head = nonBlank.slice(0, 6);
  const first = head[0];
  if (first && !first.furniture) {
    const repeat = head.findIndex((l, i) => i > 0 && l.text === first.text);
    if (repeat > 0 && head.slice(1, repeat).every((l) => META_LINE.test(l.text) || l.furniture)) {
      for (const l of head.slice(0, repeat)) l.furniture ??= 'page_header';
    }
  }
}
