// The planner's dates, from a QA pass: one reading a date per indicator (as the CSV import and
// <soimpact-chart src> require), a target not dated before its baseline, and a plan that already
// breaks either taken with every reading and the problem shown. Each failed before the fix.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/soimpact-planner/define.js';
import '../../src/elements/soimpact-chart/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import type { SoimpactChart } from '../../src/elements/soimpact-chart/soimpact-chart.js';
import { createPlan, type ImpactPlan, type Measurement } from '../../src/core/soimpact/plan.js';
import { followDocumentLanguage, getLocale } from '../../src/i18n/locale.js';
import { f, goToStep, q, settle, type, words } from '../fixtures/soimpact-planner-helpers.js';

function planWith(measurements: Measurement[]): ImpactPlan {
  return {
    ...createPlan({ id: 'kurs', title: 'Kurs' }),
    indicators: [
      {
        id: 'antall-deltakere',
        name: 'Antall deltakere',
        level: 'output',
        unit: 'count',
        baseline: { value: 100, date: '2025-01-01' },
        measurements,
      },
    ],
  };
}

function setDate(el: SoimpactPlanner, selector: string, date: string): void {
  const field = q<HTMLInputElement>(el, selector);
  field.value = date;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<soimpact-planner> dates', () => {
  it('refuses a second reading on a date at the date field, keeping everything typed', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" .plan=${planWith([{ date: '2025-06-01', value: 30 }])}></soimpact-planner>`,
    );
    await goToStep(el, 9);
    setDate(el, f('new.m.antall-deltakere.date'), '2025-06-01');
    await type(el, f('new.m.antall-deltakere.value'), '31');
    await type(el, f('new.m.antall-deltakere.note'), 'Telt på nytt');
    q<HTMLButtonElement>(el, 'button.add-measurement[data-id="antall-deltakere"]').click();
    await settle(el);

    const date = q<HTMLInputElement>(el, f('new.m.antall-deltakere.date'));
    const error = q(el, `${f('new.m.antall-deltakere.date')}-error`);
    // The date as the table above the field shows it, not as the file writes it.
    expect(words(error)).to.equal('Det er allerede en måling 1. juni 2025. En indikator kan ha bare én måling per dato.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(date.getAttribute('aria-describedby')).to.contain(error.id);
    expect(el.shadowRoot!.activeElement).to.equal(date);
    expect(date.value).to.equal('2025-06-01');
    expect(q<HTMLInputElement>(el, f('new.m.antall-deltakere.value')).value).to.equal('31');
    expect(q<HTMLInputElement>(el, f('new.m.antall-deltakere.note')).value).to.equal('Telt på nytt');
    expect(el.plan.indicators[0]!.measurements).to.deep.equal([{ date: '2025-06-01', value: 30 }]);
    expect(q(el, '.status').textContent).not.to.contain('er lagt til');

    // Another date: taken, in date order, and the export is one a chart's `src` accepts.
    setDate(el, f('new.m.antall-deltakere.date'), '2025-05-01');
    q<HTMLButtonElement>(el, 'button.add-measurement[data-id="antall-deltakere"]').click();
    await settle(el);
    expect(el.plan.indicators[0]!.measurements.map((m) => m.date)).to.deep.equal(['2025-05-01', '2025-06-01']);
    expect(el.shadowRoot!.querySelector(`${f('new.m.antall-deltakere.date')}-error`)).to.equal(null);
    expect(el.exportCsv().trim().split('\n')).to.have.length(3);
  });

  it('takes a plan with two readings of one date whole, and says where they are', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    const pair = [
      { date: '2025-06-01', value: 30 },
      { date: '2025-06-01', value: 31 },
    ];
    const errorEvent = oneEvent(el, 'soimpact-error');
    el.plan = planWith(pair);
    const error = await errorEvent;
    await settle(el);
    expect(el.plan.indicators[0]!.measurements).to.deep.equal(pair);
    expect(error.detail.problems).to.deep.equal([
      { code: 'same-date', path: ['indicators', 0, 'measurements', 1, 'date'], date: '2025-06-01' },
    ]);
    const shown = words(q(el, '.error'));
    expect(shown).to.contain('Planen er tatt i bruk, men har noe du bør rette opp:');
    expect(shown).to.contain('Indikatoren «Antall deltakere», måling 2, datoen: Det er allerede en måling 2025-06-01.');
    expect(error.detail.message).to.contain('indicators[0].measurements[1].date: Det er allerede en måling 2025-06-01.');
    // Editing the indicator still works: the pair is the user's to fix, not a lock on the rest.
    await goToStep(el, 5);
    await type(el, f('ind.antall-deltakere.name'), 'Antall på kurset');
    expect(el.plan.indicators[0]!.name).to.equal('Antall på kurset');
    // Removing one of the pair leaves a plan with nothing to warn about.
    await goToStep(el, 9);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove-measurement')[1]!.click();
    await settle(el);
    expect(el.plan.indicators[0]!.measurements).to.deep.equal([pair[0]]);
  });

  it('lets a chart draw such a plan instead of refusing it', async () => {
    const chart = await fixture<SoimpactChart>(
      html`<soimpact-chart
        .plan=${planWith([
          { date: '2025-05-01', value: 20 },
          { date: '2025-06-01', value: 30 },
          { date: '2025-06-01', value: 31 },
        ])}
      ></soimpact-chart>`,
    );
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    await waitUntil(() => chart.shadowRoot!.querySelector('canvas, table'), 'the chart is drawn');
  });

  it('refuses a target dated before the baseline at the date field, as the plan period does', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${planWith([])}></soimpact-planner>`);
    await goToStep(el, 7);
    await type(el, f('ind.antall-deltakere.target.value'), '150');
    setDate(el, f('ind.antall-deltakere.target.date'), '2024-06-30');
    await settle(el);
    const error = q(el, `${f('ind.antall-deltakere.target.date')}-error`);
    expect(words(error)).to.equal('Måldatoen 30. juni 2024 kommer før datoen for nullpunktet (1. jan. 2025).');
    expect(el.plan.indicators[0]!.target).to.equal(undefined);
    expect(q<HTMLInputElement>(el, f('ind.antall-deltakere.target.value')).value).to.equal('150');
    expect(q<HTMLInputElement>(el, f('ind.antall-deltakere.target.date')).value).to.equal('2024-06-30');

    // A later date is taken, and the message goes.
    setDate(el, f('ind.antall-deltakere.target.date'), '2026-06-30');
    await settle(el);
    expect(el.plan.indicators[0]!.target).to.deep.equal({ value: 150, date: '2026-06-30' });
    expect(el.shadowRoot!.querySelector(`${f('ind.antall-deltakere.target.date')}-error`)).to.equal(null);

    // Moving the baseline after the target is refused at the baseline's date.
    await goToStep(el, 8);
    setDate(el, f('ind.antall-deltakere.baseline.date'), '2027-01-01');
    await settle(el);
    expect(words(q(el, `${f('ind.antall-deltakere.baseline.date')}-error`))).to.contain('kommer før datoen for nullpunktet');
    expect(el.plan.indicators[0]!.baseline).to.deep.equal({ value: 100, date: '2025-01-01' });
  });
});

describe('<soimpact-planner> numbers in problem messages', () => {
  before(() => followDocumentLanguage());
  after(async () => {
    document.documentElement.lang = 'nb';
    await waitUntil(() => getLocale() === 'nb');
  });

  for (const [lang, limit] of [
    ['nb', '10\u00a0000'],
    ['nn', '10\u00a0000'],
    ['da', '10.000'],
    ['en', '10,000'],
  ] as const) {
    it(`writes a limit as ${limit} in ${lang}`, async () => {
      document.documentElement.lang = lang;
      await waitUntil(() => getLocale() === lang, `locale ${lang}`);
      const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
      const errorEvent = oneEvent(el, 'soimpact-error');
      el.plan = { ...createPlan(), problem: 'x'.repeat(10_001) };
      const error = await errorEvent;
      expect(error.detail.message).to.contain(`problem: `);
      expect(error.detail.message).to.contain(limit);
      await settle(el);
      // The text itself: `words` would fold the no-break space nb, nn use between thousands.
      expect(q(el, '.error').textContent).to.contain(limit);
    });
  }
});
