import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

// Built as a test fixture: the app imports the package's built entries, as an app would.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^samskaping-elements\/react$/, replacement: `${dist}react/index.js` },
      { find: /^samskaping-elements\/define$/, replacement: `${dist}define.js` },
      { find: /^samskaping-elements$/, replacement: `${dist}index.js` },
    ],
  },
  build: { outDir: '../.build/react', emptyOutDir: true, modulePreload: { polyfill: false } },
});
