import { spawn } from 'node:child_process';

/** The command that opens a URL in the user's browser, or null where there is no desktop to open it on. */
export function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] | null {
  if (env.POLICY_READER_NO_BROWSER === '1') return null;
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['cmd', '/c', 'start', '""'];
  // Without a display (a server, CI, an SSH session) xdg-open would only print errors.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open'];
}

/** Best effort: a missing opener is not an error, the address is printed anyway. */
export function openInSystemBrowser(url: string): void {
  const opener = browserOpener(process.platform, process.env);
  if (!opener) return;
  const [command, ...args] = opener;
  try {
    const child = spawn(command!, [...args, url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener installed: the printed address is enough.
  }
}
