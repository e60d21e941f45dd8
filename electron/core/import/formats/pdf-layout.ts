// Reading order and line geometry of a PDF page's text, from pdfjs text items.

export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** What the page geometry says about a printed line, which the text alone cannot. */
export interface LineLayout {
  /** The line reaches the right edge of its column: the paragraph goes on. */
  full: boolean;
  /** The line starts further in than its column's left edge: a paragraph begins. */
  indented: boolean;
}

export interface PageLine extends LineLayout {
  text: string;
  /** Its baseline on the page (PDF units, from the bottom): pictures are placed among the lines by it. */
  y: number;
}

interface Segment {
  y: number;
  size: number;
  left: number;
  right: number;
  text: string;
}

/** Text on one baseline, cut where a gap wider than a column gutter separates it. */
function segments(items: TextItem[]): Segment[] {
  const rows: { y: number; size: number; parts: { x: number; end: number; str: string }[] }[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const size = Math.abs(it.transform[3]!) || it.height || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < Math.max(2, size * 0.4));
    if (!row) rows.push((row = { y, size, parts: [] }));
    row.parts.push({ x, end: x + it.width, str: it.str });
  }
  const out: Segment[] = [];
  for (const r of rows) {
    r.parts.sort((a, b) => a.x - b.x);
    let seg: Segment | null = null;
    let lastEnd = 0;
    for (const p of r.parts) {
      const gap = p.x - lastEnd;
      if (seg && p.str.trim() && gap > r.size * 1.5) {
        out.push(seg);
        seg = null;
      }
      if (!seg) {
        if (!p.str.trim()) continue;
        seg = { y: r.y, size: r.size, left: p.x, right: p.end, text: '' };
      } else if (gap > r.size * 0.25 && !seg.text.endsWith(' ') && !p.str.startsWith(' ')) seg.text += ' ';
      seg.text += p.str;
      if (p.str.trim()) seg.right = Math.max(seg.right, p.end);
      lastEnd = p.end;
    }
    if (seg) out.push(seg);
  }
  for (const s of out) s.text = s.text.replace(/\s+$/, '');
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Left edges of the page's text columns: where many lines start, far enough apart to be columns. */
function columnStarts(segs: Segment[]): number[] {
  const body = segs.filter((s) => s.text.replace(/\s/g, '').length >= 4);
  if (body.length < 6) return [Math.min(...segs.map((s) => s.left), 0)];
  const size = median(body.map((s) => s.size));
  const lefts = body.map((s) => s.left).sort((a, b) => a - b);
  const clusters: { start: number; count: number }[] = [];
  for (const x of lefts) {
    const last = clusters.at(-1);
    if (last && x - last.start <= size * 3) last.count++; // the same edge, or a paragraph indent from it
    else clusters.push({ start: x, count: 1 });
  }
  const starts = clusters.filter((c) => c.count >= Math.max(4, body.length * 0.15)).map((c) => c.start);
  // A column is at least eight characters wide.
  return starts.filter((x, i) => i === 0 || x - starts[i - 1]! >= size * 8).length > 0 ? starts : [lefts[0]!];
}

/** The page's lines in reading order (column by column, top to bottom), with their geometry. */
export function pageLines(items: TextItem[]): PageLine[] {
  const segs = segments(items);
  if (segs.length === 0) return [];
  const starts = columnStarts(segs);
  const columns: Segment[][] = starts.map(() => []);
  for (const s of segs) {
    let c = 0;
    while (c + 1 < starts.length && s.left >= starts[c + 1]! - s.size) c++;
    columns[c]!.push(s);
  }
  const lines: PageLine[] = [];
  for (const column of columns) {
    column.sort((a, b) => b.y - a.y);
    const body = column.filter((s) => s.text.replace(/\s/g, '').length >= 8);
    const right = median(body.map((s) => s.right));
    const left = body.length ? Math.min(...body.map((s) => s.left)) : 0;
    const enough = body.length >= 3;
    for (const s of column) {
      lines.push({
        text: s.text,
        y: s.y,
        full: enough && s.right >= right - s.size * 0.6,
        indented: enough && s.left >= left + s.size * 1.5,
      });
    }
  }
  return lines;
}
