import type { DocumentDetail } from '../../../electron/shared/types';
import { useApp } from '../app-context';
import { useDocumentNames, useLibraryDocs } from '../library/library-docs';
import { COMPLETE_ENOUGH, completenessLabel, otherCopies } from '../library/versions';
import { titleWithNumber } from '../../../electron/shared/citation';
import { documentNameText } from '../../../electron/shared/document-label';

/**
 * After the last paragraph of a copy that holds only part of its work (a reprint cut off, one
 * newspaper page): say that the copy ends here, not the document, and offer the fuller copies.
 */
export function CopyEndsHere({ detail }: { detail: DocumentDetail }) {
  const { openDocument } = useApp();
  const { docs } = useLibraryDocs();
  const nameOf = useDocumentNames();
  if (detail.completeness === null || detail.completeness >= COMPLETE_ENOUGH) return null;
  const fuller = otherCopies(detail, docs ?? []).filter((d) => (d.completeness ?? 1) > detail.completeness!);
  return (
    <aside className="copy-ends" aria-label="此副本到此为止">
      <p className="copy-ends-title">此副本到此为止</p>
      <p className="copy-ends-text">
        这份副本只有全文的{completenessLabel(detail.completeness)}，原文在此之后还有内容。
        {fuller.length > 0 ? '更完整的版本：' : '文库中没有更完整的版本。'}
      </p>
      {fuller.length > 0 && (
        <ul className="copy-ends-list">
          {fuller.map((d) => (
            <li key={d.id}>
              <button type="button" className="link-button" onClick={() => openDocument(d.id)}>
                {titleWithNumber({ title: documentNameText(nameOf(d.id, d.title)), docNumber: null })}，{completenessLabel(d.completeness)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
