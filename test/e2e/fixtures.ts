import { test as base } from '@playwright/test';
import { startServer, stopServer, type ReaderServer } from '../helpers/browser-mode-server';

export { apiHeaders, callApi, startServer, stopServer, type ReaderServer } from '../helpers/browser-mode-server';

/** `server`: a browser-mode server with the seed library, one per test. */
export const test = base.extend<{ server: ReaderServer }>({
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await stopServer(server);
  },
});

export { expect } from '@playwright/test';
