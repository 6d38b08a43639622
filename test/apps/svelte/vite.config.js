import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Vite's and the Svelte plugin's defaults: the app is built as a Svelte developer builds one.
export default defineConfig({
  plugins: [svelte()],
  logLevel: 'warn',
});
