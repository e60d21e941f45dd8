import { useMemo, type ReactNode } from 'react';
import type { ReadingStop, StopPlace } from '../../../electron/shared/training-types';
import type { BlockDecorations, Decoration } from '../extensions';
import { BlockView } from '../reader/BlockView';
import { useBlockDecorations } from '../reader/decorations';

const EMPTY: readonly Decoration[] = [];
export type Selection = { start: number; end: number } | null;

/** A stop's selection (offsets in its first block) as a decoration added to the others. */
export function withSelection(decorations: BlockDecorations, place: StopPlace, selection: Selection): BlockDecorations {
  if (!selection || place.blocks.length === 0) return decorations;
  const first = place.blocks[0]!.blockId;
  const merged = new Map(decorations);
  merged.set(first, [...(decorations.get(first) ?? EMPTY), { ...selection, className: 'stop-selection' }]);
  return merged;
}

/** One side of a stop as text with the given decorations, and its citation. */
export function PlaceView({ place, decorations }: { place: StopPlace; decorations: BlockDecorations }) {
  if (place.docId === null) return <p className="stop-missing">（原文已从文库中删除）</p>;
  return (
    <div className="stop-text">
      {place.blocks.map((b) => (
        <BlockView key={b.blockId} docId={place.docId!} block={b} decorations={decorations.get(b.blockId)} />
      ))}
      <p className="stop-citation">——{place.citation}</p>
    </div>
  );
}

/** One side of a stop with the library's highlights (every decoration hook) and the stop's selection. */
function PlaceText({ place, selection }: { place: StopPlace; selection: Selection }) {
  const decorations = useBlockDecorations({ docId: place.docId ?? 0, blocks: place.blocks });
  const marked = useMemo(() => withSelection(decorations, place, selection), [decorations, place, selection]);
  return <PlaceView place={place} decorations={marked} />;
}

const libraryPlace = (place: StopPlace, selection: Selection) => <PlaceText place={place} selection={selection} />;

/** What a stop shows: its passage or chapter, or two passages side by side. */
export function StopText({ stop, renderPlace = libraryPlace }: { stop: ReadingStop; renderPlace?: (place: StopPlace, selection: Selection) => ReactNode }) {
  const selection = stop.startOffset !== null && stop.endOffset !== null ? { start: stop.startOffset, end: stop.endOffset } : null;
  if (stop.place2) {
    return (
      <div className="stop-comparison">
        {renderPlace(stop.place, selection)}
        {renderPlace(stop.place2, null)}
      </div>
    );
  }
  return <>{renderPlace(stop.place, selection)}</>;
}
