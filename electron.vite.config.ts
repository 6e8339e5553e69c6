import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/app/index.ts'),
          cli: resolve(__dirname, 'main/cli/cli.ts'),
          'import-worker': resolve(__dirname, 'main/importer/worker.ts'),
          'query-worker': resolve(__dirname, 'main/query/worker.ts'),
          'upgrade-worker': resolve(__dirname, 'main/archive/upgrade-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle the contract's validators in.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'preload/index.ts') }, external: ['electron'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // The window loads this bundle at every start: ship it minified.
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
