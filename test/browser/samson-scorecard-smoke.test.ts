import { expect } from '@open-wc/testing';
import { scorecard, settle, clickNext, headingText, expectAccessible } from '../fixtures/samson-scorecard-helpers.js';

describe('smoke', () => {
  it('renders every step', async () => {
    const el = await scorecard();
    for (let i = 0; i < 11; i++) {
      await expectAccessible(el, `step ${i}`);
      if (i < 10) clickNext(el);
      await settle(el);
    }
    expect(headingText(el)).to.equal('Rapport');
  });
});
