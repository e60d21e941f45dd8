import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../electron/shared/import-types';
import { api, onCoreEvent } from '../api/client';
import './import.css';

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * A progress bar for a running import. Mount it while an import call is pending (or keep it mounted:
 * it shows nothing when no import is running). It asks once where the import is, then follows the
 * core's progress events; calls onIdle, if given, once no import is running.
 */
export function ImportProgressBar({ onIdle }: { onIdle?: () => void }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    let live = true;
    let seenEvent = false;
    const show = (next: ImportProgress) => {
      if (!live) return;
      setProgress(next);
      if (!next.running) onIdle?.();
    };
    const unsubscribe = onCoreEvent((event) => {
      if (event.type !== 'progress') return;
      seenEvent = true;
      show(event.progress);
    });
    api.getImportProgress({}).then(
      (now) => {
        if (!seenEvent) show(now);
      },
      () => {}, // events still move the bar
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [onIdle]);

  if (!progress?.running) return null;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <progress max={progress.total} value={progress.done} aria-label="导入进度" />
      <span className="import-progress-text">
        正在导入 {progress.done}/{progress.total}
        {progress.failed > 0 && `（${progress.failed} 个失败）`}
        {progress.file && <span className="import-progress-file">{fileName(progress.file)}</span>}
      </span>
    </div>
  );
}
