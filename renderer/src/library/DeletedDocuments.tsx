import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';

/** The recycle bin: deleted documents stay restorable until removed here for good. */
export function DeletedDocuments() {
  const { libraryVersion, notify } = useApp();
  const deleted = useAsync(() => api.listDeleted({}), [libraryVersion]);
  const [open, setOpen] = useState(false);
  const list = deleted.data ?? [];
  // An emptied bin closes, so the next deletion shows it folded like the first.
  useEffect(() => {
    if (deleted.data?.length === 0) setOpen(false);
  }, [deleted.data]);
  if (list.length === 0) return null;
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notify(done);
    } catch (err) {
      notify((err as Error).message);
    }
  };
  return (
    <section className="recycle" aria-label="最近删除">
      <button type="button" className="recycle-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        最近删除（{list.length}）
      </button>
      {open && (
        <ul className="recycle-list">
          {list.map((d) => (
            <li key={d.id}>
              <span className="recycle-title" title={d.title}>
                {d.title}
              </span>
              <button type="button" className="link-button" onClick={() => run(() => api.restoreDocument({ docId: d.id }), `已恢复《${d.title}》`)}>
                恢复
              </button>
              <button
                type="button"
                className="link-button danger"
                onClick={() => {
                  if (window.confirm(`彻底删除《${d.title}》？此操作无法撤销。`))
                    void run(() => api.purgeDocument({ docId: d.id }), `已彻底删除《${d.title}》`);
                }}
              >
                彻底删除
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
