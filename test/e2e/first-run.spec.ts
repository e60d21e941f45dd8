import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cliPath, repoRoot, tempDir } from '../helpers/paths';

// The README's command for running the app, as a newcomer types it, on an empty home directory.
// Here no Electron binary exists, so it must fall back to browser mode on the user's own library.
test('`npm start` on an empty home opens the reader with the five seed documents', async ({ page }) => {
  test.setTimeout(120_000);
  const home = tempDir('policy-reader-home-');
  const npmrc = path.join(os.homedir(), '.npmrc');
  const child = spawn('npm', ['start', '--', '--port', '0'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // npm's own settings (how native packages are built) live in the real home; the app's data goes to the new one.
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: '', POLICY_READER_NO_BROWSER: '1', ...(fs.existsSync(npmrc) ? { npm_config_userconfig: npmrc } : {}) },
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
        if (match) resolve(match[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
      setTimeout(() => reject(new Error(`npm start printed no address:\n${output}`)), 100_000);
    });
    expect(output).toContain('browser version');
    const libraryFile = path.join(home, '.config', '政策阅读器', 'library.db');
    expect(fs.existsSync(libraryFile)).toBe(true);

    await page.goto(url);
    const library = page.getByRole('navigation', { name: '文库' });
    for (const title of ['长株潭都市圈发展规划', '长株潭一体化发展五年行动计划']) {
      await expect(library.getByText(title, { exact: false }).first()).toBeVisible();
    }
    const listed = execFileSync(process.execPath, [cliPath, '--db', libraryFile, 'list', '--json'], { encoding: 'utf8' });
    expect((JSON.parse(listed) as unknown[]).length).toBe(5);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
});
