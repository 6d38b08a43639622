import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { f } from '../fixtures/soimpact-planner-helpers.js';
import { z } from '../../src/core/zod.js';
import { parsePlan, planSchema, type ImpactPlan } from '../../src/core/soimpact/plan.js';

/**
 * The whole planner, completed with the keyboard alone: Tab to move, typing, Enter and
 * the arrow keys. No clicks, no property writes, no `.focus()` calls.
 */

function active(el: SoimpactPlanner): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

async function tabTo(el: SoimpactPlanner, selector: string, max = 200): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const now = active(el);
    if (now?.matches(selector)) return now;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${active(el)?.outerHTML.slice(0, 120)}`);
}

async function typeInto(el: SoimpactPlanner, selector: string, text: string): Promise<void> {
  const field = (await tabTo(el, selector)) as HTMLInputElement;
  for (let i = field.value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Chromium's date field in en-US takes month, day, year from the keyboard. */
async function typeDate(el: SoimpactPlanner, selector: string, iso: string): Promise<void> {
  await tabTo(el, selector);
  const [y, m, d] = iso.split('-');
  await sendKeys({ type: `${m}${d}${y}` });
  await el.updateComplete;
  const field = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  expect(field.value, selector).to.equal(iso);
}

async function next(el: SoimpactPlanner, heading: string): Promise<void> {
  await tabTo(el, 'button.next');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await el.updateComplete;
  const focused = active(el);
  expect(focused?.id).to.equal('step-heading');
  expect(focused!.textContent).to.contain(heading);
}

async function press(el: SoimpactPlanner, selector: string, key = 'Enter'): Promise<void> {
  await tabTo(el, selector);
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<soimpact-planner> by keyboard alone', () => {
  it('walks the ten steps and produces a plan that validates against the JSON Schema', async function () {
    // Several hundred real key presses, each a round trip to the browser.
    this.timeout(180_000);
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" preview="false"></soimpact-planner>`);
    const changes: ImpactPlan[] = [];
    el.addEventListener('soimpact-change', (event) => changes.push(event.detail.plan));

    // Into the element from the page.
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.matches('.step-link')).to.equal(true);

    // 1 The societal problem
    await typeInto(el, f('plan.title'), 'Jobbsøkerkurs i Sandefjord');
    await typeInto(el, f('plan.organisation'), 'Sandefjord kommune og NAV');
    await typeDate(el, f('plan.period.from'), '2025-01-01');
    await typeDate(el, f('plan.period.to'), '2025-12-31');
    await typeInto(el, f('plan.problem'), 'Mange langtidsledige mangler nettverk og trygghet i jobbintervjuer.');
    await next(el, 'Overordnede mål');

    // 2–4
    await typeInto(el, f('plan.goals'), 'Flere deltakere i varig arbeid.');
    await next(el, 'Målgruppeanalyse');
    await typeInto(el, f('plan.targetGroups'), 'Langtidsledige over 25 år.');
    await next(el, 'Hovedaktiviteter og endringsteori');
    await typeInto(el, f('plan.inputs'), 'To kursholdere, lokaler, NAV-veiledere.');
    await typeInto(el, f('plan.activities'), 'Tolv ukers kurs med intervjutrening.');
    await typeInto(el, f('plan.theoryOfChange'), 'Trening gir trygghet, trygghet gir flere jobbintervjuer og jobber.');
    await typeInto(el, f('plan.societalValue'), 'Arbeid henger sammen med bedre helse (forskning).');
    await next(el, 'Måleindikatorer');

    // 5 Indicators: one by the add button, one by Enter in the name field, levels and units by arrow keys.
    await typeInto(el, f('new.indicator.name'), 'Antall deltakere');
    await press(el, 'button.add-indicator');
    expect(el.plan.indicators.map((i) => i.id)).to.deep.equal(['antall-deltakere']);

    await typeInto(el, f('new.indicator.name'), 'Andel i jobb etter kurset');
    await tabTo(el, f('new.indicator.level'));
    await sendKeys({ press: 'ArrowDown' }); // Virkning (outcome)
    await tabTo(el, f('new.indicator.unit'));
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' }); // Andel ja/nei
    await typeInto(el, f('new.indicator.name'), 'Andel i jobb etter kurset');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const [first, second] = el.plan.indicators;
    expect(second).to.include({ id: 'andel-i-jobb-etter-kurset', level: 'outcome', unit: 'share' });
    await typeInto(el, f(`ind.${first!.id}.targetGroup`), 'Kursdeltakere');
    await next(el, 'Målemetoder');

    // 6 Methods
    await typeInto(el, f('plan.measurementPlan'), 'Kursleder registrerer, NAV følger opp månedlig.');
    await typeInto(el, f('ind.antall-deltakere.method'), 'Opptelling');
    await typeInto(el, f('ind.antall-deltakere.dataSource'), 'Deltakerlister');
    await typeInto(el, f('ind.antall-deltakere.frequency'), 'Månedlig');
    await typeInto(el, f('ind.andel-i-jobb-etter-kurset.method'), 'Spørreundersøkelse');
    await next(el, 'Måltall');

    // 7 Targets
    await typeInto(el, f('ind.antall-deltakere.target.value'), '40');
    await typeDate(el, f('ind.antall-deltakere.target.date'), '2025-12-31');
    await typeInto(el, f('ind.andel-i-jobb-etter-kurset.target.value'), '37,5');
    await typeDate(el, f('ind.andel-i-jobb-etter-kurset.target.date'), '2025-12-31');
    await next(el, 'Nullpunktsmåling');

    // 8 Baseline
    await typeInto(el, f('ind.antall-deltakere.baseline.value'), '0');
    await typeDate(el, f('ind.antall-deltakere.baseline.date'), '2025-01-01');
    await typeInto(el, f('ind.andel-i-jobb-etter-kurset.baseline.value'), '10');
    await typeDate(el, f('ind.andel-i-jobb-etter-kurset.baseline.date'), '2025-01-01');
    await next(el, 'Regelmessige målinger');

    // 9 Measurements: two for the first indicator (the second added out of date order), one for the second.
    await typeDate(el, f('new.m.antall-deltakere.date'), '2025-03-31');
    await typeInto(el, f('new.m.antall-deltakere.value'), '18');
    await typeInto(el, f('new.m.antall-deltakere.note'), 'Første kull');
    await press(el, 'button.add-measurement[data-id="antall-deltakere"]');
    await typeDate(el, f('new.m.antall-deltakere.date'), '2025-02-28');
    await typeInto(el, f('new.m.antall-deltakere.value'), '12');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await typeDate(el, f('new.m.andel-i-jobb-etter-kurset.date'), '2025-06-30');
    await typeInto(el, f('new.m.andel-i-jobb-etter-kurset.value'), '22,5');
    await press(el, 'button.add-measurement[data-id="andel-i-jobb-etter-kurset"]');
    await next(el, 'Evaluering og tilpasning');

    // 10 Evaluation, then mark complete.
    await typeDate(el, f('new.evaluation.date'), '2025-07-01');
    await typeInto(el, f('new.evaluation.text'), 'Færre enn ventet i jobb; vi legger til arbeidspraksis.');
    await press(el, 'button.add-evaluation');
    await tabTo(el, 'button.mark-complete');
    const completed = oneEvent(el, 'soimpact-complete');
    await sendKeys({ press: 'Enter' });
    const plan = (await completed).detail.plan as ImpactPlan;

    expect(plan).to.deep.include({
      title: 'Jobbsøkerkurs i Sandefjord',
      organisation: 'Sandefjord kommune og NAV',
      period: { from: '2025-01-01', to: '2025-12-31' },
      problem: 'Mange langtidsledige mangler nettverk og trygghet i jobbintervjuer.',
      goals: 'Flere deltakere i varig arbeid.',
      evaluations: [{ date: '2025-07-01', text: 'Færre enn ventet i jobb; vi legger til arbeidspraksis.' }],
    });
    expect(plan.societalValue?.text).to.equal('Arbeid henger sammen med bedre helse (forskning).');
    const participants = plan.indicators[0]!;
    expect(participants).to.deep.include({
      id: 'antall-deltakere',
      name: 'Antall deltakere',
      level: 'output',
      unit: 'count',
      method: 'Opptelling',
      dataSource: 'Deltakerlister',
      frequency: 'Månedlig',
      targetGroup: 'Kursdeltakere',
      baseline: { value: 0, date: '2025-01-01' },
      target: { value: 40, date: '2025-12-31' },
    });
    expect(participants.measurements).to.deep.equal([
      { date: '2025-02-28', value: 12 },
      { date: '2025-03-31', value: 18, note: 'Første kull' },
    ]);
    expect(plan.indicators[1]).to.deep.include({
      baseline: { value: 10, date: '2025-01-01' },
      target: { value: 37.5, date: '2025-12-31' },
      measurements: [{ date: '2025-06-30', value: 22.5 }],
    });

    // Valid for the library's own parser and for the published JSON Schema, checked by ajv in Node.
    expect(parsePlan(plan).ok).to.equal(true);
    const schema = z.toJSONSchema(planSchema, { target: 'draft-2020-12' });
    const generated = await executeServerCommand<{ valid: boolean; errors: unknown[] }, unknown>('validate-json-schema', {
      schema,
      data: plan,
    });
    expect(generated.errors).to.deep.equal([]);
    expect(generated.valid).to.equal(true);
    const published = await fetch('/dist/schemas/soimpact-plan.schema.json');
    if (published.ok) {
      const result = await executeServerCommand<{ valid: boolean; errors: unknown[] }, unknown>('validate-json-schema', {
        schema: await published.json(),
        data: plan,
      });
      expect(result.errors).to.deep.equal([]);
    }

    // Every edit was announced, and the last announcement is the plan that was completed.
    expect(changes.length).to.be.greaterThan(20);
    expect(changes.at(-1)).to.deep.equal(plan);
  });
});
