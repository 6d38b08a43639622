// The presenter layout, for a group around one projector screen: type readable from the back
// of a room (computed sizes), one statement at a time, number keys answer, the idea box on
// demand, progress always in view; the single-page layout; «Neste» puts the heading on top;
// finishing early asks; steps in the browser history; axe in every layout and language.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  deepActive,
  expectAccessible,
  scorecard,
  setLanguage,
  settle,
  shadow,
  uniqueKey,
  until,
} from '../fixtures/samson-scorecard-helpers.js';

const steps = scorecardSteps(samsonNb);
const FIRST_FIELD = stepIndex(steps, 'field', 0);
const RESULTS = stepIndex(steps, 'results');

const px = (el: Element | null) => parseFloat(getComputedStyle(el!).fontSize);
/** Smallest sizes the presenter layout promises at a 1366 px wide projector. */
const MIN = { statement: 32, option: 22, progress: 20, body: 24 };

async function presenter(): Promise<SamsonScorecard> {
  const el = await fixture<SamsonScorecard>(
    html`<samson-scorecard layout="presenter" storage-key=${uniqueKey()}></samson-scorecard>`,
  );
  await el.updateComplete;
  return el;
}

function answered(el: SamsonScorecard, statementId: string) {
  return el.response.answers[statementId]?.rating;
}

afterEach(() => localStorage.clear());

