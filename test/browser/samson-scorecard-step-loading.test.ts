// «Resultater» is a chunk of its own (chunks.ts), fetched when the step is first opened. Over a
// slow connection a keyboard or screen-reader user who opens it must land somewhere at once:
// on the step's heading, told that the step is loading, and still there when the content
// comes; a chunk that never comes says so, with a way to try again.
import { expect } from '@open-wc/testing';
import {
  deepActive,
  expectFocusOnHeading,
  stepHeading,
  expectAccessible,
  press,
  scorecard,
  settle,
  shadow,
  tabUntil,
  until,
} from '../fixtures/samson-scorecard-helpers.js';
import { holdChunk } from '../fixtures/hold.js';

// The test server serves the source: the chunk's `import('./result-templates.js')` asks for the .ts file.
const CHUNK = '/src/elements/samson-scorecard/result-templates.ts';

/** Tabs to «Resultater» in the jump list and presses Enter there. */
async function openResultsByKeyboard(): Promise<void> {
  await tabUntil(
    (a) => a.classList.contains('nav-button') && a.querySelector('.nav-name')?.textContent?.trim() === 'Resultater',
    '«Resultater» in the step list',
  );
  await press('Enter');
}

describe('<samson-scorecard>: opening a step whose code is still on its way', () => {
  it('moves focus to the step’s heading at once, says it is loading, and keeps focus there when the step arrives', async function () {
    this.timeout(20000);
    const chunk = await holdChunk(CHUNK);
    try {
      const el = await scorecard();
      await openResultsByKeyboard();
      await chunk.requested;
      await until(() => deepActive() === stepHeading(el), 'focus on the step’s heading while its code loads');
      expectFocusOnHeading(el, 'Resultater', 'while the step loads');
      const status = shadow(el).querySelector<HTMLElement>('[role="status"]#step-pending')!;
      expect(status.textContent!.trim()).to.equal('Laster …');
      expect(stepHeading(el)!.getAttribute('aria-describedby'), 'the heading is read with «Laster …»').to.equal('step-pending');
      expect(shadow(el).querySelector('.results'), 'the content is not there yet').to.equal(null);
      await expectAccessible(el, 'the results step while it loads');

      await chunk.release();
      await until(() => shadow(el).querySelector('.results') !== null, 'the results once their code is there');
      await settle(el);
      expectFocusOnHeading(el, 'Resultater', 'once the results are there');
      expect(shadow(el).querySelector('.results')!.contains(deepActive()), 'the heading of the content that arrived').to.equal(
        true,
      );
      el.remove();
    } finally {
      await chunk.release();
    }
  });
});
