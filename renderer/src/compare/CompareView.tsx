import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { otherCopies } from '../library/versions';
import { useAsync } from '../useAsync';
import './compare.css';
import type { PaneLayout } from './pane-layout';
import { SplitView, type PaneState } from './SplitView';
import { VersionView } from './VersionView';

type Mode = 'split' | 'versions';
const MAX_PANES = 4;
const STORAGE_KEY = 'policy-reader.compare';

/** The side-by-side choices, kept across reloads and restarts (localStorage, as the reading settings). */
interface Saved {
  mode: Mode;
  docIds: (number | null)[];
  sync: boolean;
  widths?: number[];
  layout?: PaneLayout;
}

const LAYOUTS: { value: PaneLayout; label: string; title: string }[] = [
  { value: 'auto', label: '自动', title: '三栏或四栏并排太窄时改为上下两排' },
  { value: 'row', label: '并排', title: '所有栏排成一行' },
  { value: 'grid', label: '田字格', title: '上下两排，每排两栏' },
];

function loadSaved(): Saved | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}

/**
 * Two documents to start with: the one being read and another copy of the same work (an open one
 * first, then the most complete); only when it has none, another open document.
 */
export function initialDocs(docs: DocumentSummary[], active: number | null, open: number[]): (number | null)[] {
  const first = active ?? open[0] ?? docs[0]?.id ?? null;
  const copies = otherCopies(docs.find((d) => d.id === first), docs);
  const second =
    copies.find((d) => open.includes(d.id))?.id ?? copies[0]?.id ?? open.find((id) => id !== first) ?? docs.find((d) => d.id !== first)?.id ?? null;
  return [first, second];
}

/** 对照: documents side by side (2–4 panes), or two versions aligned paragraph by paragraph. */
export function CompareView() {
  const app = useApp();
  const docs = useAsync(() => api.listDocuments({}), [app.libraryVersion]);
  const saved = useRef(loadSaved());
  const [mode, setMode] = useState<Mode>(saved.current?.mode ?? 'split');
  const [sync, setSync] = useState(saved.current?.sync ?? true);
  const [layout, setLayout] = useState<PaneLayout>(saved.current?.layout ?? 'auto');
  const nextKey = useRef(1);
  const [panes, setPanes] = useState<PaneState[] | null>(null);
  const [widths, setWidths] = useState<number[]>(() => saved.current?.widths ?? [0.5, 0.5]);

  // Start from the saved panes, or from what the reader has open.
  useEffect(() => {
    if (panes !== null || !docs.data) return;
    const known = new Set(docs.data.map((d) => d.id));
    const fromSaved = saved.current?.docIds.filter((id) => id === null || known.has(id));
    const ids = fromSaved && fromSaved.length >= 2 ? fromSaved : initialDocs(docs.data, app.activeDocId, app.openDocIds);
    setPanes(ids.map((docId) => ({ key: nextKey.current++, docId })));
  }, [docs.data, panes, app.activeDocId, app.openDocIds]);

  const count = panes?.length;
  // A new number of panes shares the width equally; the saved widths stay while the count matches.
  useEffect(() => {
    if (count !== undefined) setWidths((w) => (w.length === count ? w : Array.from({ length: count }, () => 1 / count)));
  }, [count]);

  useEffect(() => {
    if (!panes) return;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ mode, sync, docIds: panes.map((p) => p.docId), widths, layout } satisfies Saved));
  }, [mode, sync, panes, widths, layout]);

  if (docs.error) return <div className="cmp-empty">无法读取文库：{docs.error}</div>;
  if (!docs.data || !panes) return <div className="cmp-empty">正在打开…</div>;
  if (docs.data.length === 0) return <div className="cmp-empty">文库中还没有文件。导入文件后即可对照阅读。</div>;

  const update = (f: (ps: PaneState[]) => PaneState[]) => setPanes((ps) => f(ps ?? []));
  return (
    <div className="cmp-view">
      <div className="cmp-toolbar">
        <div className="cmp-mode" role="tablist" aria-label="对照方式">
          <button type="button" role="tab" aria-selected={mode === 'split'} onClick={() => setMode('split')}>
            并排阅读
          </button>
          <button type="button" role="tab" aria-selected={mode === 'versions'} onClick={() => setMode('versions')}>
            版本比较
          </button>
        </div>
        {mode === 'split' && (
          <>
            <button
              type="button"
              className="cmp-tool"
              disabled={panes.length >= MAX_PANES}
              onClick={() => update((ps) => [...ps, { key: nextKey.current++, docId: null }])}
              title="最多四栏"
            >
              ＋ 添加一栏
            </button>
            <label className="cmp-check" title="按段落对应关系同步各栏的位置（不是按像素）">
              <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />
              同步滚动
            </label>
            {panes.length >= 3 && (
              <div className="cmp-mode cmp-layout" role="radiogroup" aria-label="排列">
                {LAYOUTS.map((l) => (
                  <button key={l.value} type="button" role="radio" aria-checked={layout === l.value} title={l.title} onClick={() => setLayout(l.value)}>
                    {l.label}
                  </button>
                ))}
              </div>
            )}
          </>
        )}
      </div>
      {mode === 'split' ? (
        <SplitView panes={panes} setPanes={update} widths={widths} setWidths={setWidths} docs={docs.data} sync={sync} layout={layout} />
      ) : (
        <VersionView
          a={panes[0]?.docId ?? null}
          b={panes[1]?.docId ?? null}
          docs={docs.data}
          onChange={(a, b) => update((ps) => ps.map((p, i) => (i === 0 ? { key: p.key, docId: a } : i === 1 ? { key: p.key, docId: b } : p)))}
        />
      )}
    </div>
  );
}
