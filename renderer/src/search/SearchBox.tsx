import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchResult } from '../../../electron/shared/search-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { MarkedText } from '../MarkedText';
import { useAsync } from '../useAsync';
import { useMenuCommand } from '../desktop/useMenuCommand';
import { useLatestSearch } from './useLatestSearch';
import './search.css';

const LIMIT = 100;
/** Documents listed without hits (beyond LIMIT) before the list is cut short. */
const MORE_SHOWN = 30;

/** The library search in the top bar: results appear as you type, grouped by document. */
export function SearchBox() {
  const { openDocument, activeDocId, view } = useApp();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [scopeKind, setScopeKind] = useState<'all' | 'doc' | 'work'>('all');
  const [selected, setSelected] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The active document's version group, for "all versions of this document".
  const active = useAsync(() => (activeDocId === null ? Promise.resolve(null) : api.getDocument({ docId: activeDocId })), [activeDocId]);
  const workId = active.data?.workId ?? null;
  const scope =
    scopeKind === 'doc' && activeDocId !== null
      ? { docId: activeDocId }
      : scopeKind === 'work' && workId !== null
        ? { workId }
        : {};
  const search = useLatestSearch(query, scope, LIMIT);
  const hits = search.result?.hits ?? [];

  useEffect(() => setSelected(0), [search.result]);
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
  };

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
            setSelected((s) => Math.max(0, Math.min(hits.length - 1, s + (e.key === 'ArrowDown' ? 1 : -1))));
          } else if (e.key === 'Enter' && hits[selected]) {
            e.preventDefault();
            go(hits[selected]!);
          }
        }}
      />
      {open && query.trim() !== '' && (
        <div className="search-panel" role="region" aria-label="搜索结果">
          <div className="search-status">
            <select className="search-scope" aria-label="搜索范围" value={scopeKind} onChange={(e) => setScopeKind(e.target.value as typeof scopeKind)}>
              <option value="all">全部文件</option>
              {activeDocId !== null && <option value="doc">当前文件</option>}
              {workId !== null && <option value="work">当前文件的各个版本</option>}
            </select>
            <span aria-live="polite">
              {search.error
                ? `搜索失败：${search.error}`
                : search.result
                  ? `${search.result.total} 段，${search.result.docs.length} 份文件${search.pending ? '…' : ''}`
                  : '正在搜索…'}
            </span>
          </div>
          {search.result && <ResultGroups result={search.result} selected={hits[selected]} onOpen={go} onOpenDoc={(docId) => {
            openDocument(docId, { query: search.answered });
            setOpen(false);
          }} />}
        </div>
      )}
    </div>
  );
}

function ResultGroups({
  result,
  selected,
  onOpen,
  onOpenDoc,
}: {
  result: SearchResult;
  selected: SearchHit | undefined;
  onOpen(hit: SearchHit): void;
  onOpenDoc(docId: number): void;
}) {
  const byDoc = new Map<number, SearchHit[]>();
  for (const hit of result.hits) byDoc.set(hit.docId, [...(byDoc.get(hit.docId) ?? []), hit]);
  const shown = result.docs.filter((d) => byDoc.has(d.docId));
  const more = result.docs.filter((d) => !byDoc.has(d.docId));
  if (result.total === 0) return <p className="search-empty">没有找到“{result.terms.join(' ')}”</p>;
  return (
    <div className="search-groups">
      {shown.map((doc) => (
        <section key={doc.docId} className="search-group" aria-label={doc.title}>
          <h3 className="search-doc">
            <button type="button" onClick={() => onOpenDoc(doc.docId)}>
              {doc.title}
            </button>
            <span className="search-doc-count">{doc.count} 处</span>
          </h3>
          <ul>
            {byDoc.get(doc.docId)!.map((hit) => {
              const path = hit.path[0] === doc.title ? hit.path.slice(1) : hit.path;
              return (
                <li key={hit.blockId}>
                  <button
                    type="button"
                    className={`search-hit${hit === selected ? ' selected' : ''}${hit.kind === 'heading' ? ' search-hit-heading' : ''}`}
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
      {more.length > 0 && (
        <section className="search-group search-more" aria-label="其他文件">
          <h3 className="search-doc">其他 {more.length} 份文件</h3>
          <ul>
            {more.slice(0, MORE_SHOWN).map((doc) => (
              <li key={doc.docId}>
                <button type="button" className="search-hit" onClick={() => onOpenDoc(doc.docId)}>
                  {doc.title} <span className="search-doc-count">{doc.count} 处</span>
                </button>
              </li>
            ))}
            {more.length > MORE_SHOWN && <li className="search-empty">另有 {more.length - MORE_SHOWN} 份文件，请缩小搜索范围或增加关键词</li>}
          </ul>
        </section>
      )}
    </div>
  );
}
