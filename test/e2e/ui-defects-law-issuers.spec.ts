import fs from 'node:fs';
import path from 'node:path';
import { callApi, expect, startServer, stopServer, test, type ReaderServer } from './fixtures';
import { repoRoot, tempDir } from '../helpers/paths';

// #7: most texts of a law library showed no issuer. A law states the body that passed it, and a library
// sorted by body says it in its folders; the library list shows it and filters by it.
let server: ReaderServer;
test.beforeAll(async () => {
  const root = tempDir();
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  put('部门规章/公安部/机动车登记规定.md', '# 机动车登记规定\n\n第一条 为了规范机动车登记，制定本规定。\n\n第二条 本规定由公安机关交通管理部门负责实施。\n');
  put('法律/劳动合同法.md', fs.readFileSync(path.join(repoRoot, 'test/fixtures/laws/劳动合同法.md'), 'utf8'));
  server = await startServer({ seed: false });
  await callApi(server, 'importPaths', { paths: [root] });
});
test.afterAll(async () => stopServer(server));

test('#7 laws show the body that passed them, from their text or their folder, and the library filters by it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' });
  await expect(library.getByRole('button', { name: /^机动车登记规定/ })).toContainText('公安部');
  await expect(library.getByRole('button', { name: /^中华人民共和国劳动合同法/ })).toContainText('全国人民代表大会常务委员会');
  await page.getByRole('searchbox', { name: '筛选文库' }).fill('公安部');
  await expect(library.getByRole('button', { name: /^机动车登记规定/ })).toBeVisible();
  await expect(library.getByRole('button', { name: /^中华人民共和国劳动合同法/ })).toHaveCount(0);
});
