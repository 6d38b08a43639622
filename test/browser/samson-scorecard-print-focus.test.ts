// Ctrl+P swaps the scorecard's form for its report until the print is done: the element the
// user was on is gone meanwhile. After `afterprint` the keyboard user must be back on it (not
// thrown to the top of the page), with the caret where it was and the page scrolled as before.
import { expect } from '@open-wc/testing';
import { samsonNb } from '../../src/content/samson/index.js';
import { openField, radio, rate, scorecard, settle, shadow, type, writeIdea } from '../fixtures/samson-scorecard-helpers.js';
import { until } from '../fixtures/wait.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';

const field3 = samsonNb.fields[2]!;

afterEach(() => localStorage.clear());

/** Ctrl+P as Chromium runs it: `beforeprint`, the report laid out for print, `afterprint`. */
async function printOnce(el: SamsonScorecard): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
  expect(shadow(el).querySelector('.report'), 'the report prints in place of the form').not.to.equal(null);
  window.dispatchEvent(new Event('afterprint'));
  await settle(el);
}

/** Page text after the scorecard, so the page scrolls the way a CMS page does. */
function pageAfter(el: SamsonScorecard): HTMLElement {
  const after = document.createElement('div');
  after.style.height = '200vh';
  after.textContent = 'Mer innhold på siden';
  el.after(after);
  return after;
}

describe('after printing, the user is where they were', function () {
  this.timeout(20_000);

  it('a radio button in field 3 has focus again, checked as it was', async () => {
    const el = await scorecard();
    await openField(el, 2);
    const statement = field3.statements[2]!;
    await rate(el, statement.id, 4);
    radio(el, `r-${statement.id}`, 4).focus();

    await printOnce(el);

    const active = shadow(el).activeElement as HTMLInputElement | null;
    expect(document.activeElement === el, 'focus is in the scorecard, not on the page').to.equal(true);
    expect(active?.name).to.equal(`r-${statement.id}`);
    expect(active?.value).to.equal('4');
    expect(active?.checked).to.equal(true);
    expect(active?.isConnected).to.equal(true);
  });

  it('the «Idé til tiltak» box has focus, its text, the caret mid-sentence and the page its scroll', async () => {
    const el = await scorecard();
    const after = pageAfter(el);
    try {
      await openField(el, 2);
      const statement = field3.statements[4]!;
      const id = `idea-${statement.id}`;
      await writeIdea(el, statement.id, 'Vi avtaler et møte');
      const box = shadow(el).querySelector<HTMLTextAreaElement>(`#${id}`)!;
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
      await type(' med frivilligsentralen'); // typed from the keyboard, up to the moment of printing
      await el.updateComplete;
      const text = 'Vi avtaler et møte med frivilligsentralen';
      expect(box.value).to.equal(text);
      box.setSelectionRange(3, 10, 'forward'); // «avtaler» selected, in the middle of the sentence
      box.scrollIntoView({ block: 'center' });
      const scrollY = window.scrollY;
      expect(scrollY, 'the page is scrolled').to.be.greaterThan(100);

      await printOnce(el);

      const active = shadow(el).activeElement as HTMLTextAreaElement | null;
      expect(active?.id, 'the same box has focus').to.equal(id);
      expect(active?.value, 'what was typed').to.equal(text);
      expect([active?.selectionStart, active?.selectionEnd, active?.selectionDirection]).to.deep.equal([3, 10, 'forward']);
      expect(window.scrollY, 'the page is scrolled as it was').to.equal(scrollY);
      // Typing goes on where the caret was.
      active!.setSelectionRange(10, 10);
      await type(' gjerne');
      await el.updateComplete;
      expect(el.response.answers[statement.id]?.idea).to.equal('Vi avtaler gjerne et møte med frivilligsentralen');
    } finally {
      after.remove();
      window.scrollTo(0, 0);
    }
  });

  it('in the single-page layout, a radio button far down the page has focus and is in view again', async () => {
    const el = await scorecard();
    try {
      el.layout = 'single-page';
      await openField(el, 0);
      const statement = samsonNb.fields[4]!.statements[3]!;
      const button = await until(
        () => shadow(el).querySelector<HTMLInputElement>(`input[name="r-${statement.id}"][value="2"]`),
        'field 5 on the page',
      );
      button.focus();
      button.scrollIntoView({ block: 'center' });
      const scrollY = window.scrollY;
      expect(scrollY, 'field 5 is far down the page').to.be.greaterThan(1000);

      await printOnce(el);

      const active = shadow(el).activeElement as HTMLInputElement | null;
      expect([active?.name, active?.value]).to.deep.equal([`r-${statement.id}`, '2']);
      expect(window.scrollY).to.equal(scrollY);
    } finally {
      window.scrollTo(0, 0);
    }
  });
});
