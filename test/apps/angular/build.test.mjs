/**
 * An Angular 21 app (test/apps/angular: Angular CLI, the esbuild application builder, the
 * default production budgets of `ng new`) with the package installed from its `npm pack`
 * tarball: `ng build` passes (a budget overrun fails it), and the built page shows the chain
 * and the scorecard with the app's attributes, a [property] binding and (event) listeners.
 * Run by `npm run test:apps:angular` (its install takes a while). Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { built, buildApp, installApp, packTarball } from '../consumer-app.mjs';
import { chromiumOptions, serveDirectory } from '../static-server.mjs';
import { checkChainApp } from '../render-checks.mjs';

const appDir = fileURLToPath(new URL('./', import.meta.url));

describe('an Angular 21 app built with the Angular CLI', { skip: built ? false : 'dist/ not built: npm run build' }, () => {
  let server, browser, buildOutput;
  before(async () => {
    installApp(appDir, packTarball());
    buildOutput = buildApp(appDir);
    server = await serveDirectory(`${appDir}dist/browser`);
    browser = await chromium.launch(chromiumOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds within the default budgets, without warnings', () => {
    assert.doesNotMatch(buildOutput, /budget|WARNING/i, buildOutput);
  });

  it('renders the chain and the scorecard; the app hears soimpact-select and samson-change', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.origin}/`);
    await checkChainApp(page, 'Jobbsøkerkurset fra Angular');

    // The label attribute names the response; past the introduction, points given to the
    // first value reach the app's (samson-change) listener with the response.
    await page.locator('samson-scorecard #step-heading').getByText('Innledning').waitFor();
    await page.locator('samson-scorecard .step-buttons .next').click();
    await page.locator('samson-scorecard .points-input').first().fill('5');
    await page.waitForFunction(() => document.querySelector('#changes')?.textContent !== '0');
    assert.equal(await page.textContent('#label'), 'Fra Angular');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
