/**
 * Issue 11, case 6 for the three display elements (the form elements have it in the shared
 * form-behaviour suite): a page that sets `plan`, `responses`, `instrument` … before the
 * module bundle has defined the element keeps them after the upgrade.
 */
import { expect } from '@open-wc/testing';
import { SoimpactChart } from '../../src/elements/soimpact-chart/soimpact-chart.js';
import { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { chartOf, round1, round2 } from '../fixtures/profile-helpers.js';
import { aggregateResponses } from '../../src/core/samson/profile.js';
import { until } from '../fixtures/wait.js';

let counter = 0;
const created: HTMLElement[] = [];
afterEach(() => created.splice(0).forEach((el) => el.remove()));

/** An element of a tag not defined yet, given properties, put in the page, then defined. */
async function upgradedLate<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  base: CustomElementConstructor,
  properties: Record<string, unknown>,
): Promise<E> {
  const tag = `early-${base.name.toLowerCase()}-${++counter}`;
  const el = document.createElement(tag) as E;
  Object.assign(el, properties);
  document.body.append(el);
  created.push(el);
  customElements.define(tag, class extends (base as unknown as typeof HTMLElement) {});
  await el.updateComplete;
  return el;
}

describe('properties set before the definition loads (issue 11, case 6)', () => {
  it('<soimpact-chart> keeps plan and label', async () => {
    const plan = demoPlansNb['job-course'];
    const el = await upgradedLate<SoimpactChart>(SoimpactChart, { plan, label: 'Tidlig satt' });
    expect(el.plan?.id).to.equal(plan.id);
    await until(() => el.shadowRoot!.textContent!.includes('Tidlig satt'), 'the early label');
  });

  it('<soimpact-chain> keeps plan', async () => {
    const plan = demoPlansNb['boost-refugee'];
    const el = await upgradedLate<SoimpactChain>(SoimpactChain, { plan });
    expect(el.plan?.id).to.equal(plan.id);
    await until(() => el.shadowRoot!.querySelector('button.indicator'), 'the plan’s indicators');
  });

  it('<samson-profile> keeps responses, instrument and aggregate', async () => {
    const el = await upgradedLate<SamsonProfile>(SamsonProfile, {
      responses: [round1, round2],
      instrument: samsonNb,
      aggregate: true,
    });
    expect(el.responses).to.have.length(2);
    expect(el.aggregate).to.equal(true);
    expect(el.instrument.id).to.equal(samsonNb.id);
    // Drawn as one mean profile: aggregate was taken over too.
    expect(chartOf(el).data.datasets[1]!.data).to.deep.equal(
      aggregateResponses(samsonNb, [round1, round2]).fields.map((f) => f.score),
    );
  });
});
