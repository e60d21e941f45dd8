import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './test/helpers/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    launchOptions: CHROMIUM_LAUNCH,
  },
});
