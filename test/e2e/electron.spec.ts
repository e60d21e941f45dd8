import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { corporaDir, repoRoot, tempDir } from '../helpers/paths';

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

/** An environment whose home (and so the app's data folder) is a fresh temp folder. */
function isolatedEnv(): Record<string, string> {
  const home = tempDir();
  const inherited = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...inherited, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), APPDATA: path.join(home, 'AppData') };
}

function launch(env: Record<string, string>, ...extraArgs: string[]) {
  return electron.launch({ executablePath: binary!, args: [repoRoot, '--no-sandbox', ...extraArgs], env });
}

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, 'No Electron binary on this machine (it is downloaded by npm ci where the network allows)');

  test('starts with the seed library and reads a chapter', async () => {
    const app = await launch(isolatedEnv());
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

  test('is locked down: isolated page on app://, no navigation, no new windows, no network', async () => {
    const env = isolatedEnv();
    const app = await launch(env);
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: '文库' }).getByRole('button').first()).toBeVisible();
    const inPage = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      let fetched = 'no';
      try {
        await fetch('https://example.com/');
        fetched = 'yes';
      } catch {
        fetched = 'blocked';
      }
      return {
        protocol: location.protocol,
        require: typeof w.require,
        process: typeof w.process,
        reader: typeof w.reader,
        onMenu: typeof (w.readerDesktop as { onMenu?: unknown } | undefined)?.onMenu,
        opened: window.open('https://example.com/') === null,
        fetched,
      };
    });
    expect(inPage).toEqual({ protocol: 'app:', require: 'undefined', process: 'undefined', reader: 'object', onMenu: 'function', opened: true, fetched: 'blocked' });

    // Navigation away from the app is refused.
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/reader\//);
    expect(app.windows()).toHaveLength(1);

    // The session filter cancels requests the page's CSP would not even see (a window loading a site).
    const blocked = await app.evaluate(async ({ BrowserWindow }) => {
      const probe = new BrowserWindow({ show: false });
      try {
        await probe.loadURL('https://example.com/');
        return 'loaded';
      } catch (err) {
        return String((err as Error).message);
      } finally {
        probe.destroy();
      }
    });
    expect(blocked).toContain('ERR_BLOCKED_BY_CLIENT');
    const log = fs.readFileSync(path.join(env.XDG_CONFIG_HOME!, '政策阅读器', 'logs', 'blocked-requests.log'), 'utf8');
    expect(log).toContain('https://example.com/');

    // Native menus in Chinese; permission prompts denied.
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
    expect(menus).toEqual(['文件', '编辑', '视图', '帮助']);
    const camera = await page.evaluate(() =>
      navigator.mediaDevices.getUserMedia({ video: true }).then(
        () => 'granted',
        () => 'denied',
      ),
    );
    expect(camera).toBe('denied');
    await app.close();

    // The window's size and position were remembered.
    const state = JSON.parse(fs.readFileSync(path.join(env.XDG_CONFIG_HOME!, '政策阅读器', 'window-state.json'), 'utf8'));
    expect(state.bounds.width).toBeGreaterThanOrEqual(800);
  });

  test('one instance: a second launch with a document imports it into the open window and exits', async () => {
    const env = isolatedEnv();
    const app = await launch(env);
    const page = await app.firstWindow();
    const library = page.getByRole('navigation', { name: '文库' });
    await expect(library.getByRole('button')).toHaveCount(5);

    const report = path.join(corporaDir, 'gov-work-reports', '1954年中华人民共和国国务院政府工作报告.txt');
    const second = spawn(binary!, [repoRoot, '--no-sandbox', report], { env, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    await expect(library.getByRole('button', { name: /政府工作报告/ })).toBeVisible({ timeout: 30_000 });
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });

  test('a policy-reader:// link opens the paragraph: on first launch, and from a second launch into the open window', async () => {
    const env = isolatedEnv();
    // Ids are assigned when the seeds are imported into this fresh library: learn two paragraphs' ids first.
    let app = await launch(env);
    let page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: '文库' }).getByRole('button')).toHaveCount(5);
    const { docId, first, last } = await page.evaluate(async (title) => {
      type Envelope<T> = { ok: boolean; result: T };
      const reader = (window as unknown as { reader: { call(name: string, args: object): Promise<Envelope<unknown>> } }).reader;
      const docs = (await reader.call('listDocuments', {})).result as { id: number; title: string }[];
      const doc = docs.find((d) => d.title.startsWith(title))!;
      const blocks = (await reader.call('getBlocks', { docId: doc.id })).result as { blockId: number; kind: string; text: string }[];
      const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
      const pick = (b: { blockId: number; text: string }) => ({ blockId: b.blockId, text: b.text });
      return { docId: doc.id, first: pick(paragraphs.find((b) => b.text.startsWith('打造轨道上的长株潭'))!), last: pick(paragraphs.at(-1)!) };
    }, '长株潭都市圈发展规划');
    await app.close();

    app = await launch(env, `policy-reader://open/doc/${docId}/block/${first.blockId}`);
    page = await app.firstWindow();
    await expect(page.locator('.block-paragraph').filter({ hasText: first.text })).toBeInViewport({ timeout: 30_000 });

    // Windows appends a slash to some links; the second process hands the link over and exits.
    const second = spawn(binary!, [repoRoot, '--no-sandbox', `policy-reader://open/doc/${docId}/block/${last.blockId}/`], { env, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    await expect(page.locator('.block-paragraph').filter({ hasText: last.text })).toBeInViewport({ timeout: 30_000 });
    expect(app.windows()).toHaveLength(1);

    // In the desktop app 复制链接 copies the policy-reader:// form.
    const block = page.locator('.block-paragraph').filter({ hasText: last.text });
    await block.hover();
    await block.getByRole('button', { name: '复制链接' }).click();
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe(`policy-reader://open/doc/${docId}/block/${last.blockId}`);
    await app.close();
  });
});
