import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useApp } from '../app-context';

/** One tab per open document; the library list is the source of titles, so renames show at once. */
export function DocumentTabs() {
  const { openDocIds, activeDocId, openDocument, closeDocument, libraryVersion } = useApp();
  const [docs, setDocs] = useState<Map<number, DocumentSummary>>(new Map());
  useEffect(() => {
    api.listDocuments({}).then((list) => setDocs(new Map(list.map((d) => [d.id, d]))), () => {});
  }, [libraryVersion, openDocIds.length]);
  if (openDocIds.length === 0) return null;
  return (
    <div className="doc-tabs" role="tablist" aria-label="已打开的文档">
      {openDocIds.map((id) => {
        const title = docs.get(id)?.title ?? '…';
        const active = id === activeDocId;
        return (
          <div key={id} className={`doc-tab${active ? ' active' : ''}`}>
            <button type="button" role="tab" aria-selected={active} className="doc-tab-title" title={title} onClick={() => openDocument(id)}>
              {title}
            </button>
            <button type="button" className="doc-tab-close" aria-label={`关闭《${title}》`} onClick={() => closeDocument(id)}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
