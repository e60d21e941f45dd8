import { useMemo } from 'react';
import type { ReadingStop, StopPlace } from '../../../electron/shared/training-types';
import type { Decoration } from '../extensions';
import { BlockView } from '../reader/BlockView';
import { useBlockDecorations } from '../reader/decorations';

const EMPTY: readonly Decoration[] = [];

/** One side of a stop as text, with the library's highlights (and the stop's selection) marked. */
function PlaceText({ place, selection }: { place: StopPlace; selection: { start: number; end: number } | null }) {
  const decorations = useBlockDecorations({ docId: place.docId ?? 0, blocks: place.blocks });
  const withSelection = useMemo(() => {
    if (!selection || place.blocks.length === 0) return decorations;
    const first = place.blocks[0]!.blockId;
    const merged = new Map(decorations);
    merged.set(first, [...(decorations.get(first) ?? EMPTY), { ...selection, className: 'stop-selection' }]);
    return merged;
  }, [decorations, selection, place.blocks]);
  if (place.docId === null) return <p className="stop-missing">（原文已从文库中删除）</p>;
  return (
    <div className="stop-text">
      {place.blocks.map((b) => (
        <BlockView key={b.blockId} docId={place.docId!} block={b} decorations={withSelection.get(b.blockId)} />
      ))}
      <p className="stop-citation">——{place.citation}</p>
    </div>
  );
}

/** What a stop shows: its passage or chapter, or two passages side by side. */
export function StopText({ stop }: { stop: ReadingStop }) {
  const selection = stop.startOffset !== null && stop.endOffset !== null ? { start: stop.startOffset, end: stop.endOffset } : null;
  if (stop.place2) {
    return (
      <div className="stop-comparison">
        <PlaceText place={stop.place} selection={selection} />
        <PlaceText place={stop.place2} selection={null} />
      </div>
    );
  }
  return <PlaceText place={stop.place} selection={selection} />;
}
