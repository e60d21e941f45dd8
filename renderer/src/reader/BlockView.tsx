import { memo, type ReactNode } from 'react';
import type { Block } from '../../../electron/shared/types';
import { blockAdornments, type Decoration } from '../extensions';
import { BlockFigures } from '../figures/BlockFigures';

interface Props {
  docId: number;
  block: Block;
  decorations?: readonly Decoration[];
  /** Tools shown beside the block (copy citation, …); kept outside the heading so its name stays its text. */
  tools?: ReactNode;
  className?: string;
}

interface Segment {
  text: string;
  marks: Decoration[];
}

/** Cut `text` at every decoration boundary; each piece lists the decorations covering it. */
export function segmentText(text: string, decorations: readonly Decoration[]): Segment[] {
  const valid = decorations.filter((d) => d.start < d.end && d.start >= 0 && d.end <= text.length);
  if (valid.length === 0) return [{ text, marks: [] }];
  const cuts = new Set<number>([0, text.length]);
  for (const d of valid) cuts.add(d.start).add(d.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ text: text.slice(start, end), marks: valid.filter((d) => d.start <= start && d.end >= end) });
  }
  return segments;
}

function renderText(text: string, decorations: readonly Decoration[]): ReactNode {
  return segmentText(text, decorations).map((s, i) => {
    if (s.marks.length === 0) return s.text;
    const attrs = Object.assign({}, ...s.marks.map((m) => m.attrs ?? {})) as Record<string, string>;
    const title = s.marks.map((m) => m.title).filter(Boolean).join('\n') || undefined;
    return (
      <mark key={i} className={s.marks.map((m) => m.className).join(' ')} title={title} {...attrs}>
        {s.text}
      </mark>
    );
  });
}

/**
 * One block of a document, the single place where block text becomes DOM. Every view (reader,
 * presentation, compare panes) renders blocks through it, so decorations show everywhere.
 * `data-block-id` on the root lets selection code map DOM positions back to blocks. The pictures the source
 * carried are drawn with the block they belong to (above a caption 图N), outside its text.
 */
export const BlockView = memo(function BlockView({ docId, block, decorations = [], tools, className }: Props) {
  const content = renderText(block.text, decorations);
  const level = Math.min(Math.max(block.level, 1), 5);
  const HeadingTag = `h${level + 1}` as 'h2';
  return (
    <div className={`block block-${block.kind}${className ? ` ${className}` : ''}`} data-block-id={block.blockId}>
      <BlockFigures docId={docId} blockId={block.blockId} placement="before" />
      {block.kind === 'heading' ? (
        <HeadingTag className={`heading level-${level}`} data-text-root="">
          {content}
        </HeadingTag>
      ) : (
        <p className="paragraph" data-text-root="">
          {content}
        </p>
      )}
      <BlockFigures docId={docId} blockId={block.blockId} placement="after" />
      {blockAdornments.length > 0 && (
        <span className="block-adornments">
          {blockAdornments.map((Adornment, i) => (
            <Adornment key={i} docId={docId} block={block} />
          ))}
        </span>
      )}
      {tools}
    </div>
  );
});
