import { useEffect, useState, type ReactNode } from 'react';
import { documentNameText } from '../../../electron/shared/document-label';
import type { SearchFacetValue, SearchHit, SearchResult, SearchSort } from '../../../electron/shared/search-types';
import { api } from '../api/client';
import { saveExport } from '../annotations/download';
import { useApp } from '../app-context';
import { DocName } from '../library/DocName';
import { useDocumentNames } from '../library/library-docs';
import { groupHits, ResultGroupList, SORT_LABELS } from './ResultGroups';
import type { SearchScope } from './useLatestSearch';

const PAGE = 50;

interface Filters {
  docId?: number;
  issuer?: string;
  year?: string;
  kind?: string;
}

/** All results of a search, a page at a time, grouped by document, with facets, sort and export. */
export function SearchResultsPage({
  initialQuery,
  scope,
  initialSort,
  onOpen,
  onClose,
}: {
  initialQuery: string;
  scope: SearchScope;
  initialSort: SearchSort;
  onOpen(hit: SearchHit): void;
  onClose(): void;
}) {
  const { notify } = useApp();
  const nameOf = useDocumentNames();
  const [query, setQuery] = useState(initialQuery);
  const [submitted, setSubmitted] = useState(initialQuery);
  const [sort, setSort] = useState<SearchSort>(initialSort);
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<SearchResult | null>(null);
  // The page the shown results are for: the pager names it, not the one asked for and still loading.
  const [shownOffset, setShownOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const args = { query: submitted, ...scope, ...(filters.docId !== undefined ? { docId: filters.docId } : {}), issuer: filters.issuer, year: filters.year, kind: filters.kind, sort };

  useEffect(() => {
    let live = true;
    api.search({ ...args, offset, limit: PAGE, facets: true }).then(
      (r) => live && (setResult(r), setShownOffset(offset), setError(null)),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- args is rebuilt every render; these are what it is made of
  }, [submitted, sort, offset, filters, scope.docId, scope.workId, scope.chapterId]);

  // Escape closes the page wherever the focus is (a button that became disabled drops it to the body).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const filter = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const exportAs = async (format: 'docx' | 'csv') => {
    setExporting(true);
    try {
      const file = await api.exportSearchResults({ ...args, format });
      if (await saveExport(file)) notify(`已导出 ${file.count} 段搜索结果：${file.fileName}`);
    } catch (err) {
      notify(`导出失败：${(err as Error).message}`);
    } finally {
      setExporting(false);
    }
  };
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE)) : 1;
  const pageNo = Math.floor(shownOffset / PAGE) + 1;
  const loading = offset !== shownOffset;

  return (
    <div className="search-page-backdrop">
      <div className="search-page" role="dialog" aria-modal="true" aria-label="全部搜索结果">
        <header className="search-page-head">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(query);
              setOffset(0);
            }}
          >
            <input type="search" value={query} aria-label="搜索词" onChange={(e) => setQuery(e.target.value)} autoFocus />
            <button type="submit">搜索</button>
          </form>
          <label>
            排序
            <select aria-label="结果排序" value={sort} onChange={(e) => (setSort(e.target.value as SearchSort), setOffset(0))}>
              {Object.entries(SORT_LABELS).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <span className="search-page-total" aria-live="polite">
            {error ? `搜索失败：${error}` : result ? `${result.total} 段，${result.docs.length} 份文件` : '正在搜索…'}
          </span>
          <button type="button" disabled={exporting || !result?.total} onClick={() => void exportAs('docx')}>
            导出 Word
          </button>
          <button type="button" disabled={exporting || !result?.total} onClick={() => void exportAs('csv')}>
            导出 CSV
          </button>
          <button type="button" className="search-page-close" aria-label="关闭" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="search-page-body">
          <aside className="search-facets" aria-label="筛选">
            {result && (
              <>
                <Facet
                  title="文件"
                  values={result.docs.map((d) => {
                    const name = nameOf(d.docId, d.title);
                    return { value: String(d.docId), label: <DocName name={name} />, text: documentNameText(name), count: d.count };
                  })}
                  chosen={filters.docId === undefined ? undefined : String(filters.docId)}
                  onChoose={(v) => filter({ docId: v === undefined ? undefined : Number(v) })}
                />
                <Facet title="发文机关" values={labelled(result.facets?.issuer)} chosen={filters.issuer} onChoose={(v) => filter({ issuer: v })} />
                <Facet title="年份" values={labelled(result.facets?.year)} chosen={filters.year} onChoose={(v) => filter({ year: v })} />
                <Facet title="文种" values={labelled(result.facets?.kind)} chosen={filters.kind} onChoose={(v) => filter({ kind: v })} />
              </>
            )}
          </aside>
          <main className="search-page-results" aria-busy={loading}>
            {result && result.total === 0 && <p className="search-empty">没有找到“{result.terms.join(' ')}”</p>}
            {result && <ResultGroupList groups={groupHits(result)} onOpen={onOpen} onOpenDoc={(docId) => filter({ docId })} />}
            {result && result.total > PAGE && (
              <nav className="search-pager" aria-label="分页">
                <button type="button" disabled={shownOffset === 0} onClick={() => setOffset(Math.max(0, shownOffset - PAGE))}>
                  上一页
                </button>
                <span>
                  第 {pageNo} / {pages} 页
                </span>
                <button type="button" disabled={pageNo >= pages} onClick={() => setOffset(shownOffset + PAGE)}>
                  下一页
                </button>
              </nav>
            )}
          </main>
        </div>
      </div>
    </div>
  );
}

const labelled = (values: SearchFacetValue[] | undefined) => (values ?? []).map((v) => ({ ...v, label: v.value, text: v.value }));

function Facet({
  title,
  values,
  chosen,
  onChoose,
}: {
  title: string;
  /** `label` as shown (it may be cut short); `text`, the whole of it, on hover. */
  values: { value: string; label: ReactNode; text: string; count: number }[];
  chosen: string | undefined;
  onChoose(value: string | undefined): void;
}) {
  if (values.length === 0 && chosen === undefined) return null;
  return (
    <section className="search-facet" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {chosen !== undefined && (
          <li>
            <button type="button" className="search-facet-clear" onClick={() => onChoose(undefined)}>
              全部
            </button>
          </li>
        )}
        {values.slice(0, 30).map((v) => (
          <li key={v.value}>
            <button type="button" aria-pressed={chosen === v.value} onClick={() => onChoose(chosen === v.value ? undefined : v.value)}>
              <span className="search-facet-label" title={v.text}>
                {v.label}
              </span>
              <span className="search-doc-count">{v.count} 段</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
