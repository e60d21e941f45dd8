import { useMemo, useState } from 'react';
import type { Annotation, AnnotationColor, AnnotationFilter } from '../../../electron/shared/annotation-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { annotationStore, useAnnotationVersion, useColors } from './annotation-store';
import { AnnotationEditor, draftOf } from './AnnotationEditor';
import { ColorMeanings } from './ColorMeanings';
import { ColorSwatches } from './ColorSwatches';
import { ExportDialog, type ExportScope } from './ExportDialog';
import { ImportPackButton } from './ImportPackButton';
import { MigrateAnnotations } from './MigrateAnnotations';
import './annotations.css';

type Tool = 'export' | 'meanings' | 'migrate' | null;

/** All annotations of the open document or the whole library, filtered; a click goes to the place. */
export function AnnotationPanel() {
  const { activeDocId, openDocument, notify, libraryVersion } = useApp();
  const version = useAnnotationVersion();
  const colors = useColors();
  const [wholeLibrary, setWholeLibrary] = useState(activeDocId === null);
  const [picked, setPicked] = useState<AnnotationColor[]>([]);
  const [tag, setTag] = useState('');
  const [text, setText] = useState('');
  const [detachedOnly, setDetachedOnly] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [tool, setTool] = useState<Tool>(null);
  const [reload, setReload] = useState(0);
  /** In the whole-library view: one document, or all. */
  const [libraryDoc, setLibraryDoc] = useState<number | null>(null);
  /** Annotations ticked for export. */
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const inLibrary = wholeLibrary || activeDocId === null;
  const docId = inLibrary ? (libraryDoc ?? undefined) : activeDocId;
  const filter = useMemo<AnnotationFilter>(
    () => ({
      ...(docId !== undefined ? { docId } : {}),
      ...(picked.length > 0 ? { colors: picked } : {}),
      ...(tag ? { tags: [tag] } : {}),
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(detachedOnly ? { status: ['detached' as const] } : {}),
    }),
    [docId, picked, tag, text, detachedOnly],
  );
  const list = useAsync(() => api.listAnnotations(filter), [JSON.stringify(filter), version, libraryVersion, reload]);
  const tags = useAsync(() => api.listAnnotationTags({}), [version, reload]);
  const docTitle = useAsync(
    () => (activeDocId === null ? Promise.resolve(null) : api.getDocument({ docId: activeDocId }).then((d) => d.title)),
    [activeDocId],
  );

  const fail = (err: unknown) => notify(`操作失败：${(err as Error).message}`);
  const toggleColor = (c: AnnotationColor) => setPicked((p) => (p.includes(c) ? p.filter((x) => x !== c) : [...p, c]));
  const jump = (a: Annotation) => {
    if (a.docId === null) return notify('该批注所属的文件已不在文库中');
    openDocument(a.docId, a.start ? { blockId: a.start.blockId } : {});
  };
  const remove = async (a: Annotation) => {
    try {
      const change = await annotationStore.remove(a);
      notify('已删除批注', { label: '撤销', run: () => void annotationStore.history.undo(change).catch(fail) });
    } catch (err) {
      fail(err);
    }
  };

  const items = list.data ?? [];
  const annotatedDocs = useAsync(
    async () => {
      const all = inLibrary ? await api.listAnnotations({}) : [];
      const docs = new Map<number, string>();
      for (const a of all) if (a.docId !== null) docs.set(a.docId, a.docTitle);
      return [...docs];
    },
    [inLibrary, version, reload],
  );
  const chosenHere = items.filter((a) => chosen.has(a.uuid)).map((a) => a.uuid);
  const toggleChosen = (uuid: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(uuid)) next.add(uuid);
      return next;
    });
  const scopes: ExportScope[] = [
    ...(chosenHere.length > 0 ? [{ kind: 'filtered' as const, filter: { uuids: chosenHere }, count: chosenHere.length, chosen: true }] : []),
    { kind: 'filtered', filter, count: items.length },
    ...(activeDocId !== null && docTitle.data ? [{ kind: 'doc' as const, docId: activeDocId, title: docTitle.data }] : []),
    { kind: 'all' },
  ];

  return (
    <section className="anno-panel" aria-label="批注列表">
      <div className="anno-panel-head">
        <div className="anno-scope" role="tablist" aria-label="批注范围">
          <button type="button" role="tab" aria-selected={!wholeLibrary} disabled={activeDocId === null} onClick={() => setWholeLibrary(false)}>
            本文档
          </button>
          <button type="button" role="tab" aria-selected={wholeLibrary || activeDocId === null} onClick={() => setWholeLibrary(true)}>
            全部文库
          </button>
        </div>
        <input
          className="anno-search"
          type="search"
          placeholder="搜索摘录、批注、标签"
          aria-label="搜索批注"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="anno-filters">
          <ColorSwatches colors={colors} selected={picked} onPick={toggleColor} verb="筛选" />
        </div>
        {inLibrary && (
          <select
            value={libraryDoc ?? ''}
            onChange={(e) => setLibraryDoc(e.target.value ? Number(e.target.value) : null)}
            aria-label="按文件筛选"
          >
            <option value="">全部文件</option>
            {(annotatedDocs.data ?? []).map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        )}
        <div className="anno-filters">
          <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label="按标签筛选">
            <option value="">全部标签</option>
            {(tags.data ?? []).map((t) => (
              <option key={t.name} value={t.name}>
                #{t.name}（{t.count}）
              </option>
            ))}
          </select>
          <label className="anno-check">
            <input type="checkbox" checked={detachedOnly} onChange={(e) => setDetachedOnly(e.target.checked)} />
            仅未定位
          </label>
        </div>
      </div>

      <p className="anno-count muted">
        {list.loading && !list.data ? '正在加载……' : `共 ${items.length} 条`}
        {chosenHere.length > 0 && (
          <>
            ，已选 {chosenHere.length} 条{' '}
            <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
              清除选择
            </button>
          </>
        )}
      </p>
      {list.error && <p className="error">{list.error}</p>}
      <ol className="anno-list">
        {items.map((a) => (
          <li key={a.uuid} className={`anno-item anno-item-${a.color}`}>
            {editing === a.uuid ? (
              <AnnotationEditor
                initial={draftOf(a)}
                onCancel={() => setEditing(null)}
                onDelete={() => {
                  setEditing(null);
                  void remove(a);
                }}
                onSave={(draft) => {
                  setEditing(null);
                  annotationStore
                    .update(a, draft)
                    .then((change) => notify('批注已保存', { label: '撤销', run: () => void annotationStore.history.undo(change).catch(fail) }))
                    .catch(fail);
                }}
              />
            ) : (
              <>
                <input
                  type="checkbox"
                  className="anno-item-check"
                  checked={chosen.has(a.uuid)}
                  onChange={() => toggleChosen(a.uuid)}
                  aria-label={`选择：${a.quote.slice(0, 20)}`}
                  title="选中后可只导出选中的批注"
                />
                <button type="button" className="anno-item-main" onClick={() => jump(a)} title="转到原文位置">
                  <span className="anno-item-quote" style={{ '--swatch': colors.find((c) => c.color === a.color)?.hex } as React.CSSProperties}>
                    {a.quote.length > 140 ? `${a.quote.slice(0, 140)}…` : a.quote}
                  </span>
                  {a.note && <span className="anno-item-note">{a.note}</span>}
                  <span className="anno-item-meta">
                    <span className="anno-item-meaning">{annotationStore.meaningOf(a.color)}</span>
                    {a.status === 'detached' && <span className="anno-badge">未定位</span>}
                    {a.status === 'fuzzy' && <span className="anno-badge soft" title="原文已修改，按相近文字重新定位">近似定位</span>}
                    {a.tags.map((t) => (
                      <span key={t} className="anno-tag">
                        #{t}
                      </span>
                    ))}
                    {docId === undefined && <span className="anno-item-doc">《{a.docTitle}》</span>}
                    {a.chapterPath.length > 0 && <span className="anno-item-chapter">{a.chapterPath.at(-1)}</span>}
                  </span>
                </button>
                <button type="button" className="link-button anno-item-edit" onClick={() => setEditing(a.uuid)} aria-label="编辑批注">
                  编辑
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {items.length === 0 && !list.loading && (
        <p className="anno-empty muted">
          {text || picked.length || tag || detachedOnly ? '没有符合条件的批注。' : '选中正文中的文字即可高亮、添加批注。'}
        </p>
      )}

      <div className="anno-panel-foot">
        <button type="button" className="text-button small primary" onClick={() => setTool('export')}>
          导出…
        </button>
        <ImportPackButton onImported={() => setReload((r) => r + 1)} />
        <button type="button" className="text-button small" onClick={() => setTool(tool === 'meanings' ? null : 'meanings')}>
          颜色含义
        </button>
        {activeDocId !== null && (
          <button type="button" className="text-button small" onClick={() => setTool(tool === 'migrate' ? null : 'migrate')}>
            迁移批注
          </button>
        )}
      </div>
      {tool === 'meanings' && <ColorMeanings onClose={() => setTool(null)} />}
      {tool === 'migrate' && activeDocId !== null && <MigrateAnnotations docId={activeDocId} onDone={() => setTool(null)} />}
      {tool === 'export' && <ExportDialog scopes={scopes} onClose={() => setTool(null)} />}
    </section>
  );
}
