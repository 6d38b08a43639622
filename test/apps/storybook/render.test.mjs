/**
 * The static Storybook build (`npm run build-storybook` → storybook-static/) opened in
 * Chromium: every story must render its element (a defined custom element with a non-empty
 * shadow root) and no story may show Storybook's "failed to render" screen. A green
 * `storybook build` proved nothing: it built 0 of 38 working stories when Vite dropped the
 * define modules (package.json `sideEffects`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions, serveDirectory } from '../static-server.mjs';

const staticDir = fileURLToPath(new URL('../../../storybook-static/', import.meta.url));
const indexFile = `${staticDir}index.json`;

describe(
  'Storybook static build',
  { skip: existsSync(indexFile) ? false : 'storybook-static/ not built: npm run build-storybook' },
  () => {
    let server, browser;
    const entries = existsSync(indexFile) ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries) : [];
    const stories = entries.filter((entry) => entry.type === 'story');
    const docs = entries.filter((entry) => entry.type === 'docs');

    before(async () => {
      server = await serveDirectory(staticDir);
      browser = await chromium.launch(chromiumOptions);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('has the stories of every element', () => {
      const titles = new Set(stories.map((story) => story.importPath));
      for (const tag of ['samson-scorecard', 'samson-profile', 'soimpact-chain', 'soimpact-chart', 'soimpact-planner']) {
        assert.ok(
          [...titles].some((title) => title.includes(tag)),
          `no stories for <${tag}>: ${[...titles].join(', ')}`,
        );
      }
      assert.ok(stories.length >= 30, `only ${stories.length} stories in index.json`);
    });

    it('renders every story', async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const failed = [];
      for (const story of stories) {
        errors.length = 0;
        await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
        // Storybook sets one of these classes on <body> when the story has rendered or failed.
        await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className), null, {
          timeout: 20000,
        });
        const state = await page.evaluate(async () => {
          const root = document.querySelector('#storybook-root');
          const shown = document.body.className.match(/sb-show-(\w+)/)?.[1];
          const elements = [...(root?.querySelectorAll('*') ?? [])].filter((element) => element.localName.includes('-'));
          const defined = elements.filter((element) => customElements.get(element.localName));
          await Promise.all(defined.map((element) => element.updateComplete));
          const rendered = defined.filter((element) => element.shadowRoot && element.shadowRoot.childElementCount > 0);
          return {
            shown,
            failedText: /failed to render/i.test(document.body.innerText),
            tags: elements.map((element) => element.localName),
            rendered: rendered.length,
          };
        });
        const ok = state.shown === 'main' && !state.failedText && state.tags.length > 0 && state.rendered === state.tags.length;
        if (!ok) failed.push(`${story.id}: ${JSON.stringify(state)} ${errors.join(' | ')}`);
      }
      await page.close();
      assert.deepEqual(failed, [], `${failed.length} of ${stories.length} stories did not render`);
    });

    it('renders every docs page without an error', async () => {
      const page = await browser.newPage();
      const failed = [];
      for (const entry of docs) {
        await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=docs`);
        await page
          .waitForFunction(
            () =>
              /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) &&
              document.querySelector('.sbdocs, #storybook-docs *'),
            null,
            { timeout: 20000 },
          )
          .catch(() => {});
        const state = await page.evaluate(() => ({
          error: document.body.classList.contains('sb-show-errordisplay'),
          text: (document.querySelector('#storybook-docs')?.textContent ?? '').trim().length,
        }));
        if (state.error || state.text === 0) failed.push(`${entry.id}: ${JSON.stringify(state)}`);
      }
      await page.close();
      assert.deepEqual(failed, [], `${failed.length} of ${docs.length} docs pages did not render`);
    });
  },
);
