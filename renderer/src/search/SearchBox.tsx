import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchHit, SearchSort } from '../../../electron/shared/search-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { documentNameText } from '../../../electron/shared/document-label';
import { useDocumentNames } from '../library/library-docs';
import { useAsync } from '../useAsync';
import { useMenuCommand } from '../desktop/useMenuCommand';
import { readingStore } from '../reader/reading-store';
import { currentChapter } from './current-chapter';
import { groupHits, ResultGroupList, SORT_LABELS } from './ResultGroups';
import { SearchResultsPage } from './SearchResultsPage';
import { useLatestSearch, type SearchScope } from './useLatestSearch';
import './search.css';

const LIMIT = 60;
/** The dropdown shows a few hits per document; 全部结果 shows them all. */
const PER_DOC = 3;
/** Documents listed without hits (beyond LIMIT) before the list is cut short. */
const MORE_SHOWN = 30;

type ScopeKind = 'all' | 'doc' | 'work' | 'chapter';

/** The library search in the top bar: results appear as you type, grouped by document. */
export function SearchBox() {
  const { openDocument, activeDocId, view } = useApp();
  const nameOf = useDocumentNames();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(false);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('all');
  const [sort, setSort] = useState<SearchSort>('relevance');
  /** Index into the hits as shown; -1 while the user has not moved into the list. */
  const [selected, setSelected] = useState(-1);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The active document's version group, for "all versions of this work".
  const active = useAsync(() => (activeDocId === null ? Promise.resolve(null) : api.getDocument({ docId: activeDocId })), [activeDocId]);
  const workId = active.data?.workId ?? null;
  // The chapter being read follows the reader's position.
  const position = useSyncExternalStore(readingStore.subscribe, readingStore.get);
  const [chapter, setChapter] = useState<{ docId: number; blockId: number; title: string } | null>(null);
  useEffect(() => {
    if (activeDocId === null) return setChapter(null);
    const docId = activeDocId;
    let live = true;
    currentChapter(docId).then(
      (c) => live && setChapter((old) => (c ? (old?.blockId === c.blockId ? old : { docId, ...c }) : null)),
      () => live && setChapter(null),
    );
    return () => {
      live = false;
    };
  }, [activeDocId, position]);
  const scope: SearchScope =
    scopeKind === 'doc' && activeDocId !== null
      ? { docId: activeDocId }
      : scopeKind === 'work' && workId !== null
        ? { workId }
        : scopeKind === 'chapter' && chapter !== null && chapter.docId === activeDocId
          ? { chapterId: chapter.blockId }
          : {};
  const search = useLatestSearch(query, scope, LIMIT, { sort, perDoc: PER_DOC });
  const groups = search.result ? groupHits(search.result) : [];
  // ↓ and ↑ walk the hits in the order they are shown.
  const shown = groups.flatMap((g) => g.hits);

  useEffect(() => setSelected(-1), [search.result]);
  useEffect(() => {
    const onDown = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);
  // Ctrl+F finds in the open document; with none open it comes here.
  useMenuCommand('find', () => {
    if (activeDocId !== null && view === 'read') return;
    input.current?.focus();
    input.current?.select();
  });

  const go = (hit: SearchHit) => {
    openDocument(hit.docId, { blockId: hit.blockId, query: search.answered });
    setOpen(false);
    setPage(false);
  };
  const openPage = () => {
    setOpen(false);
    setPage(true);
  };
  const more = search.result ? search.result.docs.filter((d) => !groups.some((g) => g.doc.docId === d.docId)) : [];

  return (
    <div className="search-box" ref={box}>
      <input
        ref={input}
        type="search"
        value={query}
        placeholder="搜索全部文件"
        aria-label="搜索全部文件"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            setSelected((s) => Math.max(0, Math.min(shown.length - 1, s + (e.key === 'ArrowDown' ? 1 : -1))));
          } else if (e.key === 'Enter' && query.trim() !== '') {
            e.preventDefault();
            // A hit chosen with the arrows opens; otherwise Enter shows all results.
            const hit = shown[selected];
            if (hit) go(hit);
            else openPage();
          }
        }}
      />
      {open && query.trim() !== '' && (
        <div className="search-panel" role="region" aria-label="搜索结果">
          <div className="search-status">
            <span className="search-controls">
              <select
                className="search-scope"
                aria-label="搜索范围"
                value={scopeKind}
                onChange={(e) => setScopeKind(e.target.value as ScopeKind)}
              >
                <option value="all">全部文件</option>
                {activeDocId !== null && <option value="doc">当前文件</option>}
                {workId !== null && <option value="work">本作品的各个版本</option>}
                {chapter !== null && chapter.docId === activeDocId && <option value="chapter">本章：{chapter.title.slice(0, 16)}</option>}
              </select>
              <select className="search-scope" aria-label="排序" value={sort} onChange={(e) => setSort(e.target.value as SearchSort)}>
                {Object.entries(SORT_LABELS).map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </span>
            <span aria-live="polite">
              {search.error
                ? `搜索失败：${search.error}`
                : search.result
                  ? `${search.result.total} 段，${search.result.docs.length} 份文件${search.pending ? '…' : ''}`
                  : '正在搜索…'}
            </span>
          </div>
          {search.result && search.result.total === 0 && <p className="search-empty">没有找到“{search.result.terms.join(' ')}”</p>}
          {search.result && search.result.total > 0 && (
            <div className={`search-groups${search.pending ? ' search-stale' : ''}`}>
              <ResultGroupList
                groups={groups}
                selected={shown[selected]}
                onOpen={go}
                onOpenDoc={(docId) => {
                  openDocument(docId, { query: search.answered });
                  setOpen(false);
                }}
              />
              {more.length > 0 && (
                <section className="search-group search-more" aria-label="其他文件">
                  <h3 className="search-doc">其他 {more.length} 份文件</h3>
                  <ul>
                    {more.slice(0, MORE_SHOWN).map((doc) => (
                      <li key={doc.docId}>
                        <button type="button" className="search-hit" onClick={() => openDocument(doc.docId, { query: search.answered })}>
                          {documentNameText(nameOf(doc.docId, doc.title))} <span className="search-doc-count">{doc.count} 段</span>
                        </button>
                      </li>
                    ))}
                    {more.length > MORE_SHOWN && <li className="search-empty">另有 {more.length - MORE_SHOWN} 份文件</li>}
                  </ul>
                </section>
              )}
              <button type="button" className="search-all" onClick={openPage}>
                全部结果（{search.result.total} 段）→
              </button>
            </div>
          )}
        </div>
      )}
      {page && (
        <SearchResultsPage
          initialQuery={query}
          scope={scope}
          initialSort={sort}
          onOpen={go}
          onClose={() => {
            setPage(false);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}
