// The presenter layout's field steps are a chunk of their own (chunks.ts). When it cannot be
// fetched (offline, a CDN hiccup), the step says so in the element with a way to try again, and
// focus stays on the step's heading through the failure and the retry. A file of its own, with
// a chunk of its own: a page fetches a chunk once, and two test files run at once.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { ErrorDetail } from '../../src/core/problems.js';
import {
  deepActive,
  expectFocusOnHeading,
  stepHeading,
  expectAccessible,
  press,
  settle,
  shadow,
  tabUntil,
  uniqueKey,
  until,
} from '../fixtures/samson-scorecard-helpers.js';
import { holdChunk } from '../fixtures/hold.js';

// The test server serves the source: the chunk's `import('./presenter-chunk.js')` asks for the .ts file.
const CHUNK = '/src/elements/samson-scorecard/presenter-chunk.ts';

/** «Start», then «Neste» from the weighting, by keyboard: the first field is next (the presenter layout has no jump list). */
async function openFieldByKeyboard(el: SamsonScorecard): Promise<void> {
  for (const name of ['Start', 'Neste']) {
    await tabUntil((a) => a.classList.contains('next') && a.textContent?.trim() === name, `«${name}»`);
    await press('Enter');
    if (name === 'Start') await until(() => stepHeading(el)?.textContent?.trim() === 'Vekting av verdier', 'the weighting');
  }
}

describe('<samson-scorecard>: a step whose code cannot be loaded', () => {
  it('says so in the step, reports samson-error, and «Prøv igjen» fetches it again with focus on the step’s heading', async function () {
    this.timeout(20000);
    const chunk = await holdChunk(CHUNK);
    try {
      const el = await fixture<SamsonScorecard>(
        html`<samson-scorecard layout="presenter" storage-key=${uniqueKey()}></samson-scorecard>`,
      );
      await el.updateComplete;
      await openFieldByKeyboard(el);
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
      expectFocusOnHeading(el, 'Likeverd', 'after the load failed');
      await expectAccessible(el, 'the field step that could not be loaded');

      await tabUntil((a) => a.textContent?.trim() === 'Prøv igjen', '«Prøv igjen»');
      await press('Enter');
      await until(
        () => shadow(el).querySelector('.presenter-bar') !== null,
        'the field in the presenter layout, loaded the second time',
      );
      await settle(el);
      expectFocusOnHeading(el, 'Likeverd', 'once «Prøv igjen» brought the step');
      expect(shadow(el).querySelector('[role="alert"]'), 'the message is gone').to.equal(null);
      el.remove();
    } finally {
      await chunk.release();
    }
  });
});
