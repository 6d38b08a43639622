/**
 * The one-file bundle on a Danish page served with a strict Content-Security-Policy: it
 * renders in Danish, fetching that language's chunks from dist/bundle/ next to it (relative
 * to its own URL), and no other language's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions, serveDirectory } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

describe(
  'the one-file bundle and its language chunks',
  { skip: existsSync(`${ROOT}dist/samskaping-elements.bundle.js`) ? false : 'npm run build first' },
  () => {
    let server, browser;
    before(async () => {
      server = await serveDirectory(ROOT, { 'Content-Security-Policy': policy });
      browser = await chromium.launch(chromiumOptions);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(lang) {
      const page = await browser.newPage();
      const scripts = [];
      const errors = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.origin}/test/apps/bundle/danish.html`);
      if (lang !== 'da') await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
      return { page, scripts, errors };
    }

    it('renders in Danish, loading the Danish chunks from dist/bundle/', async () => {
      const { page, scripts, errors } = await open('da');
      await page.waitForFunction(() =>
        /Ingen plan at vise endnu\. Sådan ser kæden ud/.test(
          document.querySelector('soimpact-chain')?.shadowRoot?.textContent ?? '',
        ),
      );
      const chunks = scripts.filter((path) => path.startsWith('/dist/bundle/'));
      assert.ok(
        chunks.some((path) => /\/strings\.da-/.test(path)),
        `no Danish strings chunk among ${scripts.join(', ')}`,
      );
      assert.ok(!chunks.some((path) => /\.en-/.test(path)), 'an English chunk was loaded on a Danish page');
      assert.deepEqual(errors, []);
      await page.close();
    });
  },
);
