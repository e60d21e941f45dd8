import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useMenuCommand } from '../desktop/useMenuCommand';
import { documentNameText } from '../../../electron/shared/document-label';
import { DocName } from '../library/DocName';
import { useDocumentNames } from '../library/library-docs';
import { useAsync } from '../useAsync';
import { QuickOpenIndex, type QuickOpenItem } from './quick-open-index';
import './search.css';

// Built once per library version and kept while the dialog is closed, so Ctrl+P opens instantly.
let cached: { version: number; index: Promise<QuickOpenIndex> } | null = null;
function quickOpenIndex(version: number): Promise<QuickOpenIndex> {
  if (cached?.version !== version) {
    const index = api.quickOpenEntries({}).then((entries) => new QuickOpenIndex(entries));
    index.catch(() => (cached = null));
    cached = { version, index };
  }
  return cached.index;
}

/** Ctrl+P: jump to any document or heading by typing part of its title. */
export function QuickOpen() {
  const [open, setOpen] = useState(false);
  useMenuCommand('quickOpen', () => setOpen(true));
  if (!open) return null;
  return <QuickOpenDialog onClose={() => setOpen(false)} />;
}

function QuickOpenDialog({ onClose }: { onClose(): void }) {
  const { openDocument, libraryVersion } = useApp();
  const entries = useAsync(() => quickOpenIndex(libraryVersion), [libraryVersion]);
  const index = entries.data ?? null;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const nameOf = useDocumentNames();
  const items = useMemo(() => index?.search(query) ?? [], [index, query]);
  useEffect(() => setSelected(0), [items]);
  useEffect(() => input.current?.focus(), []);

  const go = (item: QuickOpenItem) => {
    openDocument(item.docId, item.blockId ? { blockId: item.blockId } : {});
    onClose();
  };
  return (
    <div className="quick-open-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="quick-open" role="dialog" aria-label="快速打开">
        <input
          ref={input}
          type="search"
          value={query}
          placeholder="输入文件名或章节标题的一部分"
          aria-label="快速打开"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              setSelected((s) => Math.max(0, Math.min(items.length - 1, s + (e.key === 'ArrowDown' ? 1 : -1))));
            } else if (e.key === 'Enter' && items[selected]) {
              e.preventDefault();
              go(items[selected]!);
            }
          }}
        />
        {entries.error && <p className="search-empty">{entries.error}</p>}
        <ul className="quick-open-list" role="listbox" aria-label="快速打开结果">
          {items.map((item, i) => (
            <li key={`${item.docId}:${item.blockId ?? ''}`} role="option" aria-selected={i === selected}>
              <button
                type="button"
                className={`quick-open-item${i === selected ? ' selected' : ''}`}
                onMouseEnter={() => setSelected(i)}
                onClick={() => go(item)}
                ref={(el) => {
                  if (el && i === selected) el.scrollIntoView({ block: 'nearest' });
                }}
              >
                <span className="quick-open-kind">{item.blockId ? '章节' : '文件'}</span>
                {item.blockId ? (
                  <>
                    <span className="quick-open-title">{item.title}</span>
                    <span className="quick-open-context" title={documentNameText(nameOf(item.docId, item.context))}>
                      <DocName name={nameOf(item.docId, item.context)} />
                    </span>
                  </>
                ) : (
                  <span className="quick-open-title">
                    <DocName name={nameOf(item.docId, item.title)} />
                  </span>
                )}
              </button>
            </li>
          ))}
          {index && items.length === 0 && <li className="search-empty">没有匹配的文件或章节</li>}
        </ul>
      </div>
    </div>
  );
}
