import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { f, q } from '../fixtures/soimpact-planner-helpers.js';
import type { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { createPlan } from '../../src/core/soimpact/plan.js';
import { largePlan } from '../fixtures/large-plan.js';
import { until } from '../fixtures/wait.js';
import type { ErrorDetail } from '../../src/core/problems.js';

const text = (el: SoimpactPlanner, selector: string) => q(el, selector).textContent!.replace(/\s+/g, ' ').trim();

// Timings are measured in bench/, not asserted here; what a user notices is asserted:
// a table of one page, pages to move through, and every keystroke kept.
describe('<soimpact-planner> with the largest plan the schema allows', () => {
  it('shows 100,000 measurements a page at a time and keeps every keystroke', async function () {
    this.timeout(60_000);
    const plan = largePlan();
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    el.plan = plan;
    await el.updateComplete;
    expect(el.plan.indicators[0]!.measurements).to.have.length(100_000);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-link')[8]!.click();
    await el.updateComplete;

    // The latest page first, where a new reading goes.
    expect(el.shadowRoot!.querySelectorAll('table.measurements tbody tr')).to.have.length(50);
    expect(text(el, '.page-status').replace(/[\s\u00a0.,]/g, '')).to.contain('99951–100000');
    expect(q<HTMLButtonElement>(el, '.page-later').disabled).to.equal(true);
    q<HTMLButtonElement>(el, '.page-earlier').click();
    await el.updateComplete;
    expect(text(el, '.page-status').replace(/[\s\u00a0.,]/g, '')).to.contain('99901–99950');
    expect(el.shadowRoot!.activeElement!.matches('.page-earlier')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('table.measurements tbody tr')).to.have.length(50);

    // Removing a row on an earlier page removes that row, not one of the latest page.
    const removedDate = plan.indicators[0]!.measurements[99_900]!.date;
    el.shadowRoot!.querySelector<HTMLButtonElement>('table.measurements tbody tr .remove-measurement')!.click();
    await el.updateComplete;
    expect(el.plan.indicators[0]!.measurements).to.have.length(99_999);
    expect(el.plan.indicators[0]!.measurements.some((m) => m.date === removedDate)).to.equal(false);

    q<HTMLInputElement>(el, f('new.m.daglig.note')).focus();
    await sendKeys({ type: 'Ny rad' });
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, f('new.m.daglig.note')).value).to.equal('Ny rad');

    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-link')[0]!.click();
    await el.updateComplete;
    q<HTMLTextAreaElement>(el, f('plan.problem')).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' i et år' });
    await el.updateComplete;
    expect(el.plan.problem).to.equal('Mange målinger i et år');

    // The preview shows the latest reading, as it would with the whole series.
    const chain = q<SoimpactChain>(el, 'soimpact-chain');
    await chain.updateComplete;
    expect(chain.shadowRoot!.querySelector('button.indicator[data-id="daglig"] .value')!.textContent!.trim()).to.equal(
      String(99_999 % 97),
    );
  });

  it('reads a plan of 100,000 readings after the setter returns, saying so, and then shows it', async function () {
    this.timeout(60_000);
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    el.plan = largePlan();
    // The setter has returned; the plan is being read, and the planner says so.
    expect(el.plan.indicators).to.have.length(0);
    const status = await until(() => el.shadowRoot!.querySelector('.reading [role="status"]'), 'the reading notice');
    expect(status.textContent!.replace(/\s+/g, ' ')).to.equal('Leser en plan med 100 000 målinger …');
    expect(el.shadowRoot!.querySelector('.reading progress')!.getAttribute('aria-label')).to.match(/^Leser planen: /);
    await el.updateComplete;
    expect(el.plan.indicators[0]!.measurements).to.have.length(100_000);
    expect(el.shadowRoot!.querySelector('.reading')).to.equal(null);
  });

  it('refuses a plan of 100,000 readings with one bad date, naming the row, and keeps the plan it has', async function () {
    this.timeout(60_000);
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    const kept = { ...createPlan({ id: 'gammel', title: 'Den gamle planen' }), problem: 'Beholdes' };
    el.plan = kept;
    await el.updateComplete;
    const bad = largePlan();
    bad.indicators[0]!.measurements[5_000] = { date: '2001-02-29', value: 1 };
    const refused = oneEvent(el, 'soimpact-error') as Promise<CustomEvent<ErrorDetail>>;
    el.plan = bad;
    const { detail } = await refused;
    expect(detail.problems.map((p) => p.path.join('.'))).to.deep.equal(['indicators.0.measurements.5000.date']);
    await el.updateComplete;
    expect(el.plan.title).to.equal('Den gamle planen');
    expect(q(el, '.error').textContent).to.contain('Planen kunne ikke tas i bruk');
  });

  it('lets a saved draft win over a plan of 100,000 readings set before the first render', async function () {
    this.timeout(60_000);
    const key = 'test:large-draft-wins';
    localStorage.setItem(key, JSON.stringify({ ...createPlan({ id: 'utkast', title: 'Utkastet' }), problem: 'Skrevet i går' }));
    const el = document.createElement('soimpact-planner');
    el.storageKey = key;
    el.plan = largePlan();
    document.body.append(el);
    try {
      await el.updateComplete;
      await until(() => !el.shadowRoot!.querySelector('.reading'), 'the reading to end', 20_000);
      await el.updateComplete;
      expect(el.plan.problem).to.equal('Skrevet i går');
      expect(el.plan.indicators).to.have.length(0);
      expect(JSON.parse(localStorage.getItem(key)!).problem).to.equal('Skrevet i går');
    } finally {
      el.remove();
      localStorage.removeItem(key);
    }
  });
});
