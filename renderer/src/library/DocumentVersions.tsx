import type { DocumentSummary } from '../../../electron/shared/types';
import { useApp } from '../app-context';
import { DocName } from './DocName';
import { useDocumentNames, useLibraryDocs } from './library-docs';
import { COMPLETE_ENOUGH, completenessLabel, otherCopies } from './versions';

/** In 文档信息: the other copies of this document's work, how complete each is, one click to open. */
export function DocumentVersions({ doc }: { doc: DocumentSummary }) {
  const { openDocument } = useApp();
  const { docs } = useLibraryDocs();
  const nameOf = useDocumentNames();
  const copies = otherCopies(doc, docs ?? []);
  if (copies.length === 0) return null;
  const partial = (doc.completeness ?? 1) < COMPLETE_ENOUGH;
  return (
    <>
      <h3 className="info-subtitle">同一文件的其他版本</h3>
      <p className="muted info-versions-note">
        {partial ? `此副本约占全文的 ${Math.round(doc.completeness! * 100)}%。` : '此副本完整。'}
      </p>
      <ul className="info-versions" aria-label="同一文件的其他版本">
        {copies.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" onClick={() => openDocument(d.id)} title={d.title}>
              <DocName name={nameOf(d.id, d.title)} />
            </button>
            <span className="cleanup-count">{completenessLabel(d.completeness)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
