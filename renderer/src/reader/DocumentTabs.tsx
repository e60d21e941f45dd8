import { documentNameText } from '../../../electron/shared/document-label';
import { useApp } from '../app-context';
import { DocName } from '../library/DocName';
import { useDocumentNames } from '../library/library-docs';

/**
 * One tab per open document; the library list is the source of titles, so renames show at once.
 * Copies of one work show their copy label (or date, issuer) beside the title, whole.
 */
export function DocumentTabs() {
  const { openDocIds, activeDocId, openDocument, closeDocument } = useApp();
  const nameOf = useDocumentNames();
  if (openDocIds.length === 0) return null;
  return (
    <div className="doc-tabs" role="tablist" aria-label="已打开的文档">
      {openDocIds.map((id) => {
        const name = nameOf(id);
        const title = documentNameText(name);
        const active = id === activeDocId;
        return (
          <div
            key={id}
            className={`doc-tab${active ? ' active' : ''}`}
            // Tabs keep a readable width and scroll instead: the active one is always brought into view.
            ref={(el) => {
              if (el && active) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            }}
          >
            <button type="button" role="tab" aria-selected={active} className="doc-tab-title" title={title} aria-label={title} onClick={() => openDocument(id)}>
              <DocName name={name} />
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
