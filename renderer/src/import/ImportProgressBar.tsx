import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../electron/shared/import-types';
import { api, onCoreEvent } from '../api/client';
import './import.css';

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * A progress bar for a running import. Mount it while an import call is pending (or keep it mounted:
 * it shows nothing when no import is running). It asks once where the import is, then follows the
 * core's progress events; calls onIdle, if given, when an event says the import ended (the first
 * answer may predate an import that is only starting, so it never ends the bar).
 */
export function ImportProgressBar({ onIdle }: { onIdle?: () => void }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    let live = true;
    let seenEvent = false;
    const unsubscribe = onCoreEvent((event) => {
      if (event.type !== 'progress' || !live) return;
      seenEvent = true;
      setProgress(event.progress);
      if (!event.progress.running) onIdle?.();
    });
    api.getImportProgress({}).then(
      (now) => {
        if (live && !seenEvent) setProgress(now);
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
