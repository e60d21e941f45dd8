import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { repoRoot, tempDir } from '../helpers/paths';

/** The Electron binary that `npm ci` downloads; machines without network have none. */
function electronBinary(): string | null {
  try {
    const pathFile = path.join(repoRoot, 'node_modules', 'electron', 'path.txt');
    const binary = path.join(repoRoot, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, 'No Electron binary on this machine (it is downloaded by npm ci where the network allows)');

  test('starts with the seed library and reads a chapter', async () => {
    const home = tempDir();
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot, '--no-sandbox'],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), APPDATA: path.join(home, 'AppData') },
    });
    const page = await app.firstWindow();
    expect(await page.evaluate(() => typeof (window as unknown as { reader?: object }).reader)).toBe('object');
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    const library = page.getByRole('navigation', { name: '文库' });
    await expect(library.getByRole('button')).toHaveCount(5);
    await library.getByRole('button', { name: /^长株潭都市圈发展规划/ }).click();
    await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: /^第四章/ }).click();
    await expect(page.getByRole('heading', { name: /^第四章/ })).toBeInViewport();
    await app.close();
  });
});
