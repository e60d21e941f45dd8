import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One build for all doors: the Electron main process, the CLI and the browser-mode server
// share the core through the main build; preload and renderer are built on their own.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'policy-reader': resolve(__dirname, 'electron/cli/policy-reader.ts'),
          serve: resolve(__dirname, 'electron/server/serve.ts'),
          'start-browser': resolve(__dirname, 'electron/server/start-browser.ts'),
          bench: resolve(__dirname, 'electron/cli/bench.ts'),
          'bench-compare': resolve(__dirname, 'electron/cli/bench-compare.ts'),
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
