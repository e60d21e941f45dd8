import { decodeText } from '../decode-text';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: '　' };

/** A numeric character reference; one that names no character (`&#99999999;`, a surrogate, NUL) becomes U+FFFD. */
function codePointText(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{1,10});/gi, (m, e: string) => {
    if (e[0] === '#') return codePointText(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Elements whose content is never text; removed with everything inside them when they are closed. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'footer']);
const BLOCK_OPEN = new Set(['p', 'div', 'li', 'tr', 'section', 'article', 'blockquote', 'pre']);
const BLOCK_CLOSE = new Set([...BLOCK_OPEN, 'table', 'ul', 'ol', 'dd', 'dt']);
const TAG_NAME = /^(\/?)([a-z][a-z0-9]*)/i;

/**
 * Finds closing tags in one left-to-right pass per element name: once `</script>` is known to be absent
 * after some position, every later unclosed `<script>` is answered at once. This keeps the whole parse
 * linear in the input — unclosed `<script>` or `<h1>` tags used to make it quadratic.
 */
class CloseFinder {
  private missingAfter = new Map<string, number>();
  constructor(private readonly html: string) {}

  /** Where `</name>` starts and ends at or after `from`, or null. */
  find(name: string, from: number): { start: number; end: number } | null {
    const missing = this.missingAfter.get(name);
    if (missing !== undefined && missing <= from) return null;
    const re = new RegExp(`</${name}\\s*>`, 'gi');
    re.lastIndex = from;
    const m = re.exec(this.html);
    if (!m) {
      this.missingAfter.set(name, from);
      return null;
    }
    return { start: m.index, end: m.index + m[0].length };
  }
}

/**
 * HTML → one line per paragraph, headings (`<h1>`…`<h6>`) as Markdown `#` lines, so that the
 * document's own heading markup is kept. Scripts, styles and navigation chrome are dropped.
 * One pass over the input with a bounded number of searches per position: linear time.
 */
export function htmlToLines(html: string): string {
  return htmlToText(html, null).text;
}

/** A picture met in the HTML: its `src` and `alt`, and how many non-blank characters of the text come before it. */
export interface HtmlImage {
  src: string;
  alt: string;
  at: number;
}

/** As htmlToLines, and the `<img>` tags met, each placed in the text. */
export function htmlToLinesWithImages(html: string): { text: string; images: HtmlImage[] } {
  return htmlToText(html, []);
}

// Where an <img> was met, while the text is being built; taken out (and counted) once the text is done.
const IMAGE_MARK = '\u0000';
const IMAGE_MARKS = /\u0000(\d+)\u0000/g;

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** Take the image marks out of the text, each image learning how many non-blank characters precede it. */
function placeImages(marked: string, found: { src: string; alt: string }[]): { text: string; images: HtmlImage[] } {
  const images: HtmlImage[] = [];
  let at = 0;
  let last = 0;
  for (const m of marked.matchAll(IMAGE_MARKS)) {
    at += marked.slice(last, m.index).replace(/\s/g, '').length;
    last = m.index + m[0].length;
    const img = found[Number(m[1])];
    if (img) images.push({ ...img, at });
  }
  return { text: tidyLines(marked.replace(IMAGE_MARKS, '')), images };
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function htmlToText(html: string, found: { src: string; alt: string }[] | null): { text: string; images: HtmlImage[] } {
  const out: string[] = [];
  const closes = new CloseFinder(html);
  const n = html.length;
  let i = 0;
  // The next '>' and '-->' found so far: reused while ahead of the position, so that runs of '<' without
  // '>' (or of '<!--' without '-->') are not scanned again and again.
  let nextGt = -1;
  let nextCommentEnd = -1;
  // Inside an <hN> whose </hN> exists: its text is gathered into one heading line.
  let heading: { level: number; closeStart: number; closeEnd: number; parts: string[] } | null = null;
  const text = (s: string) => {
    if (found && s.includes(IMAGE_MARK)) s = s.replaceAll(IMAGE_MARK, '');
    if (s) (heading ? heading.parts : out).push(decodeEntities(s));
  };
  const mark = (s: string) => {
    if (!heading) out.push(s);
  };
  while (i < n) {
    if (heading && i >= heading.closeStart) {
      const inner = heading.parts.join('').replace(/\s+/g, ' ').trim();
      out.push(inner ? `\n\n${'#'.repeat(heading.level)} ${inner}\n\n` : '');
      i = heading.closeEnd;
      heading = null;
      continue;
    }
    const limit = heading ? heading.closeStart : n;
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt >= limit) {
      text(html.slice(i, limit));
      i = limit;
      continue;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      if (nextCommentEnd !== n && nextCommentEnd < lt + 4) {
        const found = html.indexOf('-->', lt + 4);
        nextCommentEnd = found < 0 ? n : found;
      }
      const end = nextCommentEnd === n ? -1 : nextCommentEnd;
      if (end >= 0) {
        i = end + 3;
        continue;
      }
    }
    if (nextGt !== n && nextGt <= lt) {
      const found = html.indexOf('>', lt + 1);
      nextGt = found < 0 ? n : found;
    }
    const gt = nextGt === n ? -1 : nextGt;
    if (gt < 0) {
      // No '>' anywhere after this: the rest is text.
      text(html.slice(lt, limit));
      i = limit;
      continue;
    }
    if (gt === lt + 1) {
      text('<');
      i = lt + 1;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(lt + 1, Math.min(gt, lt + 40)));
    i = gt + 1;
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && SKIPPED.has(name)) {
      const close = closes.find(name, i);
      if (close && close.start <= limit) i = close.end;
      continue;
    }
    const level = /^h([1-6])$/.exec(name);
    if (level && !closing && !heading) {
      const close = closes.find(name, i);
      if (close) heading = { level: Number(level[1]), closeStart: close.start, closeEnd: close.end, parts: [] };
      continue;
    }
    if (name === 'img' && found && !closing) {
      const src = attribute(html.slice(lt, gt), 'src');
      if (src) out.push(`${IMAGE_MARK}${found.push({ src, alt: decodeEntities(attribute(html.slice(lt, gt), 'alt') ?? '') }) - 1}${IMAGE_MARK}`);
    } else if (name === 'br') text('\n');
    else if (closing && BLOCK_CLOSE.has(name)) mark('\n\n');
    else if (!closing && BLOCK_OPEN.has(name)) mark('\n\n');
    else if (closing && (name === 'td' || name === 'th')) mark('\t');
  }
  const joined = out.join('');
  return found ? placeImages(joined, found) : { text: tidyLines(joined), images: [] };
}

/** Read an HTML file's bytes, honouring a declared GBK/GB2312 charset. */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?\s*(gb2312|gbk|gb18030)/i.exec(head);
  if (declared) return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  const { text, encoding } = decodeText(bytes);
  return { html: text, encoding };
}
