// WCAG 1.4.10 reflow for the rest of the library at 320 CSS px: the scorecard's single-page
// layout, a two-round <samson-profile>, and the SoImpact chain, chart and planner with the
// Boost Refugee plan — nothing inside any of them is wider than its host, and the page never
// scrolls sideways.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import '../../src/elements/samson-profile/define.js';
import '../../src/elements/soimpact-chain/define.js';
import '../../src/elements/soimpact-chart/define.js';
import '../../src/elements/soimpact-planner/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { twoRoundHistory } from '../../src/content/samson/two-rounds.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { scorecardSteps } from '../../src/elements/samson-scorecard/steps.js';
import { fullyAnswered, settle, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';
import { overhang } from '../fixtures/reflow.js';

const WIDTH = 320;

async function updated(el: Element): Promise<void> {
  await (el as LitElement).updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('samson-profile, soimpact-chain, soimpact-chart') ?? [])
    await (inner as LitElement).updateComplete;
}

function expectFits(el: Element, where: string): void {
  const worst = overhang(el);
  expect(worst.px, `${where}: ${worst.what} sticks out ${worst.px}px`).to.be.at.most(0.5);
  expect(document.documentElement.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(WIDTH);
}

describe(`reflow at ${WIDTH} px: every element`, function () {
  this.timeout(120_000);
  before(async () => setViewport({ width: WIDTH, height: 800 }));
  after(async () => setViewport({ width: 800, height: 600 }));
  afterEach(() => localStorage.clear());

  it('the scorecard in the single-page layout, every step, fully answered', async () => {
    const el = await fixture<SamsonScorecard>(
      html`<samson-scorecard layout="single-page" storage-key=${uniqueKey()}></samson-scorecard>`,
    );
    el.response = fullyAnswered();
    await settle(el);
    for (const [i, step] of scorecardSteps(el.instrument).entries()) {
      el.goToStep(i);
      await settle(el);
      await updated(el);
      expectFits(el, `step ${i} (${step.kind})`);
    }
  });

  it('the scorecard with two rounds: the statement with last time, results and report compare', async () => {
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    el.history = twoRoundHistory(samsonNb);
    await settle(el);
    for (const [i, step] of scorecardSteps(el.instrument).entries()) {
      if (step.kind === 'intro' || step.kind === 'weights' || (step.kind === 'field' && step.index > 0)) continue;
      el.goToStep(i);
      await settle(el);
      await updated(el);
      expectFits(el, `two rounds, step ${i} (${step.kind})`);
      if (step.kind === 'report') {
        // The keep/stop × known/new matrix is a list on a phone, each cell named by its column.
        const cell = el.shadowRoot!.querySelector('.report .matrix tbody td')!;
        expect(getComputedStyle(cell).display).to.equal('block');
        expect(getComputedStyle(cell, '::before').content).to.equal('"Kjente handlinger"');
        el.shadowRoot!.querySelector('.report .matrix')!.scrollIntoView();
        await executeServerCommand('screenshot', { path: '/tmp/shots-fixes/t-320-report-matrix.png' });
        el.shadowRoot!.querySelector('.report-cover')!.scrollIntoView();
        await executeServerCommand('screenshot', { path: '/tmp/shots-fixes/t-320-report-cover.png' });
      }
    }
  });

  it('<samson-profile> with two rounds, its table open and a field drilled into', async () => {
    const el = await fixture<LitElement>(
      html`<samson-profile .instrument=${samsonNb} .history=${twoRoundHistory(samsonNb)}></samson-profile>`,
    );
    await updated(el);
    expectFits(el, 'the profile');
    el.setAttribute('field', samsonNb.fields[6]!.id);
    await updated(el);
    expectFits(el, 'the profile drilled into a field');
  });

  it('<samson-profile> with two rounds and its table shown: the caption wraps in full, the table scrolls in its own box', async () => {
    const el = await fixture<LitElement>(
      html`<samson-profile .instrument=${samsonNb} .history=${twoRoundHistory(samsonNb)}></samson-profile>`,
    );
    await updated(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await updated(el);
    const table = el.shadowRoot!.querySelector<HTMLElement>('[part="table"]')!;
    expect(table.hidden).to.equal(false);
    table.scrollIntoView();
    // The table's caption, wherever it is rendered (a <caption> would do if it wrapped in view).
    const caption = el.shadowRoot!.querySelector<HTMLElement>('[part="table"] #table-caption, [part="table"] caption')!;
    const text = 'Profil: skår og viktighet for hvert handlingsfelt (0–10)';
    expect(caption.textContent!.trim()).to.equal(text);
    // Every word of the caption is inside the viewport and the host, not under the edge.
    const box = caption.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.left, 'caption left').to.be.at.least(Math.max(0, host.left) - 0.5);
    expect(box.right, 'caption right').to.be.at.most(Math.min(WIDTH, host.right) + 0.5);
    expect(caption.scrollWidth, 'caption text wider than its box').to.be.at.most(caption.clientWidth);
    expect(box.height, 'the caption wraps').to.be.above(parseFloat(getComputedStyle(caption).lineHeight) * 1.5);
    // The table scrolls inside its own focusable region, both named by the caption.
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.tabIndex).to.equal(0);
    expect(wrap.scrollWidth, 'wider than a phone: it scrolls').to.be.above(wrap.clientWidth);
    if (caption.localName !== 'caption') {
      expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-labelledby')).to.equal(caption.id);
      expect(wrap.getAttribute('aria-labelledby')).to.equal(caption.id);
    }
    expect(wrap.getBoundingClientRect().right, 'the scrolling box fits').to.be.at.most(host.right + 0.5);
    for (const cell of wrap.querySelectorAll<HTMLElement>('th, td'))
      expect(cell.scrollWidth, `«${cell.textContent!.trim()}» fits its cell`).to.be.at.most(cell.clientWidth);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(WIDTH);
    await executeServerCommand('screenshot', { path: '/tmp/kept-shots/t-320-profile-table.png' });
  });

  it('<soimpact-chain> and <soimpact-chart> with the Boost Refugee plan', async () => {
    const plan = demoPlansNb['boost-refugee'];
    for (const tag of ['soimpact-chain', 'soimpact-chart'] as const) {
      const el = document.createElement(tag) as LitElement & { plan: unknown };
      el.plan = plan;
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(el);
      await updated(el);
      expectFits(el, tag);
    }
  });

  it('<soimpact-planner> with the Boost Refugee plan, every step', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    el.plan = demoPlansNb['boost-refugee'];
    await updated(el);
    for (let i = 0; i < 10; i++) {
      el.goToStep(i);
      await updated(el);
      expectFits(el, `planner step ${i + 1}`);
    }
  });
});
