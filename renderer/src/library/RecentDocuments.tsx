import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';

/** The start page: where the reader left off in recently read documents. */
export function RecentDocuments() {
  const { openDocument, libraryVersion } = useApp();
  const recent = useAsync(() => api.listRecent({ limit: 8 }), [libraryVersion]);
  return (
    <section className="start-page" aria-label="最近阅读">
      <h2 className="start-title">最近阅读</h2>
      {recent.error && <p className="error">{recent.error}</p>}
      {recent.data?.length === 0 && <p className="muted start-hint">从左侧文库中选择一份文件开始阅读；读过的文件会出现在这里，并从上次的位置继续。</p>}
      <ul className="recent-list">
        {recent.data?.map((r) => (
          <li key={r.docId}>
            <button type="button" className="recent-item" onClick={() => openDocument(r.docId, r.blockId ? { blockId: r.blockId } : {})}>
              <span className="recent-title">{r.title}</span>
              <span className="recent-where">{r.sectionTitle ? `读到：${r.sectionTitle}` : '从头开始'}</span>
              <time className="recent-when" dateTime={r.openedAt}>
                {formatWhen(r.openedAt)}
              </time>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  const today = new Date();
  const time = date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === today.toDateString()) return `今天 ${time}`;
  return `${date.getMonth() + 1}月${date.getDate()}日 ${time}`;
}
