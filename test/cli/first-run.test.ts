import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener } from '../../electron/server/open-browser';
import { cliPath, repoRoot, tempDir } from '../helpers/paths';

describe('a newcomer’s first commands', () => {
  it('answers --version and --help without opening (or creating) a library', () => {
    const home = tempDir('policy-reader-home-');
    const db = path.join(home, 'never-created.db');
    for (const flag of ['--version', '--help']) {
      const r = spawnSync(process.execPath, [cliPath, '--db', db, flag], { encoding: 'utf8', env: { ...process.env, HOME: home } });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(flag === '--version' ? /^policy-reader \d+\.\d+\.\d+\n$/ : /^Usage: policy-reader/);
    }
    const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(spawnSync(process.execPath, [cliPath, '--version'], { encoding: 'utf8' }).stdout.trim()).toBe(`policy-reader ${version}`);
    expect(fs.existsSync(db)).toBe(false);
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it('opens the system browser only where there is a desktop to open it on', () => {
    expect(browserOpener('linux', {})).toBeNull();
    expect(browserOpener('linux', { DISPLAY: ':0' })).toEqual(['xdg-open']);
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual(['xdg-open']);
    expect(browserOpener('linux', { DISPLAY: ':0', POLICY_READER_NO_BROWSER: '1' })).toBeNull();
    expect(browserOpener('darwin', {})).toEqual(['open']);
    expect(browserOpener('win32', {})?.[0]).toBe('cmd');
  });
});
