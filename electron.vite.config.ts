import fs from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One build for all doors: the Electron main process, the CLI and the browser-mode server
// share the core through the main build; preload and renderer are built on their own.
// The migrations (plain .sql files, read from their folder when run from source) are bundled into
// the build as one constant, so the built app needs no file beside it (see core/db/migrations.ts).
const migrationsDir = resolve(__dirname, 'electron/core/db/migrations');
const bundledMigrations = Object.fromEntries(
  fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => [f, fs.readFileSync(resolve(migrationsDir, f), 'utf8')]),
);

export default defineConfig({
  main: {
    define: { __POLICY_READER_MIGRATIONS__: JSON.stringify(bundledMigrations) },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'policy-reader': resolve(__dirname, 'electron/cli/policy-reader.ts'),
          serve: resolve(__dirname, 'electron/server/serve.ts'),
          'start-browser': resolve(__dirname, 'electron/server/start-browser.ts'),
          bench: resolve(__dirname, 'electron/cli/bench.ts'),
          'bench-import': resolve(__dirname, 'electron/cli/bench-import.ts'),
          'bench-compare': resolve(__dirname, 'electron/cli/bench-compare.ts'),
          'bench-responsive': resolve(__dirname, 'electron/cli/bench-responsive.ts'),
          // The core's own thread: the desktop app and browser mode run the library here.
          'core-worker': resolve(__dirname, 'electron/core/host/core-worker.ts'),
          // An import's helper thread: it prepares the text files ahead of the one being stored.
          'import-worker': resolve(__dirname, 'electron/core/import/prepare-worker.ts'),
        },
        output: {
          banner: (chunk) => (chunk.name === 'policy-reader' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything it uses.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
