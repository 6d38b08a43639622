// «Resultater» is a chunk of its own (chunks.ts). When it cannot be fetched (offline, a CDN
// hiccup), the step says so in the element with a way to try again, and focus stays on the
// step's heading through the failure and the retry. A file of its own: a page fetches a chunk
// once, so the loaded-at-last case (samson-scorecard-step-loading.test.ts) needs a fresh page.
import { expect, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { ErrorDetail } from '../../src/core/problems.js';
import {
  deepActive,
  expectAccessible,
  press,
  scorecard,
  settle,
  shadow,
  tabUntil,
  until,
} from '../fixtures/samson-scorecard-helpers.js';

// The test server serves the source: the chunk's `import('./result-templates.js')` asks for the .ts file.
const CHUNK = '/src/elements/samson-scorecard/result-templates.ts';

/** The test server holds the chunk's answer (test/server/hold.mjs) until it is released or failed. */
async function holdChunk(): Promise<{ requested: Promise<unknown>; release(): Promise<unknown>; fail(): Promise<unknown> }> {
  const at = `/__hold?path=${encodeURIComponent(CHUNK)}`;
  const hold = await fetch(at, { method: 'PUT' });
  expect(hold.ok, await hold.text()).to.equal(true);
  return {
    requested: fetch(`${at}&requested`),
    release: () => fetch(at, { method: 'DELETE' }),
    fail: () => fetch(`${at}&fail`, { method: 'DELETE' }),
  };
}

function stepHeading(el: SamsonScorecard): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('#step-heading');
}

/** The heading has focus, is on screen and names the step. */
function expectFocusOnHeading(el: SamsonScorecard, name: string, when: string): void {
  const active = deepActive();
  expect(active, `focus ${when}: ${active?.outerHTML.slice(0, 120)}`).to.equal(stepHeading(el));
  expect(active!.textContent!.trim()).to.equal(name);
  expect(active!.checkVisibility(), `the focused heading is visible ${when}`).to.equal(true);
  expect(active!.getBoundingClientRect().height).to.be.greaterThan(0);
}

/** Tabs to «Resultater» in the jump list and presses Enter there. */
async function openResultsByKeyboard(): Promise<void> {
  await tabUntil(
    (a) => a.classList.contains('nav-button') && a.querySelector('.nav-name')?.textContent?.trim() === 'Resultater',
    '«Resultater» in the step list',
  );
  await press('Enter');
}

describe('<samson-scorecard>: a step whose code cannot be loaded', () => {
  it('says so when the step’s code cannot be loaded, reports samson-error, and «Prøv igjen» brings the step with focus on its heading', async function () {
    this.timeout(20000);
    const chunk = await holdChunk();
    try {
      const el = await scorecard();
      await openResultsByKeyboard();
      await chunk.requested;
      await until(() => deepActive() === stepHeading(el), 'focus on the step’s heading while its code loads');
      const reported = oneEvent<CustomEvent<ErrorDetail>>(el, 'samson-error');
      await chunk.fail();
      const { detail } = await reported;
      expect(detail.problems[0]!.code).to.equal('fetch-failed');

      await until(() => shadow(el).querySelector('[role="alert"]') !== null, 'the message that the step could not be loaded');
      const alert = shadow(el).querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).to.contain('kunne ikke lastes');
      expect(alert.checkVisibility()).to.equal(true);
      expectFocusOnHeading(el, 'Resultater', 'after the load failed');
      await expectAccessible(el, 'the results step that could not be loaded');

      await tabUntil((a) => a.textContent?.trim() === 'Prøv igjen', '«Prøv igjen»');
      await press('Enter');
      await until(() => shadow(el).querySelector('.results') !== null, 'the results, loaded the second time');
      await settle(el);
      expectFocusOnHeading(el, 'Resultater', 'once «Prøv igjen» brought the results');
      expect(shadow(el).querySelector('[role="alert"]'), 'the message is gone').to.equal(null);
      el.remove();
    } finally {
      await chunk.release();
    }
  });
});
