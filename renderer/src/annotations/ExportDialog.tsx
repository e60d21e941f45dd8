import { titleWithNumber } from '../../../electron/shared/citation';
import { useState } from 'react';
import type { AnnotationFilter, ExportFormat, ExportLayout } from '../../../electron/shared/annotation-types';
import { useApp } from '../app-context';
import { exportAndSave } from './download';

export type ExportScope =
  | { kind: 'filtered'; filter: AnnotationFilter; count: number; chosen?: boolean }
  | { kind: 'doc'; docId: number; title: string } | { kind: 'all' };

interface Props {
  /** The choices offered, the first preselected. */
  scopes: ExportScope[];
  onClose(): void;
}

const FORMATS: { id: ExportFormat; label: string; hint: string }[] = [
  { id: 'docx', label: 'Word 文档（.docx）', hint: '摘录按文件和章节排列，带颜色、批注、标签和出处' },
  { id: 'md', label: 'Markdown（.md）', hint: '纯文本摘录，便于粘贴和版本管理' },
  { id: 'json', label: '批注包（.json）', hint: '交给另一台电脑上的政策阅读器导入，如培训时分发讲师的标注' },
];

function scopeLabel(s: ExportScope): string {
  if (s.kind === 'filtered') return s.chosen ? `选中的 ${s.count} 条批注` : `当前列表中的 ${s.count} 条批注`;
  if (s.kind === 'doc') return `本文档${titleWithNumber({ title: s.title, docNumber: null })}的全部批注`;
  return '全部文库的批注';
}

function filterOf(s: ExportScope): AnnotationFilter {
  if (s.kind === 'filtered') return s.filter;
  if (s.kind === 'doc') return { docId: s.docId };
  return {};
}

/** Choose format, scope and layout; the file is saved (download or save dialog). */
export function ExportDialog({ scopes, onClose }: Props) {
  const { notify } = useApp();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [scopeIndex, setScopeIndex] = useState(0);
  const [layout, setLayout] = useState<ExportLayout>('excerpts');
  const [title, setTitle] = useState('');
  const [toc, setToc] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await exportAndSave({
        format,
        layout,
        filter: filterOf(scopes[scopeIndex]!),
        ...(format !== 'json' && title.trim() ? { title: title.trim() } : {}),
        ...(format === 'docx' && toc ? { toc } : {}),
      });
      if (saved) notify(`已导出 ${saved.count} 条批注：${saved.fileName}`);
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="anno-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="anno-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="导出批注"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2>导出批注</h2>
        <fieldset>
          <legend>格式</legend>
          {FORMATS.map((f) => (
            <label key={f.id} className="anno-choice">
              <input type="radio" name="anno-format" checked={format === f.id} onChange={() => setFormat(f.id)} />
              <span>
                {f.label}
                <small>{f.hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>范围</legend>
          {scopes.map((s, i) => (
            <label key={i} className="anno-choice">
              <input type="radio" name="anno-scope" checked={scopeIndex === i} onChange={() => setScopeIndex(i)} />
              <span>{scopeLabel(s)}</span>
            </label>
          ))}
        </fieldset>
        {format === 'docx' && (
          <fieldset>
            <legend>版式</legend>
            <label className="anno-choice">
              <input type="radio" name="anno-layout" checked={layout === 'excerpts'} onChange={() => setLayout('excerpts')} />
              <span>逐条摘录（每条摘录一段）</span>
            </label>
            <label className="anno-choice">
              <input type="radio" name="anno-layout" checked={layout === 'sections'} onChange={() => setLayout('sections')} />
              <span>整节原文，标注处突出显示，批注作脚注</span>
            </label>
          </fieldset>
        )}
        {format !== 'json' && (
          <fieldset>
            <legend>封面</legend>
            <label className="anno-field">
              <span>标题</span>
              <input value={title} maxLength={100} placeholder="政策文件批注摘编" onChange={(e) => setTitle(e.target.value)} aria-label="封面标题" />
            </label>
            {format === 'docx' && (
              <label className="anno-choice">
                <input type="checkbox" checked={toc} onChange={(e) => setToc(e.target.checked)} />
                <span>封面后加目录（Word 打开时生成）</span>
              </label>
            )}
          </fieldset>
        )}
        {error && <p className="error">{error}</p>}
        <div className="anno-dialog-actions">
          <button type="button" className="text-button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="text-button primary" onClick={() => void run()} disabled={busy} autoFocus>
            {busy ? '正在导出……' : '导出'}
          </button>
        </div>
      </div>
    </div>
  );
}
