import type { DocumentSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useAsync } from '../useAsync';

/** Passages of other documents most similar to a paragraph or section; a click opens one in another pane. */
export function RelatedList({ docId, blockId, docs, onClose, onOpen }: {
  docId: number;
  blockId: number;
  docs: DocumentSummary[];
  /** Without it the list has no close button (a side panel closes itself). */
  onClose?(): void;
  onOpen(docId: number, blockId: number): void;
}) {
  const related = useAsync(() => api.relatedPassages({ docId, blockId, limit: 8 }), [docId, blockId]);
  const titleOf = (id: number) => docs.find((d) => d.id === id)?.title ?? `文档 ${id}`;
  return (
    <aside className="cmp-related" aria-label="相关段落">
      <header className="cmp-related-header">
        <strong>相关段落</strong>
        <span className="cmp-related-query">{related.data ? `“${related.data.query.slice(0, 40)}${related.data.query.length > 40 ? '…' : ''}”` : ''}</span>
        {onClose && (
          <button type="button" className="cmp-tool cmp-close" onClick={onClose} aria-label="关闭相关段落">
            ×
          </button>
        )}
      </header>
      <div className="cmp-related-list">
        {related.loading && <div className="cmp-search-status">正在查找…</div>}
        {related.error && <div className="cmp-search-status">查找失败：{related.error}</div>}
        {related.data?.passages.length === 0 && <div className="cmp-search-status">其他文件中没有相近的段落</div>}
        {related.data?.passages.map((p) => (
          <button key={p.blockId} type="button" className="cmp-related-item" data-related-block={p.blockId} data-related-doc={p.docId} onClick={() => onOpen(p.docId, p.blockId)} title={onClose ? '在另一栏打开' : '打开这一段'}>
            <span className="cmp-related-meta">
              <span className="cmp-related-doc">{titleOf(p.docId)}</span>
              {p.section && <span className="cmp-related-section">{p.section}</span>}
              <span className="cmp-related-score">{Math.round(p.score * 100)}%{p.nearDuplicate ? ' · 几乎相同' : ''}</span>
            </span>
            <span className="cmp-related-text">{p.text}</span>
          </button>
        ))}
      </div>
    </aside>
  );
}