describe('presenter layout', function () {
  this.timeout(60_000);
  before(async () => setViewport({ width: 1366, height: 768 }));
  after(async () => setViewport({ width: 800, height: 600 }));

  it('reads from the back of the room: one statement, large type, progress in view', async () => {
    const el = await presenter();
    el.goToStep(FIRST_FIELD);
    await settle(el);
    const root = shadow(el);
    expect(root.querySelectorAll('.statement').length, 'one statement at a time').to.equal(1);
    const sizes = {
      statement: px(root.querySelector('.presenting legend')),
      option: px(root.querySelector('.option-text')),
      progress: px(root.querySelector('.progress .count')),
      body: px(root.querySelector('.presenter-where')),
    };
    for (const [what, size] of Object.entries(sizes)) {
      expect(size, `${what} font size (${size}px)`).to.be.at.least(MIN[what as keyof typeof MIN]);
    }
    expect(root.querySelector('.nav')!.getBoundingClientRect().width, 'the jump list is folded away').to.equal(0);
    expect(getComputedStyle(root.querySelector('.top')!).position, 'progress stays in view').to.equal('sticky');
    await executeServerCommand('screenshot', { path: '/tmp/shots-fixes/t-presenter-1366.png' });
  });

  it('number keys 1–5 answer the statement on screen, 0 is «vet ikke / ikke relevant», and digits in the idea box stay text', async () => {
    const el = await presenter();
    el.goToStep(FIRST_FIELD);
    await settle(el);
    const [first, second] = samsonNb.fields[0]!.statements;
    shadow(el).querySelector<HTMLElement>('#step-heading')!.focus();
    const changed = oneEvent(el, 'samson-change');
    await sendKeys({ press: '4' });
    await changed;
    expect(answered(el, first!.id)).to.equal(4);
    expect(shadow(el).querySelector<HTMLInputElement>(`input[name="r-${first!.id}"][value="4"]`)!.checked).to.equal(true);
    shadow(el).querySelector<HTMLButtonElement>('.next-statement')!.click();
    await settle(el);
    expect(shadow(el).querySelector('.presenting legend')!.textContent).to.contain(second!.text);
    shadow(el).querySelector<HTMLElement>('#step-heading')!.focus();
    await sendKeys({ press: '0' });
    await until(() => answered(el, second!.id) === 'not-relevant', 'key 0 to answer');
    // The idea box opens on demand; typing digits in it is text, not an answer.
    expect(shadow(el).querySelector(`#idea-${second!.id}`)).to.equal(null);
    shadow(el).querySelector<HTMLButtonElement>('.open-idea')!.click();
    await until(() => deepActive()?.id === `idea-${second!.id}`, 'the idea box to take focus');
    await sendKeys({ type: '12' });
    await settle(el);
    expect(el.response.answers[second!.id]).to.deep.include({ rating: 'not-relevant', idea: '12' });
    // A statement with an idea shows its box without asking.
    shadow(el).querySelector<HTMLButtonElement>('.previous-statement')!.click();
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.next-statement')!.click();
    await settle(el);
    expect(shadow(el).querySelector<HTMLTextAreaElement>(`#idea-${second!.id}`)!.value).to.equal('12');
  });

  it('the visible toggle switches the layout and keeps focus on it', async () => {
    const el = await scorecard();
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.layout-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(el.getAttribute('layout')).to.equal('presenter');
    expect(shadow(el).querySelector('.layout-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActive()?.classList.contains('layout-toggle')).to.equal(true);
  });

  it('after «Neste» the step heading is at the top of the screen and focused', async () => {
    const el = await scorecard();
    el.goToStep(FIRST_FIELD);
    await settle(el);
    const next = shadow(el).querySelector<HTMLButtonElement>('.step-buttons .next')!;
    next.scrollIntoView();
    next.click();
    await settle(el);
    const heading = shadow(el).querySelector<HTMLElement>('#step-heading')!;
    expect(deepActive()).to.equal(heading);
    const top = heading.getBoundingClientRect().top;
    expect(top, `heading top at ${top}px`).to.be.within(-1, 120);
  });
});

describe('single-page layout', () => {
  it('shows every statement of every field on one page', async () => {
    const el = await fixture<SamsonScorecard>(
      html`<samson-scorecard layout="single-page" storage-key=${uniqueKey()}></samson-scorecard>`,
    );
    el.goToStep(FIRST_FIELD);
    await settle(el);
    const count = samsonNb.fields.reduce((n, f) => n + f.statements.length, 0);
    expect(shadow(el).querySelectorAll('.statement').length).to.equal(count);
    expect(shadow(el).querySelectorAll('#step-heading').length).to.equal(1);
  });
});

describe('finishing early', () => {
  it('asks first, saying what is missing, and finishes only on «yes»', async () => {
    const el = await scorecard();
    const r = el.response;
    for (const s of samsonNb.fields[0]!.statements) r.answers[s.id] = { rating: 3 };
    el.response = r;
    el.goToStep(RESULTS); // «Marker som ferdig» is on the results step
    await settle(el);
    let completed = 0;
    el.addEventListener('samson-complete', () => completed++);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Marker som ferdig')!
      .click();
    await settle(el);
    const question = shadow(el).querySelector<HTMLElement>('#finish-question')!;
    expect(question, 'the question').to.exist;
    const total = samsonNb.fields.reduce((n, f) => n + f.statements.length, 0);
    const open = total - samsonNb.fields[0]!.statements.length;
    expect(question.textContent).to.contain(`${open} av ${total} utsagn er ikke besvart`);
    expect(shadow(el).querySelector('.finish-question')!.textContent).to.contain(samsonNb.fields[1]!.name);
    expect(deepActive()).to.equal(question);
    expect(completed).to.equal(0);
    await expectAccessible(el, 'the finish question');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.finish-question button')]
      .find((b) => b.textContent?.includes('Nei'))!
      .click();
    await settle(el);
    expect(shadow(el).querySelector('#finish-question')).to.equal(null);
    expect(el.response.completedAt).to.equal(undefined);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Marker som ferdig')!
      .click();
    await settle(el);
    const done = oneEvent(el, 'samson-complete');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.finish-question button')]
      .find((b) => b.textContent?.includes('Ja'))!
      .click();
    await done;
    expect(el.response.completedAt).to.be.a('string');
  });

  it('deleting saved answers offers to export them first', async () => {
    const el = await scorecard();
    shadow(el).querySelector<HTMLButtonElement>('#delete-saved')!.click();
    await settle(el);
    expect(shadow(el).querySelector('.confirm')!.textContent).to.contain('eksporter dem til en fil først');
    expect(shadow(el).querySelector('#export-first')).to.exist;
  });
});

describe('history-steps', () => {
  it('puts steps in the browser history, so Back goes to the previous step', async () => {
    const el = await fixture<SamsonScorecard>(
      html`<samson-scorecard history-steps storage-key=${uniqueKey()}></samson-scorecard>`,
    );
    shadow(el).querySelector<HTMLButtonElement>('.step-buttons .next')!.click();
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.step-buttons .next')!.click();
    await settle(el);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.contain(samsonNb.fields[0]!.name);
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await settle(el);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.contain('Vekting');
  });
});

describe('axe in every step of every layout, in nb, nn, da and en', function () {
  this.timeout(180_000);
  after(async () => setLanguage('nb'));
  for (const lang of ['nb', 'nn', 'da', 'en'] as const) {
    for (const layout of ['standard', 'presenter', 'single-page'] as const) {
      it(`is clean in ${lang}, ${layout} layout, every step`, async () => {
        await setLanguage(lang as 'nb');
        const el = await fixture<SamsonScorecard>(
          html`<samson-scorecard layout=${layout} storage-key=${uniqueKey()}></samson-scorecard>`,
        );
        await settle(el);
        // Half answered, with ideas: the results and the report show scores, an action plan and what is missing.
        const r = el.response;
        el.instrument.fields.forEach((field, f) =>
          field.statements.forEach((s, i) => {
            if ((i + f) % 2 === 0) r.answers[s.id] = { rating: ((i % 5) + 1) as 1, ...(i === 0 ? { idea: 'Møteplan' } : {}) };
          }),
        );
        el.response = r;
        await settle(el);
        const walked = scorecardSteps(el.instrument);
        expect(walked.map((step) => step.kind)).to.include.members([
          'intro',
          'weights',
          'field',
          'collaboration',
          'results',
          'report',
        ]);
        // Every step in nb; in the other languages every kind of step once (the seven field
        // steps are one template with other statements), which keeps this file's time in bounds.
        for (const [i, step] of walked.entries()) {
          if (lang !== 'nb' && step.kind === 'field' && step.index > 0) continue;
          el.goToStep(i);
          await settle(el);
          await expectAccessible(el, `${lang}, ${layout}, step ${i} (${step.kind})`);
        }
        el.remove();
      });
    }
  }
});
