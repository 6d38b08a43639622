// With all 60 statements answered, ratings and ideas still reach the response (the time this
// takes is measured by npm run bench:timings, bench/timings/samson-scorecard.browser.test.ts).
import { expect } from '@open-wc/testing';
import { samsonNb } from '../../src/content/samson/index.js';
import { fullyAnswered, openField, radio, scorecard, settle, shadow } from '../fixtures/samson-scorecard-helpers.js';

describe('<samson-scorecard> with every statement answered', () => {
  it('takes a rating click and idea keystrokes on the largest field', async () => {
    const el = await scorecard();
    el.response = fullyAnswered();
    await openField(el, 3); // Forankring: nine statements, the largest field
    const statements = samsonNb.fields[3]!.statements;
    radio(el, `r-${statements[1]!.id}`, 5).click();
    await settle(el);
    expect(el.response.answers[statements[1]!.id]!.rating).to.equal(5);
    const box = shadow(el).querySelector<HTMLTextAreaElement>('textarea')!;
    for (let i = 0; i < 5; i++) {
      box.value += 'x';
      box.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    }
    expect(el.response.answers[statements[0]!.id]!.idea).to.equal(`Idé for ${statements[0]!.id}xxxxx`);
  });
});
