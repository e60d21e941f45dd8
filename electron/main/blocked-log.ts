import fs from 'node:fs';
import path from 'node:path';

const MAX_LOG_BYTES = 512 * 1024;

/**
 * Requests the request policy refused, one line each, in <userData>/logs/blocked-requests.log
 * (and on stderr). The file is started afresh when it grows past 512 KB.
 */
export function blockedRequestLogger(userDataDir: string): (url: string, reason: string) => void {
  const file = path.join(userDataDir, 'logs', 'blocked-requests.log');
  return (url, reason) => {
    const line = `${new Date().toISOString()} blocked ${reason}: ${url.slice(0, 500)}\n`;
    process.stderr.write(`[offline] ${line}`);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_LOG_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, line);
    } catch {
      // Logging must never break the app.
    }
  };
}
