// A Markdown file whose body is only a list of links to other files (a folder's README or index) has
// no text of its own: it is reported and skipped rather than shown with its file name as title.

// A link's target may hold one level of parentheses: [条例](条例(2024-09-27).md).
const LINK = /!?\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)|<https?:[^>]+>|https?:\/\/\S+/g;

/** True when, headings aside, every non-empty line is links, list marks and punctuation only, and there are links. */
export function isLinkIndex(markdown: string): boolean {
  let links = 0;
  for (const raw of markdown.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line || /^#{1,6}\s/.test(line) || /^(?:[-*_]\s*){3,}$/.test(line)) continue;
    const found = line.match(LINK);
    if (!found) return false;
    links += found.length;
    const rest = line.replace(LINK, '').replace(/^(?:[-*+]|\d+[.)])\s*/, '');
    if (/[\p{L}\p{N}]/u.test(rest)) return false;
  }
  return links >= 2;
}
