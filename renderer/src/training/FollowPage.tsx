import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { stopLabel } from '../../../electron/shared/stop-label';
import type { RoomState, StopPlace } from '../../../electron/shared/training-types';
import { readSelection } from '../annotations/dom-selection';
import { saveExport } from '../annotations/download';
import type { Decoration } from '../extensions';
import { codeInFollowHash } from './present-route';
import { myNotes, useMyNotes, type MyNote } from './my-notes';
import { fetchNotesHandout, fetchRoomState, onRoomStep, RoomError, savedCode } from './room-client';
import { PlaceView, StopText, withSelection, type Selection } from './StopText';
import './training.css';

/** The trainee's page (#/follow on the room door of `serve --lan`): the join code, then the presenter's stop. */
export function FollowPage() {
  const [code, setCode] = useState<string | null>(() => codeInFollowHash(window.location.hash) ?? savedCode.get());
  const [state, setState] = useState<RoomState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (c: string) => {
    try {
      setState(await fetchRoomState(c));
      setError(null);
      savedCode.set(c);
    } catch (err) {
      setError((err as Error).message);
      if (err instanceof RoomError && err.status === 401) setCode(null);
    }
  }, []);

  useEffect(() => {
    if (!code) return;
    void load(code);
    return onRoomStep(code, () => void load(code));
  }, [code, load]);

  if (!code) return <JoinForm error={error} onJoin={setCode} />;
  if (!state) return <p className="present-loading">{error ?? '正在加入……'}</p>;
  if (!state.presented || !state.path) return <p className="present-loading">讲解尚未开始，请稍候……</p>;
  return <Follow state={state} code={code} error={error} />;
}

function JoinForm({ error, onJoin }: { error: string | null; onJoin(code: string): void }) {
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (/^\d{6}$/.test(value.trim())) onJoin(value.trim());
  };
  return (
    <form className="follow-join" onSubmit={submit}>
      <h1>加入培训</h1>
      <p>请输入讲解人屏幕上或启动时显示的 6 位加入码。</p>
      <input aria-label="加入码" inputMode="numeric" maxLength={6} value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <button type="submit" className="text-button primary">
        加入
      </button>
      {error && <p className="error">{error}</p>}
    </form>
  );
}

function Follow({ state, code, error }: { state: RoomState; code: string; error: string | null }) {
  const path = state.path!;
  const index = Math.min(state.presented!.index, path.stops.length - 1);
  const stop = path.stops[index]!;
  const notes = useMyNotes(path.uuid);
  const stage = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);

  const trainer = useMemo(() => {
    const out = new Map<number, Decoration[]>();
    for (const a of state.annotations) {
      if (!a.start || !a.end || a.start.blockId !== a.end.blockId) continue;
      const d: Decoration = { start: a.start.offset, end: a.end.offset, className: `anno anno-${a.color} anno-${a.style}` };
      out.set(a.start.blockId, [...(out.get(a.start.blockId) ?? []), d]);
    }
    return out;
  }, [state.annotations]);

  const renderPlace = (place: StopPlace, selection: Selection) => {
    const marks = new Map(trainer);
    for (const n of notes) {
      if (!place.blocks.some((b) => b.blockId === n.blockId)) continue;
      marks.set(n.blockId, [...(marks.get(n.blockId) ?? []), { start: n.start, end: n.end, className: 'mine-mark', title: n.note }]);
    }
    return <PlaceView key={place.blockId} place={place} decorations={withSelection(marks, place, selection)} />;
  };

  const mark = () => {
    const sel = stage.current && readSelection(stage.current);
    if (!sel) return;
    const end = sel.end.blockId === sel.start.blockId ? sel.end.offset : sel.start.offset + sel.text.split('\n')[0]!.length;
    const note = window.prompt('我的笔记（可留空）', '') ?? '';
    myNotes.add(path.uuid, { position: stop.position, blockId: sel.start.blockId, start: sel.start.offset, end, quote: sel.text.split('\n')[0]!, note });
    window.getSelection()?.removeAllRanges();
  };

  const exportNotes = async () => {
    setBusy(true);
    try {
      await saveExport(await fetchNotesHandout(code, notes));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="follow">
      <header className="audience-head">
        <span className="audience-doc">{path.title}</span>
        <span className="present-counter" aria-label="站点进度">
          第 {index + 1} / {path.stops.length} 站
        </span>
        {error && <span className="error">{error}</span>}
      </header>
      <main className="follow-stage" ref={stage}>
        <h1 className="audience-title">{stopLabel(stop)}</h1>
        <StopText stop={stop} renderPlace={renderPlace} />
      </main>
      <aside className="follow-notes" aria-label="我的笔记">
        <div className="training-row">
          <button type="button" className="text-button small primary" onClick={mark}>
            划线并记笔记
          </button>
          <button type="button" className="text-button small" onClick={() => void exportNotes()} disabled={busy}>
            导出为 Word
          </button>
        </div>
        <p className="muted">笔记只保存在这台设备的浏览器中。</p>
        <ol>
          {notes.map((n: MyNote) => (
            <li key={n.id}>
              <span className="follow-note-pos">第 {n.position} 站</span> <mark className="mine-mark">{n.quote}</mark> {n.note}
              <button type="button" className="icon-mini" aria-label="删除笔记" onClick={() => myNotes.remove(path.uuid, n.id)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
