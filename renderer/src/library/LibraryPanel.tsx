import { useMemo, useRef, useState } from 'react';
import { sourceKindLabelZh } from '../../../electron/shared/source-kinds';
import { useLibraryDocs } from './library-docs';
import { LibraryList } from './LibraryList';
import { useRecentOrder } from './recent-order';
import { AddToCollection } from './AddToCollection';
import { BatchMetadataForm } from './BatchMetadataForm';
import { DeletedDocuments } from './DeletedDocuments';
import { useImportHandler } from './ImportDropZone';
import { applyFilter, choices, NO_FILTER, SORTS, yearOf, type LibraryFilter, type SortKey } from './library-filter';

const ACCEPT = '.txt,.md,.html,.htm,.docx,.doc,.pdf,.wps,.rtf,.odt';

export function LibraryPanel() {
  const { docs, error } = useLibraryDocs();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [showFilters, setShowFilters] = useState(false);
  // 多选: documents chosen for editing their metadata together (null: not choosing).
  const [chosen, setChosen] = useState<ReadonlySet<number> | null>(null);
  const [batchEditing, setBatchEditing] = useState(false);
  const endChoosing = () => {
    setChosen(null);
    setBatchEditing(false);
  };
  const fileInput = useRef<HTMLInputElement>(null);
  const importChosen = useImportHandler();
  const all = useMemo(() => docs ?? [], [docs]);
  const recent = useRecentOrder(filter.sort === 'read');
  const shown = useMemo(() => applyFilter(all, filter, recent), [all, filter, recent]);
  const set = (patch: Partial<LibraryFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtering = filter.issuer || filter.year || filter.kind || filter.source || filter.collection || filter.text;

  return (
    <aside className="library">
      <div className="library-head">
        <h2 className="panel-title">文库</h2>
        <span className="library-count">{filtering ? `${shown.length} / ${all.length}` : all.length} 份</span>
        <button
          type="button"
          className="text-button small"
          aria-pressed={chosen !== null}
          onClick={() => (chosen ? endChoosing() : setChosen(new Set()))}
          title="选择几份文件，一起修改发文机关、日期或文种"
        >
          多选
        </button>
        <button type="button" className="text-button small" onClick={() => fileInput.current?.click()} title="导入文件，也可以把文件拖到窗口中">
          导入
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label="选择要导入的文件"
          onChange={(e) => {
            importChosen([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <div className="library-filters">
        <input
          type="search"
          className="filter-input"
          placeholder="筛选标题、文号、发文机关"
          aria-label="筛选文库"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
        <button
          type="button"
          className={`icon-button filter-toggle${showFilters || filtering ? ' on' : ''}`}
          aria-label="筛选与排序"
          aria-expanded={showFilters}
          onClick={() => setShowFilters((s) => !s)}
        />
      </div>
      {showFilters && (
        <div className="library-facets">
          <label>
            发文机关
            <select aria-label="发文机关" value={filter.issuer} onChange={(e) => set({ issuer: e.target.value })}>
              <option value="">全部</option>
              {choices(all, (d) => d.issuer).map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
          <label>
            年份
            <select aria-label="年份" value={filter.year} onChange={(e) => set({ year: e.target.value })}>
              <option value="">全部</option>
              {choices(all, yearOf)
                .reverse()
                .map((v) => (
                  <option key={v}>{v}</option>
                ))}
            </select>
          </label>
          <label>
            文种
            <select aria-label="文种" value={filter.kind} onChange={(e) => set({ kind: e.target.value })}>
              <option value="">全部</option>
              {choices(all, (d) => d.kind).map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
          <label>
            来源
            <select aria-label="来源" value={filter.source} onChange={(e) => set({ source: e.target.value })}>
              <option value="">全部</option>
              {choices(all, (d) => d.sourceKind).map((v) => (
                <option key={v} value={v}>
                  {sourceKindLabelZh(v)}
                </option>
              ))}
            </select>
          </label>
          <label>
            文集
            <select aria-label="文集" value={filter.collection} onChange={(e) => set({ collection: e.target.value })}>
              <option value="">全部</option>
              {[...new Set(all.flatMap((d) => d.collections))].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
          <label>
            排序
            <select aria-label="排序" value={filter.sort} onChange={(e) => set({ sort: e.target.value as SortKey })}>
              {Object.entries(SORTS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {filtering && (
            <button type="button" className="link-button" onClick={() => setFilter({ ...NO_FILTER, sort: filter.sort })}>
              清除筛选
            </button>
          )}
        </div>
      )}
      {chosen && (
        <div className="library-choosing" role="region" aria-label="多选">
          <span>已选 {chosen.size} 份</span>
          <button type="button" className="link-button" onClick={() => setChosen(new Set(shown.map((d) => d.id)))}>
            全选
          </button>
          <button type="button" className="text-button small" disabled={chosen.size === 0} onClick={() => setBatchEditing(true)}>
            批量编辑
          </button>
          <AddToCollection docIds={[...chosen]} />
        </div>
      )}
      {chosen && batchEditing && <BatchMetadataForm docIds={[...chosen]} onDone={(changed) => (changed ? endChoosing() : setBatchEditing(false))} />}
      <LibraryList
        docs={shown}
        filterKey={JSON.stringify({ ...filter, sort: '' })}
        chosen={chosen}
        onChoose={(id) =>
          setChosen((c) => {
            const next = new Set(c);
            if (!next.delete(id)) next.add(id);
            return next;
          })
        }
      >
        {error && <p className="error">{error}</p>}
        {docs?.length === 0 && <p className="muted">文库为空。点击“导入”或把文件拖到窗口中。</p>}
        {all.length > 0 && shown.length === 0 && <p className="muted">没有符合筛选条件的文件</p>}
      </LibraryList>
      <DeletedDocuments />
    </aside>
  );
}
