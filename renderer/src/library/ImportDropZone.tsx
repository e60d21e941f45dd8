import { useEffect, useRef, useState } from 'react';
import { useApp } from '../app-context';
import { dismissImport, importFiles, useImportProgress } from './import-queue';

/** Hook for import callers; the library list refreshes from the import's change event. */
export function useImportHandler(): (files: File[]) => void {
  return (files) => void importFiles(files, () => {});
}

/** Files dragged anywhere onto the window are imported; shows the drop target and the progress card. */
export function ImportDropZone() {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const handler = useImportHandler();
  // The window listeners are added once; they call the latest handler.
  const importDropped = useRef(handler);
  importDropped.current = handler;
  const progress = useImportProgress();
  const { openDocument } = useApp();

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    // Without preventDefault the browser (or Electron) would navigate to the dropped file.
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      importDropped.current([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const failures = progress.results.filter((r) => !r.ok);
  const imported = progress.results.filter((r) => r.ok);
  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">松开鼠标，导入到文库</div>
        </div>
      )}
      {progress.total > 0 && (
        <section className="import-card" aria-label="导入进度">
          <header className="import-head">
            <span>{progress.running ? `正在导入 ${progress.done + 1}/${progress.total}` : `导入完成：成功 ${imported.length} 个，失败 ${failures.length} 个`}</span>
            {!progress.running && (
              <button type="button" className="icon-close" aria-label="关闭导入结果" onClick={dismissImport}>
                ×
              </button>
            )}
          </header>
          <progress max={progress.total} value={progress.done} aria-label="导入进度" />
          {progress.current && <p className="import-current">{progress.current}</p>}
          <ul className="import-results">
            {progress.results.map((r, i) => (
              <li key={i} className={r.ok ? 'ok' : 'failed'}>
                <span className="import-file">{r.file}</span>
                {r.ok ? (
                  <button type="button" className="link-button" onClick={() => (r.docId ?? r.duplicateOf) && openDocument((r.docId ?? r.duplicateOf)!)}>
                    {r.duplicateOf ? '已在文库中，打开' : '打开'}
                  </button>
                ) : (
                  <span className="import-error">{r.error?.messageZh ?? '导入失败'}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
