/**
 * An app that configures @lit/localize itself, beside the npm build (dist/, bundled by the
 * app with esbuild the way Angular does): in either import order, nothing throws, the app's
 * element shows the app's language and ours shows the language of <html lang> or of our
 * setLocale, each independent of the other. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumOptions, serveDirectory } from './static-server.mjs';

const appDir = fileURLToPath(new URL('./lit-localize/', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)));

const shadowText = (page, tag) =>
  page
    .waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim() || false, tag)
    .then((handle) => handle.jsonValue());

describe('beside an app that configures @lit/localize itself', { skip: built ? false : 'dist/ not built: npm run build' }, () => {
  let server, browser;
  before(async () => {
    for (const order of ['app-first', 'library-first']) {
      await build({
        entryPoints: [`${appDir}${order}.js`],
        outfile: `${appDir}${order}.bundle.js`,
        bundle: true,
        format: 'esm',
        logLevel: 'error',
      });
    }
    server = await serveDirectory(appDir);
    browser = await chromium.launch(chromiumOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const order of ['app-first', 'library-first']) {
    it(`${order}: both localize, each in its own language`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.origin}/${order}.html`);
      // <html lang="en">: our element follows it; the app's source language is English too.
      assert.match(await shadowText(page, 'soimpact-chain'), /No plan to show yet\./);
      assert.match(await shadowText(page, 'app-greeting'), /Hello from the app/);

      await page.evaluate(() => window.app.appLocalization.setLocale('de'));
      await page.waitForFunction(() => /Hallo aus der App/.test(document.querySelector('app-greeting').shadowRoot.textContent));
      assert.match(
        await shadowText(page, 'soimpact-chain'),
        /No plan to show yet\./,
        'the app switching its language must not switch ours',
      );

      await page.evaluate(() => window.app.setLibraryLocale('da'));
      await page.waitForFunction(() =>
        /Ingen plan at vise endnu\. Sådan ser kæden ud/.test(document.querySelector('soimpact-chain').shadowRoot.textContent),
      );
      assert.equal(
        await page.evaluate(() => window.app.appLocalization.getLocale()),
        'de',
        'our setLocale must not switch the app',
      );
      assert.match(await shadowText(page, 'app-greeting'), /Hallo aus der App/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
