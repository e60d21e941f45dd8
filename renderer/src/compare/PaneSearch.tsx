import { useState } from 'react';
import { useLatestSearch } from '../search/useLatestSearch';
import { MarkedText } from '../MarkedText';

const LIMIT = 50;

/** Search inside the pane's document; a hit scrolls this pane or opens in the next one. */
export function PaneSearch({ docId, paneIndex, onReveal, onOpenElsewhere }: {
  docId: number;
  paneIndex: number;
  onReveal(blockId: number): void;
  onOpenElsewhere(docId: number, blockId: number): void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const { result, error } = useLatestSearch(query.trim(), { docId }, LIMIT);

  return (
    <div className="cmp-search">
      <input
        type="search"
        value={query}
        placeholder="在本文中搜索"
        aria-label={`在第${paneIndex + 1}栏的文档中搜索`}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'Enter' && result?.hits[0]) onReveal(result.hits[0].blockId);
        }}
      />
      {open && query.trim() !== '' && (
        <div className="cmp-search-results" role="list">
          {error && <div className="cmp-search-status">搜索失败：{error}</div>}
          {result && (
            <div className="cmp-search-status">
              {result.total === 0 ? '没有找到' : `${result.total} 段${result.total > LIMIT ? `，显示前 ${LIMIT} 段` : ''}`}
              <button type="button" className="cmp-link" onClick={() => setOpen(false)}>
                收起
              </button>
            </div>
          )}
          {result?.hits.map((h) => (
            <div key={h.blockId} className="cmp-search-hit" role="listitem">
              <button type="button" className="cmp-search-hit-text" onClick={() => onReveal(h.blockId)}>
                <MarkedText text={h.snippet} marks={h.highlights.map(([start, end]) => ({ start, end, className: 'cmp-hit-mark' }))} />
              </button>
              <button type="button" className="cmp-link" onClick={() => onOpenElsewhere(h.docId, h.blockId)} title="在另一栏打开这一段">
                另一栏打开
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
