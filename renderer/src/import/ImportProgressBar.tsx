import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../electron/shared/import-types';
import { api } from '../api/client';
import './import.css';

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * A progress bar for a running import. Mount it while an import call is pending (or keep it mounted:
 * it shows nothing when no import is running); it polls getImportProgress, and stops polling and
 * calls onIdle, if given, once no import is running.
 */
export function ImportProgressBar({ pollMs = 400, onIdle }: { pollMs?: number; onIdle?: () => void }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.getImportProgress({});
        if (live) setProgress(next);
        if (live && !next.running && onIdle) {
          onIdle();
          return;
        }
      } catch {
        // A missed poll only delays the bar.
      }
      if (live) timer = setTimeout(poll, pollMs);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pollMs, onIdle]);

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
