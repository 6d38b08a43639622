/**
 * A Svelte 5 app (test/apps/svelte: Vite + @sveltejs/vite-plugin-svelte, their defaults) with
 * the package installed from its `npm pack` tarball: it builds, and the built page shows the
 * chain and the chart with the app's attributes, the plan property and the app hearing their
 * events. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { built, buildApp, installApp, packTarball } from './consumer-app.mjs';
import { chromiumOptions, serveDirectory } from './static-server.mjs';
import { checkChainApp, paintedCanvas } from './render-checks.mjs';

const appDir = fileURLToPath(new URL('./svelte/', import.meta.url));

describe('a Svelte 5 app built with Vite', { skip: built ? false : 'dist/ not built: npm run build' }, () => {
  let server, browser;
  before(async () => {
    installApp(appDir, packTarball());
    buildApp(appDir);
    server = await serveDirectory(`${appDir}dist`);
    browser = await chromium.launch(chromiumOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the chain and the chart; the app hears soimpact-select and soimpact-data', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.origin}/`);
    await checkChainApp(page, 'Jobbsøkerkurset fra Svelte');

    const chartTitle = await page.waitForFunction(
      () => document.querySelector('soimpact-chart')?.shadowRoot?.querySelector('h2')?.textContent?.trim() || false,
    );
    assert.equal(await chartTitle.jsonValue(), 'Deltakere i jobb');
    assert.ok(await paintedCanvas(page, 'soimpact-chart'), 'the chart drew nothing on its canvas');
    await page.click('#swap');
    await page.waitForFunction(() => document.querySelector('#shown')?.textContent === 'Boost Refugee');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
