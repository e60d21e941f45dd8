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
      <h2 className="start-title start-gap">常用操作</h2>
      <dl className="start-keys">
        <dt>导入文件</dt>
        <dd>把 TXT、Word、PDF 等文件拖到窗口中，或点击文库上方的“导入”</dd>
        <dt>
          <kbd>]</kbd> <kbd>[</kbd>
        </dt>
        <dd>下一节、上一节（加 Shift 为下一章、上一章）</dd>
        <dt>
          <kbd>O</kbd>
        </dt>
        <dd>转到目录，用方向键浏览、展开和折叠</dd>
        <dt>
          <kbd>F5</kbd>
        </dt>
        <dd>演示模式：全屏大字，逐段讲解，Esc 返回原处</dd>
        <dt>引用、链接</dt>
        <dd>指向段落右侧，复制带出处的段落或指向该段的链接；把链接粘贴到本窗口即可打开</dd>
      </dl>
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
