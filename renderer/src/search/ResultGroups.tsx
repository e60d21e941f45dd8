import type { SearchDocCount, SearchHit, SearchResult, SearchSort } from '../../../electron/shared/search-types';
import { DocName } from '../library/DocName';
import { useDocumentNames } from '../library/library-docs';
import { MarkedText } from '../MarkedText';

export const SORT_LABELS: Record<SearchSort, string> = { relevance: '相关度', document: '文档顺序', date: '发布日期' };

export interface ResultGroup {
  doc: SearchDocCount;
  hits: SearchHit[];
}

/** Hits grouped by document, groups in the result's document order: the order they are shown and walked with ↓. */
export function groupHits(result: SearchResult): ResultGroup[] {
  const byDoc = new Map<number, SearchHit[]>();
  for (const hit of result.hits) byDoc.set(hit.docId, [...(byDoc.get(hit.docId) ?? []), hit]);
  return result.docs.filter((d) => byDoc.has(d.docId)).map((doc) => ({ doc, hits: byDoc.get(doc.docId)! }));
}

/** A group header counts paragraphs (段), like the status line; the find bar counts both. */
export function ResultGroupList({
  groups,
  selected,
  onOpen,
  onOpenDoc,
}: {
  groups: readonly ResultGroup[];
  selected?: SearchHit;
  onOpen(hit: SearchHit): void;
  onOpenDoc(docId: number): void;
}) {
  const nameOf = useDocumentNames();
  return (
    <>
      {groups.map(({ doc, hits }) => (
        <section key={doc.docId} className="search-group" aria-label={doc.title}>
          <h3 className="search-doc">
            <button type="button" onClick={() => onOpenDoc(doc.docId)}>
              <DocName name={nameOf(doc.docId, doc.title)} />
            </button>
            <span className="search-doc-count">{doc.count} 段</span>
          </h3>
          <ul>
            {hits.map((hit) => {
              const path = hit.path[0] === doc.title ? hit.path.slice(1) : hit.path;
              return (
                <li key={hit.blockId}>
                  <button
                    type="button"
                    className={`search-hit${hit === selected ? ' selected' : ''}${hit.kind === 'heading' ? ' search-hit-heading' : ''}`}
                    aria-current={hit === selected ? 'true' : undefined}
                    onClick={() => onOpen(hit)}
                    ref={(el) => {
                      if (el && hit === selected) el.scrollIntoView({ block: 'nearest' });
                    }}
                  >
                    {path.length > 0 && <span className="search-path">{path.join(' › ')}</span>}
                    <span className="search-snippet">
                      <MarkedText text={hit.snippet} marks={hit.highlights.map(([start, end]) => ({ start, end, className: 'search-match' }))} />
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
