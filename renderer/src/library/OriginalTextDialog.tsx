import { useEffect, useRef } from 'react';
import type { DocumentDetail } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useAsync } from '../useAsync';

/** The text exactly as imported, before any clean-up, for checking the reading text against it. */
export function OriginalTextDialog({ doc, onClose }: { doc: DocumentDetail; onClose(): void }) {
  const original = useAsync(() => api.getOriginal({ docId: doc.id }), [doc.id]);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="original-dialog" aria-label="原文" onClose={onClose}>
      <header className="dialog-head">
        <h2>原文 · {doc.source}</h2>
        <span className="muted">
          {doc.format} · {doc.encoding}
        </span>
        <button type="button" className="icon-close" aria-label="关闭原文" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      {original.error && <p className="error">{original.error}</p>}
      {original.data && <pre className="original-text">{original.data.text}</pre>}
    </dialog>
  );
}
