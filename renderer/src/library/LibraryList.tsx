import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { DocumentSummary } from '../../../electron/shared/types';
import { useApp } from '../app-context';
import { useDocumentNames } from './library-docs';
import { libraryRows } from './library-rows';
import { COMPLETE_ENOUGH, completenessLabel } from './versions';

interface Props {
  docs: readonly DocumentSummary[];
  /** Changes whenever the filter does: the list goes back to its top so the first matches show. */
  filterKey: string;
  /** In 多选: the documents chosen; a click then chooses instead of opening. */
  chosen?: ReadonlySet<number> | null;
  onChoose?(docId: number): void;
  children?: React.ReactNode;
}

/**
 * The library's documents, copies of one work under one head with how complete each is. Virtualised:
 * only the rows on screen are in the page, so a library of thousands of laws opens as fast as five.
 */
export function LibraryList({ docs, filterKey, chosen, onChoose, children }: Props) {
  const { activeDocId, openDocument } = useApp();
  const nameOf = useDocumentNames();
  const rows = useMemo(() => libraryRows(docs), [docs]);
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]!.kind === 'work' ? 30 : 58),
    overscan: 8,
    getItemKey: (i) => rows[i]!.key,
  });

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  return (
    <nav className="library-list" aria-label="文库" ref={scrollRef}>
      <ul className="doc-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="doc-row" style={{ transform: `translateY(${item.start}px)` }}>
              {row.kind === 'work' ? (
                <div className="work-head" title={row.title}>
                  <span className="work-title">{row.title}</span>
                  <span className="work-count">{row.copies} 个版本</span>
                </div>
              ) : (
                <DocItem
                  doc={row.doc}
                  copy={row.copy}
                  note={nameOf(row.doc.id, row.doc.title).note}
                  active={row.doc.id === activeDocId}
                  chosen={chosen ? chosen.has(row.doc.id) : undefined}
                  onOpen={() => (chosen && onChoose ? onChoose(row.doc.id) : openDocument(row.doc.id))}
                />
              )}
            </li>
          );
        })}
      </ul>
      {children}
    </nav>
  );
}

function DocItem({ doc, copy, note, active, chosen, onOpen }: {
  doc: DocumentSummary;
  copy: boolean;
  note: string | null;
  active: boolean;
  /** undefined when not choosing. */
  chosen?: boolean;
  onOpen(): void;
}) {
  const complete = completenessLabel(doc.completeness);
  const partial = (doc.completeness ?? 1) < COMPLETE_ENOUGH;
  return (
    <button
      type="button"
      className={`doc-item${active ? ' selected' : ''}${copy ? ' copy' : ''}`}
      aria-current={active ? 'page' : undefined}
      role={chosen === undefined ? undefined : 'checkbox'}
      aria-checked={chosen}
      aria-label={copy ? `${doc.title}（${complete}）` : undefined}
      onClick={onOpen}
      title={doc.source}
    >
      {chosen !== undefined && <span className={`doc-check${chosen ? ' on' : ''}`} aria-hidden="true" />}
      <span className="doc-title">{copy ? (note ?? doc.title) : doc.title}</span>
      {!copy && note && !doc.title.includes(note) && <span className="doc-note">{note}</span>}
      <span className="doc-meta">
        {copy && (
          <span className={`doc-completeness${partial ? ' partial' : ''}`} title="此副本占全文的比例（按同一文件的各版本估算）">
            <span className="doc-completeness-bar" style={{ width: `${Math.round((doc.completeness ?? 1) * 100)}%` }} />
            {complete}
          </span>
        )}
        {[doc.issuer, doc.docNumber, doc.issuedOn].filter(Boolean).join(' · ')}
      </span>
      {doc.collections.length > 0 && <span className="doc-collections">文集：{doc.collections.join('、')}</span>}
    </button>
  );
}
