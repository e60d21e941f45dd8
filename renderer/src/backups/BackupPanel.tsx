import { useState } from 'react';
import type { BackupSummary } from '../../../electron/shared/backup-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import './backups.css';

const REASONS: Record<string, string> = { daily: '定期备份', 'pre-migration': '升级前备份', 'pre-restore': '恢复前备份' };

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Side panel: the library's backups (the last 3 and one per week for 4 weeks), each restorable. */
export function BackupPanel() {
  const app = useApp();
  const backups = useAsync(() => api.listBackups({}), [app.libraryVersion]);
  const [busy, setBusy] = useState<string | null>(null);
  const restore = async (b: BackupSummary) => {
    if (!window.confirm(`用 ${when(b.takenAt)} 的备份替换当前文库？当前文库会先另存为一份备份，可再恢复。`)) return;
    setBusy(b.file);
    try {
      await api.restoreBackup({ file: b.file });
      app.notify(`已恢复 ${when(b.takenAt)} 的备份`);
      backups.reload();
    } catch (err) {
      app.notify(`恢复失败：${(err as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  if (backups.error) return <div className="bk-empty">{backups.error}</div>;
  const list = backups.data ?? [];
  return (
    <section className="bk-panel" aria-label="备份">
      <p className="bk-note">文库有改动时，每天打开后自动备份一次；保留最近 3 份，以及一个月内每周 1 份。</p>
      {list.length === 0 && !backups.loading ? <div className="bk-empty">还没有备份。</div> : null}
      <ul className="bk-list">
        {list.map((b) => (
          <li key={b.file} className="bk-item">
            <span className="bk-when">{when(b.takenAt)}</span>
            <span className="bk-reason">{REASONS[b.reason] ?? b.reason}</span>
            <span className="bk-size">{(b.bytes / 1e6).toFixed(1)} MB</span>
            <button type="button" disabled={busy !== null} onClick={() => void restore(b)}>
              {busy === b.file ? '正在恢复…' : '恢复'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
