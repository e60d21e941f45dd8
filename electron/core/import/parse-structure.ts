import type { Cleanup } from '../../shared/types';
import { cleanText, CleanupCounter, type TextLayout } from './cleanup/clean-text';
import type { LineLayout } from './formats/pdf';
import { buildBlocks, type ParsedBlock } from './structure/build-blocks';
import { splitLongParagraphs } from './structure/split-long-paragraphs';

export type { ParsedBlock } from './structure/build-blocks';

export interface ParsedDocument {
  /** The document's own title as read from the text, or the fallback. */
  title: string;
  blocks: ParsedBlock[];
  cleanups: Cleanup[];
}

/** Original text → reading text: clean-up (furniture, line breaks, spacing), then structure. */
export function parseStructure(text: string, fallbackTitle: string, layout: TextLayout = 'plain', lineLayout?: LineLayout[]): ParsedDocument {
  const counter = new CleanupCounter();
  const { paragraphs } = cleanText(text, layout, counter, lineLayout);
  const markdown = layout === 'markdown' || (layout === 'paragraphs' && /^#{1,6}[ \t]+\S/m.test(text));
  const blocks = splitLongParagraphs(buildBlocks(paragraphs, { markdown, counter }));
  const first = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = first && blocks.indexOf(first) === 0 ? first.text : fallbackTitle;
  return { title, blocks, cleanups: counter.list() };
}
