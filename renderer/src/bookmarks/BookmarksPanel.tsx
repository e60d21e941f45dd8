import { api } from '../api/client';
import { useApp } from '../app-context';
import { DocName } from '../library/DocName';
import { useDocumentNames } from '../library/library-docs';
import { useBookmarks } from './bookmark-list';
import { bookmarkHere } from './bookmark-here';

/** 书签: places the reader marked (Ctrl+D), newest first; a click goes back there. */
export function BookmarksPanel() {
  const { openDocument, notify, activeDocId } = useApp();
  const { bookmarks, error } = useBookmarks();
  const nameOf = useDocumentNames();
  return (
    <div className="bookmarks">
      <div className="panel-heading">
        <h2 className="panel-title">书签</h2>
        <div className="panel-tools">
          <button type="button" className="text-button small" disabled={activeDocId === null} onClick={() => void bookmarkHere(notify)} title="为正在阅读的位置加书签（Ctrl+D）">
            加书签
          </button>
        </div>
      </div>
      {error && <p className="error">{error}</p>}
      {bookmarks?.length === 0 && <p className="muted panel-empty">阅读时按 Ctrl+D，或点“加书签”，把当前位置记下来。</p>}
      <ul className="bookmark-list" aria-label="书签">
        {bookmarks?.map((b) => (
          <li key={b.id}>
            <button type="button" className="bookmark-item" onClick={() => openDocument(b.docId, b.blockId ? { blockId: b.blockId } : {})}>
              <span className="bookmark-doc">
                <DocName name={nameOf(b.docId, b.docTitle)} />
              </span>
              <span className="bookmark-label">{b.label}</span>
            </button>
            <button
              type="button"
              className="icon-close"
              aria-label={`删除书签：${b.label}`}
              onClick={() => api.removeBookmark({ bookmarkId: b.id }).catch((err: Error) => notify(err.message))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
