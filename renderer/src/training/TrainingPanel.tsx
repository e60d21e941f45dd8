import { useEffect, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { ReadingPath, ReadingStop } from '../../../electron/shared/training-types';
import { enclosingHeadings, headingRank } from '../../../electron/shared/chapter-path';
import { stopLabel } from '../../../electron/shared/stop-label';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { readingStore } from '../reader/reading-store';
import { useAsync } from '../useAsync';
import { ExportButtons, OpenPackButton } from './PackButtons';
import { createNamedPath } from './add-to-path';
import { currentPath } from './current-path';
import { openScreen, SCREEN_BLOCKED } from './present-route';
import { setTrainerLayerHidden } from './trainer-layer';
import './training.css';

/** Reading paths: make one, add the paragraph being read, reorder (drag, or Alt+↑/↓), present, hand out. */
export function TrainingPanel() {
  const { notify } = useApp();
  const [pathId, setChosenPath] = useState<number | null>(currentPath.get);
  const setPathId = (id: number | null) => (currentPath.set(id), setChosenPath(id));
  const [changed, setChanged] = useState(0);
  const [hideLayer, setHideLayer] = useState(false);
  const paths = useAsync(() => api.listReadingPaths({}), [changed]);
  const chosen = (paths.data?.some((p) => p.id === pathId) ? pathId : null) ?? paths.data?.[0]?.id ?? null;
  const path = useAsync(() => (chosen === null ? Promise.resolve(null) : api.getReadingPath({ pathId: chosen })), [chosen, changed]);
  const refresh = () => setChanged((n) => n + 1);

  useEffect(() => {
    setTrainerLayerHidden(hideLayer).catch((err: Error) => notify(err.message));
  }, [hideLayer, notify]);

  const create = async () => {
    const path = await createNamedPath();
    if (!path) return;
    setPathId(path.id);
    refresh();
  };

  return (
    <div className="training-panel">
      <div className="training-row">
        <select aria-label="阅读路线" value={chosen ?? ''} onChange={(e) => setPathId(Number(e.target.value))} disabled={!paths.data?.length}>
          {paths.data?.length ? null : <option value="">（还没有阅读路线）</option>}
          {paths.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}（{p.stops} 站）{p.packId ? ' · 课程包' : ''}
            </option>
          ))}
        </select>
        <button type="button" className="text-button small" onClick={() => void create()}>
          新建路线
        </button>
      </div>
      <div className="training-row">
        <OpenPackButton
          onOpened={(id) => {
            if (id !== null) setPathId(id);
            refresh();
          }}
        />
        <label className="training-check">
          <input type="checkbox" checked={!hideLayer} onChange={(e) => setHideLayer(!e.target.checked)} />
          显示培训者批注
        </label>
      </div>
      {path.error && <p className="error">{path.error}</p>}
      {path.data && <PathEditor path={path.data} onChange={refresh} />}
    </div>
  );
}

