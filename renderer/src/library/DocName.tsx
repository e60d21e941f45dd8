import type { DocumentName } from '../../../electron/shared/document-label';

/**
 * A document's name: its title (which may be cut short with …) and, kept whole after it, what tells it
 * apart from documents of the same title (copy label, date, issuer). Its text is the full name.
 */
export function DocName({ name }: { name: DocumentName }) {
  return (
    <span className="doc-name">
      <span className="doc-name-base">{name.base}</span>
      {name.note && <span className="doc-name-note">（{name.note}）</span>}
    </span>
  );
}
