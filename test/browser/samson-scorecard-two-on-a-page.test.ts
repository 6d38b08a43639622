// Two scorecards on one page (a CMS page with this year's and last year's collaboration, or
// two groups): a screen reader's list of landmarks tells them apart, so axe finds no two
// landmarks of the same role with the same name (landmark-unique), on every step.
import { expect, fixture, html } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { axeViolations, openStep, settle, shadow, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';

const steps = scorecardSteps(samsonNb);
const RESULTS = stepIndex(steps, 'results');
const REPORT = stepIndex(steps, 'report');

/** The names of the landmarks of one role in a scorecard, as a screen reader lists them. */
function landmarkNames(el: SamsonScorecard, selector: string): string[] {
  const root = shadow(el);
  return [...root.querySelectorAll<HTMLElement>(selector)].map((landmark) => {
    const ids = landmark.getAttribute('aria-labelledby');
    const text = ids
      ? ids
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
      : (landmark.getAttribute('aria-label') ?? '');
    return text.replace(/\s+/g, ' ').trim();
  });
}

async function page(labels: [string, string]): Promise<[SamsonScorecard, SamsonScorecard]> {
  const wrapper = await fixture<HTMLElement>(
    html`<main>
      <samson-scorecard storage-key=${uniqueKey()} label=${labels[0]}></samson-scorecard>
      <samson-scorecard storage-key=${uniqueKey()} label=${labels[1]}></samson-scorecard>
    </main>`,
  );
  const both = [...wrapper.querySelectorAll<SamsonScorecard>('samson-scorecard')] as [SamsonScorecard, SamsonScorecard];
  for (const el of both) await settle(el);
  return both;
}

async function expectUniqueLandmarks(where: string): Promise<void> {
  const violations = (await axeViolations(document.body)).filter((v) => v.startsWith('landmark'));
  expect(violations, `axe on ${where}:\n${violations.join('\n')}`).to.deep.equal([]);
}

describe('<samson-scorecard>: two on one page', () => {
  for (const labels of [
    ['Bydel Nord', 'Bydel Sør'],
    ['', ''],
    // Names that differ in case only are one name to a screen reader's list (and to axe).
    ['runde 2', 'Runde 2'],
  ] as [string, string][]) {
    const named = !labels[0]
      ? 'without labels'
      : labels[0].toLowerCase() === labels[1].toLowerCase()
        ? 'with labels alike but for case'
        : 'with labels';
    it(`gives every landmark a name of its own, ${named}, on every step`, async function () {
      this.timeout(40000); // an axe run over two whole scorecards per step
      const [a, b] = await page(labels);
      for (const [index, name] of [
        [0, 'the introduction'],
        [2, 'a field'],
        [RESULTS, 'the results'],
        [REPORT, 'the report'],
      ] as const) {
        await openStep(a, index);
        await openStep(b, index);
        await expectUniqueLandmarks(`${name} of both, ${named}`);
      }
      // What a screen reader's list of landmarks says: the title line the group sees, numbered where it is the same.
      const title = samsonNb.title;
      const [first, second] = !labels[0]
        ? [title, `${title} (2)`]
        : labels[0].toLowerCase() === labels[1].toLowerCase()
          ? [`${title} · ${labels[0]}`, `${title} · ${labels[1]} (2)`]
          : [`${title} · ${labels[0]}`, `${title} · ${labels[1]}`];
      expect(landmarkNames(a, 'nav')).to.deep.equal([`Steg i ${first}`]);
      expect(landmarkNames(b, 'nav')).to.deep.equal([`Steg i ${second}`]);
      expect(landmarkNames(a, 'section.step')).to.deep.equal([`Rapport – ${first}`]);
      expect(landmarkNames(b, 'section.step')).to.deep.equal([`Rapport – ${second}`]);
    });
  }
});
