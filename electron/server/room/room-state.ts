import type { ReadingPath, RoomState } from '../../shared/training-types';
import type { CoreApi } from '../../core/core-api';

export type { RoomState };

export async function roomState(lib: CoreApi): Promise<RoomState> {
  const presented = await lib.call('getPresentedStop', {});
  if (!presented) return { presented: null, path: null, annotations: [] };
  const full = await lib.call('getReadingPath', { pathId: presented.pathId });
  // The presenter's notes are for the presenter's screen only.
  const path: ReadingPath = { ...full, stops: full.stops.map((s) => ({ ...s, note: '' })) };
  const stop = path.stops[presented.index];
  const blockIds = new Set([...(stop?.place.blocks ?? []), ...(stop?.place2?.blocks ?? [])].map((b) => b.blockId));
  const docIds = [...new Set([stop?.docId, stop?.doc2Id].filter((d): d is number => typeof d === 'number'))];
  const annotations = (await Promise.all(docIds.map((docId) => lib.call('listAnnotations', { docId }))))
    .flat()
    .filter((a) => a.start && a.end && (blockIds.has(a.start.blockId) || blockIds.has(a.end.blockId)))
    .map(({ uuid, start, end, color, style }) => ({ uuid, start, end, color, style }));
  return { presented, path, annotations };
}
