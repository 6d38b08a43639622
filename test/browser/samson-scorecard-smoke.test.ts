// Layout follows the container, not the viewport; the dark scheme passes axe too.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { scorecardSteps } from '../../src/elements/samson-scorecard/steps.js';
import { samsonNb } from '../../src/content/samson/index.js';
import {
  clickNext,
  expectAccessible,
  headingText,
  openField,
  scorecard,
  settle,
  shadow,
  uniqueKey,
} from '../fixtures/samson-scorecard-helpers.js';

async function inContainer(width: string): Promise<SamsonScorecard> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><samson-scorecard storage-key=${uniqueKey()}></samson-scorecard></div>`);
  wrapper.style.setProperty('width', width);
  const el = wrapper.querySelector('samson-scorecard')!;
  await settle(el);
  return el;
}

const columns = (el: Element) => getComputedStyle(el).gridTemplateColumns.split(' ').length;

describe('layout', () => {
  it('steps through every step with back/next', async () => {
    const el = await scorecard();
    const headings = [headingText(el)];
    const count = scorecardSteps(samsonNb).length;
    for (let i = 0; i < count - 1; i++) {
      clickNext(el);
      await settle(el);
      headings.push(headingText(el));
    }
    expect(headings[0]).to.equal('Innledning');
    expect(headings.at(-1)).to.equal('Rapport');
    expect(new Set(headings).size).to.equal(count);
    shadow(el).querySelector<HTMLButtonElement>('.step-buttons .back')!.click();
    await settle(el);
    expect(headingText(el)).to.equal('Resultater');
  });

  it('follows the container width: a phone-wide column stacks the scale, a wide one puts it in a row', async () => {
    const narrow = await inContainer('360px');
    await openField(narrow, 0);
    expect(columns(shadow(narrow).querySelector('.scale')!)).to.equal(1);
    expect(columns(shadow(narrow).querySelector('.layout')!)).to.equal(1);

    const wide = await inContainer('1200px');
    await openField(wide, 0);
    expect(columns(shadow(wide).querySelector('.scale')!)).to.equal(6);
    expect(columns(shadow(wide).querySelector('.layout')!), 'jump list beside the step').to.equal(2);
    // The viewport is the same for both: only the container differs.
    await expectAccessible(narrow, 'a 360px container');
  });

  it('passes axe in the dark colour scheme', async () => {
    // The elements follow the page's declared colour scheme: this page allows dark.
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await scorecard();
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
      await openField(el, 2);
      shadow(el).querySelector<HTMLInputElement>('input[type=radio]')!.click();
      await settle(el);
      await expectAccessible(el, 'a field in dark mode');
      clickNext(el);
      await settle(el);
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
