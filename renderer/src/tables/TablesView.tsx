import { useEffect, useState } from 'react';
import type { ArgsIn } from '../../../electron/shared/contract';
import type { DocumentSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { CompareTargetsTable, SIDES } from './CompareTargetsTable';
import { DocSelect } from './DocSelect';
import { ExportButtons } from './ExportButtons';
import { RevisionsTable } from './RevisionsTable';
import './tables.css';
import { TargetsTable } from './TargetsTable';
import { TasksTable } from './TasksTable';

type Mode = 'targets' | 'tasks' | 'compare' | 'revisions';
const MODES: { id: Mode; label: string }[] = [
  { id: 'targets', label: '指标' },
  { id: 'tasks', label: '任务' },
  { id: 'compare', label: '指标对照' },
  { id: 'revisions', label: '修订对照' },
];
const STORAGE_KEY = 'policy-reader.tables';

interface Saved {
  mode: Mode;
  a: number | null;
  b: number | null;
  /** More documents for 指标对照 (丙, 丁). */
  more: (number | null)[];
}

function loadSaved(): Partial<Saved> {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Saved>;
  } catch {
    return {};
  }
}

/** A second document to set beside the first: another copy of the same work, else another open or listed one. */
function secondOf(docs: DocumentSummary[], first: number | null, open: number[]): number | null {
  const doc = docs.find((d) => d.id === first);
  const sameWork = doc?.workId != null ? docs.find((d) => d.id !== first && d.workId === doc.workId) : undefined;
  return open.find((id) => id !== first) ?? sameWork?.id ?? docs.find((d) => d.id !== first)?.id ?? null;
}

/** 表格: the tables officials make from plans — 指标表, 任务分解表 for one document, 指标对照 and 修订对照表 for two. */
export function TablesView() {
  const app = useApp();
  const docs = useAsync(() => api.listDocuments({}), [app.libraryVersion]);
  const saved = loadSaved();
  const [mode, setMode] = useState<Mode>(saved.mode ?? 'targets');
  const [a, setA] = useState<number | null>(app.activeDocId ?? saved.a ?? null);
  const [b, setB] = useState<number | null>(saved.b ?? null);
  const [more, setMore] = useState<(number | null)[]>(saved.more ?? []);
  const [withSame, setWithSame] = useState(false);

  // Start from the document being read, and another one for the comparisons.
  useEffect(() => {
    if (!docs.data) return;
    const known = new Set(docs.data.map((d) => d.id));
    const first = a !== null && known.has(a) ? a : (docs.data[0]?.id ?? null);
    if (first !== a) setA(first);
    if (b === null || !known.has(b) || b === first) setB(secondOf(docs.data, first, app.openDocIds));
  }, [docs.data, a, b, app.openDocIds]);

  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ mode, a, b, more } satisfies Saved)), [mode, a, b, more]);

  if (docs.error) return <div className="tbl-empty">无法读取文库：{docs.error}</div>;
  if (!docs.data) return <div className="tbl-empty">正在打开…</div>;
  if (docs.data.length === 0) return <div className="tbl-empty">文库中还没有文件。导入规划文件后即可生成指标表和任务分解表。</div>;

  const library = docs.data;
  const two = mode === 'compare' || mode === 'revisions';
  const known = new Set(library.map((d) => d.id));
  // The documents compared: 甲, 乙 and those added (丙, 丁), each once.
  const extra = mode === 'compare' ? more.filter((id): id is number => id !== null && known.has(id) && id !== a && id !== b) : [];
  const compared = a !== null && b !== null ? [...new Set([a, b, ...extra])] : [];
  const request: Omit<ArgsIn<'exportTable'>, 'format'> | null =
    a === null || (two && b === null)
      ? null
      : mode === 'targets' || mode === 'tasks'
        ? { table: mode, docId: a }
        : mode === 'compare'
          ? { table: 'targets', docId: a, withDocId: b!, ...(compared.length > 2 ? { moreDocIds: compared.slice(2) } : {}) }
          : { table: 'revisions', docId: a, withDocId: b!, withSame };

  return (
    <div className="tbl-view">
      <div className="tbl-toolbar">
        <div className="tbl-mode" role="tablist" aria-label="表格">
          {MODES.map((m) => (
            <button key={m.id} type="button" role="tab" aria-selected={mode === m.id} onClick={() => setMode(m.id)}>
              {m.label}
            </button>
          ))}
        </div>
        <DocSelect label={two ? (mode === 'revisions' ? '原文' : '甲') : '文件'} docs={docs.data} value={a} onChange={setA} />
        {two && <DocSelect label={mode === 'revisions' ? '修改后' : '乙'} docs={docs.data} value={b} onChange={setB} />}
        {mode === 'compare' &&
          more.map((id, k) => (
            <span key={k} className="tbl-more-doc">
              <DocSelect label={SIDES[k + 2]!} docs={library} value={id} onChange={(v) => setMore((m) => m.map((x, j) => (j === k ? v : x)))} />
              <button type="button" className="tbl-link" aria-label={`移除${SIDES[k + 2]}`} onClick={() => setMore((m) => m.filter((_x, j) => j !== k))}>
                ×
              </button>
            </span>
          ))}
        {mode === 'compare' && more.length < 2 && (
          <button type="button" className="tbl-button" onClick={() => setMore((m) => [...m, null])} title="最多对照四份文件">
            ＋ 添加文件
          </button>
        )}
        <ExportButtons request={request} />
      </div>
      {a === null ? (
        <div className="tbl-empty">请选择文件。</div>
      ) : mode === 'targets' ? (
        <TargetsTable key={a} docId={a} />
      ) : mode === 'tasks' ? (
        <TasksTable key={a} docId={a} />
      ) : b === null ? (
        <div className="tbl-empty">请选择第二份文件。</div>
      ) : mode === 'compare' ? (
        <CompareTargetsTable docIds={compared} />
      ) : (
        <RevisionsTable a={a} b={b} withSame={withSame} setWithSame={setWithSame} />
      )}
    </div>
  );
}
