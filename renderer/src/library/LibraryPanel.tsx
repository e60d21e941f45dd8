import { api } from '../api/client';
import { useAsync } from '../useAsync';

interface Props {
  selectedId: number | null;
  onOpen(docId: number): void;
}

export function LibraryPanel({ selectedId, onOpen }: Props) {
  const docs = useAsync(() => api.listDocuments({}), []);
  return (
    <nav className="library-panel" aria-label="文库">
      <h2 className="panel-title">文库</h2>
      {docs.error && <p className="error">{docs.error}</p>}
      <ul className="doc-list">
        {docs.data?.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={d.id === selectedId ? 'doc-item selected' : 'doc-item'}
              onClick={() => onOpen(d.id)}
              title={d.source}
            >
              <span className="doc-title">{d.title}</span>
              <span className="doc-meta">
                {[d.issuer, d.docNumber, d.issuedOn].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {docs.data?.length === 0 && <p className="muted">文库为空</p>}
    </nav>
  );
}
