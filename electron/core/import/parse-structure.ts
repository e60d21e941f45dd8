import type { BlockKind } from '../../shared/types';

export interface ParsedBlock {
  kind: BlockKind;
  level: number;
  text: string;
}

export interface ParsedDocument {
  title: string;
  blocks: ParsedBlock[];
}

const CN_NUM = '[一二三四五六七八九十百零〇]+';
// Heading styles of Chinese official documents, outermost first where the convention is fixed.
const HEADING_STYLES: { style: string; pattern: RegExp }[] = [
  { style: 'bian', pattern: new RegExp(`^第${CN_NUM}编\\s*\\S`) },
  { style: 'zhang', pattern: new RegExp(`^第${CN_NUM}章\\s*\\S`) },
  { style: 'preface', pattern: /^(前言|序言|引言|结束语|结语|附件\d*)$/ },
  { style: 'jie', pattern: new RegExp(`^第${CN_NUM}节\\s*\\S`) },
  { style: 'cn-dun', pattern: new RegExp(`^${CN_NUM}、\\S`) },
  { style: 'cn-paren', pattern: new RegExp(`^[（(]${CN_NUM}[）)]\\S`) },
];
const MAX_HEADING_CHARS = 40;

function headingStyle(line: string): string | null {
  if (line.length > MAX_HEADING_CHARS || /[。；;！？]$/.test(line)) return null;
  for (const { style, pattern } of HEADING_STYLES) if (pattern.test(line)) return style;
  return null;
}

/** A first structure pass: one block per non-empty line, headings by their numbering style. */
export function parseStructure(text: string, fallbackTitle: string): ParsedDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l !== '');
  const levelOfStyle = new Map<string, number>();
  const styleOrder = HEADING_STYLES.map((s) => s.style);
  const blocks: ParsedBlock[] = lines.map((line) => {
    const style = headingStyle(line);
    if (!style) return { kind: 'paragraph', level: 0, text: line };
    if (!levelOfStyle.has(style)) levelOfStyle.set(style, 0);
    return { kind: 'heading', level: 0, text: line, style } as ParsedBlock & { style: string };
  });
  // Levels follow the nesting actually used: the outermost style present is level 1.
  const used = styleOrder.filter((s) => levelOfStyle.has(s));
  const levelOf = (s: string) => (s === 'preface' ? Math.max(1, used.indexOf('zhang') + 1) : used.filter((u) => u !== 'preface').indexOf(s) + 1);
  for (const b of blocks as (ParsedBlock & { style?: string })[]) {
    if (b.style) {
      b.level = levelOf(b.style);
      delete b.style;
    }
  }
  const first = lines[0] ?? '';
  const title = first.length > 0 && first.length <= 60 && !/[。；]$/.test(first) ? first : fallbackTitle;
  return { title, blocks };
}
