import { decodeText } from '../decode-text';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: '　' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * HTML → one line per paragraph, headings (`<h1>`…`<h6>`) as Markdown `#` lines, so that the
 * document's own heading markup is kept. Scripts, styles and navigation chrome are dropped.
 */
export function htmlToLines(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<(script|style|noscript|template|head|nav|footer)\b[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_m, n: string, inner: string) => {
    const text = inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    return text ? `\n\n${'#'.repeat(Number(n))} ${text}\n\n` : '';
  });
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/(p|div|li|tr|table|section|article|blockquote|pre|ul|ol|dd|dt)\s*>/gi, '\n\n');
  s = s.replace(/<(p|div|li|tr|section|article|blockquote|pre)\b[^>]*>/gi, '\n\n');
  s = s.replace(/<\/t[dh]\s*>/gi, '\t');
  s = s.replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Read an HTML file's bytes, honouring a declared GBK/GB2312 charset. */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?\s*(gb2312|gbk|gb18030)/i.exec(head);
  if (declared) return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  const { text, encoding } = decodeText(bytes);
  return { html: text, encoding };
}
