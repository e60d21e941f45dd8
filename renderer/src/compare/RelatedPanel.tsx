import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { readingStore } from '../reader/reading-store';
import { useAsync } from '../useAsync';
import { RelatedList } from './RelatedList';

// Wait until the reader stops scrolling before looking up the paragraph on top.
const SETTLE_MS = 400;

/** Side panel of the reading view: passages of other documents related to the paragraph being read. */
export function RelatedPanel() {
  const app = useApp();
  const docs = useAsync(() => api.listDocuments({}), [app.libraryVersion]);
  const [position, setPosition] = useState(readingStore.get());
  useEffect(() => {
    let timer = 0;
    const unsubscribe = readingStore.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setPosition(readingStore.get()), SETTLE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  if (!position || position.blockId === null) return <div className="cmp-empty">打开一份文件，这里会列出其他文件中与当前段落相关的内容。</div>;
  return (
    <div className="cmp-related-panel">
      <RelatedList
        docId={position.docId}
        blockId={position.blockId}
        docs={docs.data ?? []}
        onOpen={(docId, blockId) => app.openDocument(docId, { blockId })}
      />
    </div>
  );
}
