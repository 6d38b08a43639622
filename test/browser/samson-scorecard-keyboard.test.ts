// The whole SAMSON flow by keyboard only, in each language: Tab, Space, arrow keys, typing
// and Enter — no clicks. axe checks every step on the way, and the samson-complete detail
// is validated against the published JSON Schema.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { SamsonResult } from '../../src/core/samson/scoring.js';
import type { Rating } from '../../src/core/samson/response.js';
import {
  deepActive,
  expectAccessible,
  headingText,
  press,
  setLanguage,
  settle,
  tabUntil,
  type,
  uniqueKey,
  until,
  validateAgainstSchema,
} from '../fixtures/samson-scorecard-helpers.js';

/** The answer the test gives statement n (counting across fields): every 11th is "don't know". */
const ratingFor = (n: number): Rating => (n % 11 === 10 ? 'not-relevant' : (((n % 5) + 1) as Rating));
/** Arrow presses after Space (which picks 1): "don't know" is the sixth option. */
const arrowsFor = (rating: Rating) => (rating === 'not-relevant' ? 5 : rating - 1);

const expectations = {
  nb: {
    next: 'Neste',
    start: 'Start',
    complete: 'Marker som ferdig',
    scale: 'Helt uenig',
    idea: 'Idé til tiltak',
    field: 'Kommunikasjon',
  },
  da: {
    next: 'Næste',
    start: 'Start',
    complete: 'Markér som færdig',
    scale: 'Helt uenig',
    idea: 'Idé til tiltag',
    field: 'Kommunikation',
  },
  en: {
    next: 'Next',
    start: 'Start',
    complete: 'Mark as finished',
    scale: 'Strongly disagree',
    idea: 'Idea for action',
    field: 'Communication',
  },
} as const;

async function pressNextByKeyboard(el: SamsonScorecard): Promise<void> {
  const before = headingText(el);
  await tabUntil((a) => a.classList.contains('next'), 'the next button');
  await press('Enter');
  await settle(el);
  expect(headingText(el)).not.to.equal(before);
  // Focus follows the step change to the new heading, so the next Tab starts there.
  expect(deepActive()?.id).to.equal('step-heading');
}

for (const lang of ['nb', 'da', 'en'] as const) {
  describe(`keyboard only, ${lang}`, function () {
    this.timeout(120_000);

    after(async () => {
      await setLanguage('nb');
    });

    it('completes every step, passes axe in each, and sends a valid samson-complete', async () => {
      await setLanguage(lang);
      const words = expectations[lang];
      const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
      await until(() => el.instrument.locale === lang, `the ${lang} instrument`);
      await settle(el);
      const instrument = el.instrument;
      const root = el.shadowRoot!;

      // Introduction: name the round, then start.
      await expectAccessible(el, `${lang} introduction`);
      await tabUntil((a) => a.id === 'round-label', 'the round name');
      await type(`Runde ${lang}`);
      const start = await tabUntil((a) => a.classList.contains('next'), 'Start');
      expect(start.textContent?.trim()).to.equal(words.start);
      await press('Enter');
      await settle(el);
      expect(deepActive()?.id).to.equal('step-heading');

      // Weighting: value v gets (v % 4) + 2 shared points with ArrowUp in its box.
      for (const [v, value] of instrument.values.entries()) {
        await tabUntil((a) => a.id === `p-${value.id}`, `the points of ${value.id}`);
        for (let i = 0; i < (v % 4) + 2; i++) await press('ArrowUp');
      }
      await settle(el);
      await expectAccessible(el, `${lang} weighting`);
      await pressNextByKeyboard(el);

      // The seven fields: every statement rated, one idea typed per field.
      let n = 0;
      for (const [f, field] of instrument.fields.entries()) {
        expect(headingText(el)).to.equal(field.name);
        expect(root.querySelector('.progress')!.textContent).to.contain(String(f + 1));
        for (const [s, statement] of field.statements.entries()) {
          const rating = ratingFor(n++);
          await tabUntil((a) => (a as HTMLInputElement).name === `r-${statement.id}`, `the scale of ${statement.id}`);
          await press('Space');
          for (let i = 0; i < arrowsFor(rating); i++) await press('ArrowRight');
          if (s === 0) {
            await press('Tab');
            expect(deepActive()?.id).to.equal(`idea-${statement.id}`);
            await type(`Tiltak ${lang} ${f + 1}: møtes oftere`);
          }
        }
        await settle(el);
        if (field.id === 'kommunikasjon') expect(headingText(el)).to.equal(words.field);
        expect(root.querySelector('.scale')!.textContent).to.contain(words.scale);
        expect(root.querySelector('.idea label')!.textContent).to.equal(words.idea);
        await expectAccessible(el, `${lang} field ${field.id}`);
        await pressNextByKeyboard(el);
      }

      // «Om samarbeidet» is optional: planning chosen with the keyboard, the rest left open.
      expect(headingText(el)).to.equal(instrument.collaboration!.title);
      await tabUntil((a) => (a as HTMLInputElement).name === 'c-planning', 'the planning question');
      await press('Space');
      await settle(el);
      await expectAccessible(el, `${lang} collaboration`);
      await pressNextByKeyboard(el);

      // Results: everything is answered; mark complete with the keyboard.
      await expectAccessible(el, `${lang} results`);
      expect(root.querySelectorAll('.action').length).to.equal(instrument.fields.length);
      const complete = await tabUntil((a) => a.textContent?.trim() === words.complete, 'mark complete', 80);
      const completed = oneEvent(el, 'samson-complete');
      await press('Enter');
      const detail = ((await completed) as CustomEvent<SamsonResult>).detail;
      expect(complete.tagName).to.equal('BUTTON');

      // What the page received is what the group entered.
      expect(detail.response.label).to.equal(`Runde ${lang}`);
      expect(detail.response.completedAt).to.be.a('string');
      n = 0;
      for (const field of instrument.fields) {
        for (const statement of field.statements)
          expect(detail.response.answers[statement.id]?.rating, statement.id).to.equal(ratingFor(n++));
      }
      expect(detail.response.points).to.deep.equal(
        Object.fromEntries(instrument.values.map((value, v) => [value.id, (v % 4) + 2])),
      );
      expect(detail.response.collaboration).to.deep.equal({ planning: 'professionals' });
      expect(detail.scores.completeness).to.include({ answered: n, total: n, weightsGiven: instrument.values.length });
      expect(detail.scores.overall).to.be.a('number');
      instrument.fields.forEach((field, f) => {
        expect(detail.response.answers[field.statements[0]!.id]!.idea).to.equal(`Tiltak ${lang} ${f + 1}: møtes oftere`);
      });
      const validation = await validateAgainstSchema('samson-result', detail);
      expect(validation.valid, `${validation.source}: ${JSON.stringify(validation.errors)}`).to.equal(true);
      // …and the validator does refuse what the schema forbids.
      const broken = { ...detail, response: { ...detail.response, weights: { apenhet: 9 } } };
      expect((await validateAgainstSchema('samson-result', broken)).valid).to.equal(false);

      // The report, reached with the keyboard too.
      await pressNextByKeyboard(el);
      await expectAccessible(el, `${lang} report`);
      for (const [f] of instrument.fields.entries()) {
        expect(root.querySelector('.report')!.textContent).to.contain(`Tiltak ${lang} ${f + 1}: møtes oftere`);
      }
    });
  });
}
