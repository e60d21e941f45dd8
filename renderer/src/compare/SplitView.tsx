import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../electron/shared/types';
import { useApp } from '../app-context';
import { AlignmentMap, MIN_SYNC_SIMILARITY } from './alignment-map';
import { loadComparison } from './comparison-cache';
import { DocumentPane } from './DocumentPane';
import type { PaneHandle } from './pane-handle';
import { PaneResizer } from './PaneResizer';
import { usePaneArrangement, type PaneLayout } from './pane-layout';

export interface PaneState {
  key: number;
  docId: number | null;
  /** Where to open the document (a search hit or related passage sent here). */
  blockId?: number | null;
}

type LinkMap = AlignmentMap | 'same' | 'unrelated';

/**
 * Two to four documents side by side, each scrolling on its own or linked by their alignment;
 * three or four panes that would be too narrow to read side by side are set out two by two.
 */
export function SplitView({ panes, setPanes, widths, setWidths, docs, sync, layout }: {
  panes: PaneState[];
  setPanes(update: (panes: PaneState[]) => PaneState[]): void;
  widths: number[];
  setWidths(widths: number[]): void;
  docs: DocumentSummary[];
  sync: boolean;
  layout: PaneLayout;
}) {
  const { libraryVersion } = useApp();
  const handles = useRef<(PaneHandle | null)[]>([]);
  const expected = useRef<(number | null)[]>([]);
  const frame = useRef<number | null>(null);
  const [links, setLinks] = useState<Map<string, LinkMap>>(new Map());
  const row = useRef<HTMLDivElement>(null);
  const grid = usePaneArrangement(row, panes.length, layout);

  // Alignments between every two documents on screen, in both directions.
  const docIds = panes.map((p) => p.docId);
  const docKey = docIds.join(',');
  useEffect(() => {
    if (!sync) return;
    let live = true;
    const shown = [...new Set(docIds.filter((d): d is number => d !== null))];
    const jobs: Promise<void>[] = [];
    const next = new Map<string, LinkMap>();
    for (const a of shown) {
      next.set(`${a}>${a}`, 'same');
      for (const b of shown) {
        if (a >= b) continue;
        jobs.push(
          loadComparison(a, b, libraryVersion).then(
            (c) => {
              const related = c.summary.similarity >= MIN_SYNC_SIMILARITY;
              next.set(`${a}>${b}`, related ? new AlignmentMap(c, 'a') : 'unrelated');
              next.set(`${b}>${a}`, related ? new AlignmentMap(c, 'b') : 'unrelated');
            },
            () => {
              next.set(`${a}>${b}`, 'unrelated');
              next.set(`${b}>${a}`, 'unrelated');
            },
          ),
        );
      }
    }
    Promise.all(jobs).then(() => live && setLinks(next));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- docKey stands for the documents (a new array each render)
  }, [sync, docKey, libraryVersion]);

  const lastLeader = useRef(0);
  const follow = useCallback(
    (leader: number) => {
      lastLeader.current = leader;
      const from = panes[leader]?.docId;
      const position = handles.current[leader]?.topPosition();
      if (from == null || !position) return;
      panes.forEach((pane, j) => {
        if (j === leader || pane.docId === null) return;
        const link = links.get(`${from}>${pane.docId}`);
        const target = link === 'same' ? position : link instanceof AlignmentMap ? link.map(position) : null;
        if (target) expected.current[j] = handles.current[j]?.scrollToPosition(target) ?? null;
      });
    },
    [panes, links],
  );

  // Once alignments or a pane's text arrive, bring the others to where the last-scrolled pane is.
  const resync = useCallback(
    (loaded?: number) => {
      if (sync && loaded !== lastLeader.current) follow(Math.min(lastLeader.current, panes.length - 1));
    },
    [sync, follow, panes.length],
  );
  useEffect(() => resync(), [links, resync]);

  const onUserScroll = useCallback(
    (index: number) => {
      const handle = handles.current[index];
      if (!handle) return;
      const wanted = expected.current[index];
      if (wanted != null && Math.abs(handle.scrollTop() - wanted) <= 1) return; // our own scroll
      expected.current[index] = null;
      if (!sync || frame.current !== null) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        follow(index);
      });
    },
    [sync, follow],
  );

  const openElsewhere = (from: number, docId: number, blockId: number) => {
    const showing = panes.findIndex((p, i) => i !== from && p.docId === docId);
    if (showing >= 0) {
      handles.current[showing]?.reveal(blockId);
      return;
    }
    const target = (from + 1) % panes.length;
    setPanes((ps) => ps.map((p, i) => (i === target ? { key: p.key, docId, blockId } : p)));
  };

  const noteFor = (index: number): string | null => {
    if (!sync || index === 0) return null;
    const first = panes[0]?.docId;
    const mine = panes[index]?.docId;
    if (first == null || mine == null) return null;
    return links.get(`${first}>${mine}`) === 'unrelated' ? '与第 1 栏不是同一文本的版本，滚动不联动' : null;
  };

  return (
    <div className={`cmp-split${grid ? ' grid' : ''}`} ref={row} data-arrangement={grid ? 'grid' : 'row'}>
      {panes.map((pane, i) => (
        <div key={pane.key} className="cmp-pane-slot" style={grid ? undefined : { flexBasis: `${(widths[i] ?? 1 / panes.length) * 100}%` }}>
          <DocumentPane
            index={i}
            docId={pane.docId}
            initialBlockId={pane.blockId}
            docs={docs}
            canClose={panes.length > 2}
            note={noteFor(i)}
            onChangeDoc={(docId) => setPanes((ps) => ps.map((p, k) => (k === i ? { key: p.key, docId } : p)))}
            onClose={() => setPanes((ps) => ps.filter((_, k) => k !== i))}
            onOpenElsewhere={(docId, blockId) => openElsewhere(i, docId, blockId)}
            onUserScroll={onUserScroll}
            onReady={resync}
            handleRef={(h: PaneHandle | null) => {
              handles.current[i] = h;
            }}
          />
          {!grid && i < panes.length - 1 && <PaneResizer index={i} widths={widths} setWidths={setWidths} container={row} />}
        </div>
      ))}
    </div>
  );
}
