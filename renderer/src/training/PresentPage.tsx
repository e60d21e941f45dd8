import { useEffect, useState } from 'react';
import type { ReadingPath, ReadingStop } from '../../../electron/shared/training-types';
import { chapterPathText } from '../../../electron/shared/citation';
import { KIND_LABEL, stopLabel } from '../../../electron/shared/stop-label';
import { api } from '../api/client';
import { useAsync } from '../useAsync';
import { openScreen, parsePresentHash, SCREEN_BLOCKED, type PresentRoute } from './present-route';
import { usePresentStep, useStepKeys } from './present-sync';
import { StopText } from './StopText';
import './training.css';

/** The page #/present?path=…&role=… (see present-route.ts). */
export function PresentPage() {
  const route = parsePresentHash(window.location.hash);
  const loaded = useAsync(() => (route ? api.getReadingPath({ pathId: route.pathId }) : Promise.reject(new Error('地址中没有阅读路线'))), [route?.pathId]);
  useEffect(() => {
    if (loaded.data) document.title = `${route?.role === 'audience' ? '观众屏' : '演讲者视图'} · ${loaded.data.title}`;
  }, [loaded.data, route?.role]);
  if (loaded.error) return <p className="present-error">{loaded.error}</p>;
  if (!loaded.data || !route) return <p className="present-loading">正在载入阅读路线…</p>;
  if (loaded.data.stops.length === 0) return <p className="present-error">这条阅读路线还没有站点。</p>;
  return <Present path={loaded.data} route={route} />;
}

function Present({ path, route }: { path: ReadingPath; route: PresentRoute }) {
  const count = path.stops.length;
  const { index, go } = usePresentStep(path.id, count);
  useStepKeys(index, count, go);
  // Trainees following over `serve --lan` go where the presenter's screen is.
  useEffect(() => {
    if (route.role === 'presenter') api.setPresentedStop({ pathId: path.id, index }).catch(() => {});
  }, [route.role, path.id, index]);
  return route.role === 'audience' ? <AudienceScreen path={path} index={index} /> : <PresenterScreen path={path} index={index} go={go} />;
}

/** Paragraphs the stop shows (headings are not 段). */
function countParagraphs(stop: ReadingStop): number {
  return [...stop.place.blocks, ...(stop.place2?.blocks ?? [])].filter((b) => b.kind === 'paragraph').length;
}

/** Where trainees join (serve --lan), to read off the screen; nothing when no room door is open. */
function RoomBadge() {
  const room = useAsync(() => api.getRoomInfo({}), []);
  if (!room.data) return null;
  return (
    <span className="room-badge" aria-label="学员加入方式">
      学员加入：{room.data.urls[0]}　加入码 <strong>{room.data.code}</strong>
    </span>
  );
}

function Counter({ index, count }: { index: number; count: number }) {
  return (
    <span className="present-counter" aria-label="站点进度">
      第 {index + 1} / {count} 站
    </span>
  );
}

/** The main screen: only the text, large, with highlights. */
function AudienceScreen({ path, index }: { path: ReadingPath; index: number }) {
  const stop = path.stops[index]!;
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [index]);
  return (
    <div className="audience" data-role="audience">
      <header className="audience-head">
        <span className="audience-doc">《{stop.place.docTitle ?? '已删除的文档'}》</span>
        {stop.place.chapterPath.length > 0 && <span className="audience-path">{chapterPathText(stop.place.chapterPath)}</span>}
      </header>
      <main className="audience-stage" aria-live="polite">
        <h1 className="audience-title">{stopLabel(stop)}</h1>
        <StopText stop={stop} />
      </main>
      <footer className="audience-foot">
        <RoomBadge />
        <Counter index={index} count={path.stops.length} />
        <div className="audience-bar" style={{ width: `${((index + 1) / path.stops.length) * 100}%` }} />
      </footer>
    </div>
  );
}

function useElapsed(): [string, () => void] {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - started) / 1000));
  const text = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return [text, () => setStarted(Date.now())];
}

/** The presenter's screen: the current stop with notes, the next stop, the time, the path list. */
function PresenterScreen({ path, index, go }: { path: ReadingPath; index: number; go(index: number): void }) {
  const stop = path.stops[index]!;
  const next = path.stops[index + 1];
  const [elapsed, restart] = useElapsed();
  return (
    <div className="presenter" data-role="presenter">
      <header className="presenter-head">
        <h1 className="presenter-path-title">{path.title}</h1>
        <RoomBadge />
        <Counter index={index} count={path.stops.length} />
        <span className="presenter-timer" role="timer" aria-label="已用时间">
          {elapsed}
        </span>
        <button type="button" className="text-button" onClick={restart}>
          重新计时
        </button>
        <button type="button" className="text-button" onClick={() => !openScreen(path.id, 'audience') && window.alert(SCREEN_BLOCKED)}>
          打开观众屏
        </button>
      </header>
      <div className="presenter-body">
        <section className="presenter-current" aria-label="当前站点">
          <h2>{stopLabel(stop)}</h2>
          <p className="presenter-meta" aria-label="站点内容">
            {KIND_LABEL[stop.kind]} · {countParagraphs(stop)} 段
          </p>
          <div className="presenter-notes" aria-label="讲解备注">
            {stop.note ? stop.note.split('\n').map((line, i) => <p key={i}>{line}</p>) : <p className="muted">（没有备注）</p>}
          </div>
          <div className="presenter-text">
            <StopText stop={stop} />
          </div>
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label="下一站">
            <h3>下一站</h3>
            {next ? (
              <>
                <p className="presenter-next-title">{stopLabel(next)}</p>
                {next.place.text !== stopLabel(next) && <p className="presenter-next-text">{next.place.text.slice(0, 80)}</p>}
              </>
            ) : (
              <p className="muted">（已是最后一站）</p>
            )}
          </section>
          <nav className="presenter-list" aria-label="路线站点">
            <ol>
              {path.stops.map((s, i) => (
                <li key={s.stopId}>
                  <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                    <span className="presenter-list-n">{i + 1}</span>
                    {stopLabel(s)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <p className="presenter-keys">→ / PageDown / 空格 下一站　← / PageUp 上一站</p>
        </aside>
      </div>
    </div>
  );
}
