import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

// Built as a test fixture; templates are compiled at build time, so no eval is needed under CSP.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  resolve: {
    alias: [
      { find: /^samskaping-elements\/define$/, replacement: `${dist}define.js` },
      { find: /^samskaping-elements$/, replacement: `${dist}index.js` },
    ],
  },
  build: { outDir: '../.build/vue', emptyOutDir: true, modulePreload: { polyfill: false } },
});
