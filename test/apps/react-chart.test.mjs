/**
 * A React app (Vite) that imports only `samskaping-elements/react/soimpact-chart`: its bundle
 * carries the chart and none of the other elements' code, and the built page draws the chart
 * and hears its event through the wrapper's onSoimpactData. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { built } from './consumer-app.mjs';
import { chromiumOptions, serveDirectory } from './static-server.mjs';
import { paintedCanvas } from './render-checks.mjs';

const appDir = fileURLToPath(new URL('./react-chart/', import.meta.url));

// A message that occurs only in each other element's source (its nb text, which is in the code).
const otherElements = {
  'samson-scorecard': 'Vekting av verdier',
  'samson-profile': 'Fra laveste til høyeste part',
  'soimpact-planner': 'Fem råd for å velge indikatorer',
  'soimpact-chain': 'Begrunnes med forskning, måles ikke direkte.',
};

describe('a React app that uses only the chart', { skip: built ? false : 'dist/ not built: npm run build' }, () => {
  let server, browser, code;
  before(async () => {
    const link = join(appDir, 'node_modules/samskaping-elements');
    if (!existsSync(link)) {
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync('../../../..', link);
    }
    await build({ configFile: join(appDir, 'vite.config.mjs') });
    const assets = join(appDir, 'dist/assets');
    code = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    server = await serveDirectory(join(appDir, 'dist'));
    browser = await chromium.launch(chromiumOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('bundles the chart and not the scorecard, profile, chain or planner', () => {
    assert.match(code, /soimpact-chart/);
    for (const [tag, marker] of Object.entries(otherElements))
      assert.ok(!code.includes(marker), `${tag}'s code is in the bundle (found «${marker}»)`);
  });

  it('draws the chart and the app hears soimpact-data', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.querySelector('#shown')?.textContent === 'Jobbsøkerkurs (illustrasjon)');
    assert.ok(await paintedCanvas(page, 'soimpact-chart'), 'the chart drew nothing on its canvas');
    assert.equal(await page.evaluate(() => customElements.get('samson-scorecard')), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
