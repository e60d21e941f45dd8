import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { callApi, expect, startServer, stopServer, test } from './fixtures';

test('the 备份 panel lists the library’s backups and puts one back', async ({ page }) => {
  // A seeded library with a backup of yesterday, as the routine backup names it.
  const first = await startServer();
  const docs = await callApi<{ id: number; title: string }[]>(first, 'listDocuments', {});
  await stopServer(first);
  const dir = path.join(path.dirname(first.dbPath), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date(Date.now() - 86_400_000).toISOString().replace(/[-:]/g, '').replace('.', '');
  const db = new Database(first.dbPath);
  db.prepare('VACUUM INTO ?').run(path.join(dir, `library-${stamp}-daily.db`));
  db.close();

  const server = await startServer({ dbPath: first.dbPath });
  try {
    await callApi(server, 'deleteDocument', { docId: docs[0]!.id });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    const library = page.getByRole('navigation', { name: '文库' }).getByRole('button');
    await expect(library).toHaveCount(docs.length - 1);
    await page.getByRole('button', { name: '备份', exact: true }).click();
    const panel = page.getByRole('region', { name: '备份' });
    await expect(panel.locator('.bk-item')).toHaveCount(1);
    await expect(panel.locator('.bk-item')).toContainText('定期备份');
    await page.screenshot({ path: test.info().outputPath('backups-1366.png') });
    page.once('dialog', (d) => void d.accept());
    await panel.getByRole('button', { name: '恢复' }).click();
    await expect(library).toHaveCount(docs.length);
    // The library as it was before is a backup of its own now.
    await expect(panel.locator('.bk-item')).toHaveCount(2);
    await expect(panel.locator('.bk-item').first()).toContainText('恢复前备份');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: test.info().outputPath('backups-1920.png') });
  } finally {
    await stopServer(server);
  }
});
