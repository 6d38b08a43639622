// WCAG 1.4.10 reflow: at 320 CSS px every element is usable with no horizontal scrolling —
// nothing inside is wider than its host, tables become stacked lists — and long compounds
// hyphenate in the content's language while numbers with their unit stay whole.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { settle, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { overhang } from '../fixtures/reflow.js';

function filled(el: SamsonScorecard): void {
  const r = el.response;
  for (const value of samsonNb.values) r.weights[value.id] = 5;
  samsonNb.fields.forEach((field, f) =>
    field.statements.forEach((s, i) => {
      r.answers[s.id] = {
        rating: (((i * 2 + f) % 5) + 1) as 1 | 2 | 3 | 4 | 5,
        ...(i === 0 ? { idea: 'Kompetansekomplementaritet: 150 000 kr til frivilligsentralen' } : {}),
      };
    }),
  );
  el.response = r;
}

describe('reflow at 320 px', function () {
  this.timeout(120_000);
  after(async () => setViewport({ width: 800, height: 600 }));

  for (const width of [390, 320]) {
    for (const layout of ['standard', 'presenter'] as const) {
      it(`${layout} scorecard at ${width} px: no step is wider than the host`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<SamsonScorecard>(
          html`<samson-scorecard layout=${layout} storage-key=${uniqueKey()}></samson-scorecard>`,
        );
        filled(el);
        await settle(el);
        const steps = scorecardSteps(el.instrument);
        const shot = new Set([
          stepIndex(steps, 'intro'),
          stepIndex(steps, 'field', 0),
          stepIndex(steps, 'results'),
          stepIndex(steps, 'report'),
        ]);
        for (let i = 0; i < steps.length; i++) {
          el.goToStep(i);
          await settle(el);
          const profile = el.shadowRoot!.querySelector('samson-profile');
          if (profile) await (profile as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const worst = overhang(el);
          expect(worst.px, `step ${i}: ${worst.what} sticks out ${worst.px}px`).to.be.at.most(0.5);
          expect(document.documentElement.scrollWidth, `step ${i}: the page scrolls sideways`).to.be.at.most(width);
          if (width === 320 && shot.has(i)) {
            await executeServerCommand('screenshot', {
              path: `/tmp/shots-fixes/t-${layout}-${width}-step${i}.png`,
              fullPage: true,
            });
          }
        }
      });
    }
  }

  it('the results table becomes a stacked list at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    filled(el);
    el.goToStep(stepIndex(scorecardSteps(el.instrument), 'results'));
    await settle(el);
    const row = el.shadowRoot!.querySelector('table.scores tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('block');
  });

  it('hyphenates in the content language and keeps a number with its unit together', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await settle(el);
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(getComputedStyle(base).hyphens).to.equal('auto');
    // The content's language, so the browser hyphenates Norwegian as Norwegian.
    expect(base.getAttribute('lang')).to.equal(el.instrument.locale);
    const amount = document.createElement('span');
    amount.className = 'nowrap';
    amount.textContent = '150 000 kr';
    base.append(amount);
    expect(getComputedStyle(amount).whiteSpace).to.equal('nowrap');
    amount.remove();
  });
});