function PathEditor({ path, onChange }: { path: ReadingPath; onChange(): void }) {
  const { openDocument, notify } = useApp();
  const [dragged, setDragged] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const act = (work: Promise<unknown>) => work.then(onChange, (err: Error) => notify(err.message));

  const addCurrent = () => {
    const at = readingStore.get();
    if (!at || at.blockId === null) return notify('请先打开文档，滚动到要加入的段落');
    act(api.addReadingStop({ pathId: path.id, docId: at.docId, blockId: at.blockId }));
  };
  /** The chapter (the innermost heading) holding the paragraph at the top of the reader. */
  const addChapter = async () => {
    const at = readingStore.get();
    if (!at || at.blockId === null) return notify('请先打开文档，滚动到要加入的章节');
    const blocks = await api.getBlocks({ docId: at.docId });
    const index = blocks.findIndex((b) => b.blockId === at.blockId);
    const heading = enclosingHeadings((i) => headingRank(blocks[i]!), index).at(-1);
    if (heading === undefined) return notify('这里不在任何章节之内');
    act(api.addReadingStop({ pathId: path.id, kind: 'chapter', docId: at.docId, blockId: blocks[heading]!.blockId }));
  };
  const move = (stop: ReadingStop, position: number) => {
    if (position < 1 || position > path.stops.length) return;
    act(api.moveReadingStop({ stopId: stop.stopId, position }));
  };
  const onKey = (e: KeyboardEvent, stop: ReadingStop) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(stop, stop.position + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const onDrop = (e: DragEvent, stop: ReadingStop) => {
    e.preventDefault();
    const from = path.stops.find((s) => s.stopId === dragged);
    setDragged(null);
    if (from && from.stopId !== stop.stopId) move(from, stop.position);
  };

  return (
    <div className="training-path">
      <div className="training-row">
        <button type="button" className="text-button small primary" onClick={() => !openScreen(path.id, 'presenter') && notify(SCREEN_BLOCKED)} disabled={path.stops.length === 0}>
          演讲者视图
        </button>
        <button type="button" className="text-button small" onClick={addCurrent}>
          添加当前段落
        </button>
        <button type="button" className="text-button small" onClick={() => void addChapter().catch((err: Error) => notify(err.message))}>
          添加当前章节
        </button>
      </div>
      <ol className="training-stops" aria-label="站点（拖动或 Alt+↑/↓ 调整顺序）">
        {path.stops.map((stop) => (
          <li
            key={stop.stopId}
            draggable
            tabIndex={0}
            className={dragged === stop.stopId ? 'dragging' : undefined}
            onDragStart={() => setDragged(stop.stopId)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, stop)}
            onKeyDown={(e) => onKey(e, stop)}
          >
            <div className="training-stop-head">
              <span className="training-stop-n">{stop.position}</span>
              <button
                type="button"
                className="training-stop-title"
                onClick={() => stop.docId !== null && openDocument(stop.docId, stop.blockId !== null ? { blockId: stop.blockId } : {})}
                title={stop.place.citation}
              >
                {stopLabel(stop)}
              </button>
              <button type="button" className="icon-mini" aria-label="上移" onClick={() => move(stop, stop.position - 1)}>
                ↑
              </button>
              <button type="button" className="icon-mini" aria-label="下移" onClick={() => move(stop, stop.position + 1)}>
                ↓
              </button>
              <button type="button" className="icon-mini" aria-label="备注" aria-pressed={editing === stop.stopId} onClick={() => setEditing(editing === stop.stopId ? null : stop.stopId)}>
                ✎
              </button>
              <button type="button" className="icon-mini" aria-label="移除站点" onClick={() => act(api.removeReadingStop({ stopId: stop.stopId }))}>
                ×
              </button>
            </div>
            {stop.place.text !== stopLabel(stop) && <p className="training-stop-text">{stop.place.text.slice(0, 60)}</p>}
            {editing === stop.stopId && <StopEditor pathId={path.id} stop={stop} next={path.stops[stop.position]} onSaved={onChange} />}
          </li>
        ))}
      </ol>
      {path.stops.length === 0 && <p className="muted training-hint">打开文档，滚动到要讲的段落，点“添加当前段落”。</p>}
      <ExportButtons pathId={path.id} />
    </div>
  );
}

/** Two passages side by side: this stop and the next become one comparison stop in their place. */
async function pairWithNext(pathId: number, stop: ReadingStop, next: ReadingStop, title: string, note: string): Promise<void> {
  await api.addReadingStop({
    pathId,
    kind: 'comparison',
    docId: stop.docId!,
    blockId: stop.blockId!,
    doc2Id: next.docId!,
    block2Id: next.blockId!,
    ...(stop.startOffset !== null ? { startOffset: stop.startOffset, endOffset: stop.endOffset! } : {}),
    title,
    note,
    position: stop.position,
  });
  await api.removeReadingStop({ stopId: stop.stopId });
  await api.removeReadingStop({ stopId: next.stopId });
}

function StopEditor({ pathId, stop, next, onSaved }: { pathId: number; stop: ReadingStop; next: ReadingStop | undefined; onSaved(): void }) {
  const { notify } = useApp();
  const [title, setTitle] = useState(stop.title);
  const [note, setNote] = useState(stop.note);
  const save = () => api.updateReadingStop({ stopId: stop.stopId, title, note }).then(onSaved, (err: Error) => notify(err.message));
  const canPair = next !== undefined && stop.kind === 'passage' && next.kind === 'passage' && stop.docId !== null && next.docId !== null;
  return (
    <div className="training-stop-editor">
      <input aria-label="站点标题" placeholder="站点标题" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      <textarea aria-label="讲解备注" placeholder="讲解备注（只在演讲者视图中显示）" value={note} rows={3} onChange={(e) => setNote(e.target.value)} />
      <div className="training-row">
        <button type="button" className="text-button small" onClick={() => void save()}>
          保存
        </button>
        {canPair && (
          <button type="button" className="text-button small" onClick={() => void pairWithNext(pathId, stop, next, title, note).then(onSaved, (err: Error) => notify(err.message))}>
            与下一站并排对照
          </button>
        )}
      </div>
    </div>
  );
}
