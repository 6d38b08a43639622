import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { parsePlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';
import { catchDownloads, goToStep as step, q, words } from '../fixtures/soimpact-planner-helpers.js';

/** Issue 15's planner parts: "finished" saved in the plan, progress while measuring, and publishing the chart. */

const KEY = 'test:planner-publish';

describe('<soimpact-planner>: finished, progress and publishing', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('saves "finished" in the plan (soimpact-plan@2), and it survives a reload', async () => {
    const first = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key=${KEY}></soimpact-planner>`);
    first.plan = demoPlansNb['job-course'];
    await step(first, 10);
    const completed = oneEvent(first, 'soimpact-complete');
    q<HTMLButtonElement>(first, '.mark-complete').click();
    const plan = (await completed).detail.plan as ImpactPlan;
    expect(plan.format).to.equal('soimpact-plan@2');
    expect(Date.parse(plan.completedAt!)).to.be.closeTo(Date.now(), 60_000);
    expect(JSON.parse(localStorage.getItem(KEY)!).completedAt).to.equal(plan.completedAt);
    first.remove();

    const second = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key=${KEY}></soimpact-planner>`);
    expect(second.plan.completedAt).to.equal(plan.completedAt);
    await step(second, 10);
    expect(words(q(second, '.finished'))).to.contain('Planen ble merket som ferdig');
  });

  it('opens a soimpact-plan@1 plan, migrated', async () => {
    const old = { ...demoPlansNb['boost-refugee'], format: 'soimpact-plan@1' } as unknown as ImpactPlan;
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${old}></soimpact-planner>`);
    expect(el.plan.id).to.equal('boost-refugee');
    expect(el.plan.format).to.equal('soimpact-plan@2');
  });

  it('shows progress toward the target in the measurements step, with the numbers', async () => {
    const plan = structuredClone(demoPlansNb['job-course']);
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${plan}></soimpact-planner>`);
    await step(el, 9);
    const measured = plan.indicators.find((i) => i.measurements.length && i.baseline && i.target)!;
    const line = q(el, `.progress-line[data-id="${measured.id}"]`);
    expect(words(line)).to.contain('Siste måling');
    expect(words(line)).to.match(/Mål: .* innen/);
    expect(words(line)).to.match(/av veien|Målet er nådd|Går feil vei/);
    const bar = line.querySelector('progress');
    expect(bar, 'a progress bar').to.exist;
    expect(bar!.value).to.be.within(0, 100);
    await expect(el).to.be.accessible();
  });

  it('gives the data file, the exact HTML to paste, and a live preview of it', async () => {
    const plan = demoPlansNb['boost-refugee'];
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner
        autosave="false"
        bundle-src="https://example.org/js/samskaping-elements.bundle.js"
        .plan=${plan}
      ></soimpact-planner>`,
    );
    const panel = q<HTMLDetailsElement>(el, 'details.publish');
    expect(words(panel.querySelector('summary')!)).to.equal('Legg grafen på nettsiden din');
    expect(q(el, '.snippet code').textContent).to.equal(
      [
        '<script type="module" src="https://example.org/js/samskaping-elements.bundle.js"></script>',
        `<soimpact-chart src="boost-refugee.soimpact.json" label="${plan.title}"></soimpact-chart>`,
      ].join('\n'),
    );

    // The data file is the plan, named as the snippet names it.
    const downloads = catchDownloads(() => {
      q<HTMLButtonElement>(el, '.publish-json').click();
      q<HTMLButtonElement>(el, '.publish-csv').click();
    });
    expect(downloads.map((d) => d.name)).to.deep.equal(['boost-refugee.soimpact.json', 'boost-refugee-maalinger.csv']);
    const data = parsePlan(await downloads[0]!.blob.text());
    expect(data.ok && data.value.indicators.map((i) => i.id)).to.deep.equal(plan.indicators.map((i) => i.id));
    expect(await downloads[1]!.blob.text()).to.match(/^indicator;date;value;note\r\n/);

    // The preview is the snippet's element with this plan, rendered only while the panel is open.
    expect(el.shadowRoot!.querySelector('.publish-preview soimpact-chart')).to.equal(null);
    panel.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('.publish-preview soimpact-chart'), 'the preview chart');
    // The chart element (and Chart.js) loads with the panel: the planner's own entry stays small.
    await customElements.whenDefined('soimpact-chart');
    const chart = q(el, '.publish-preview soimpact-chart') as HTMLElement & {
      plan?: ImpactPlan;
      updateComplete: Promise<boolean>;
    };
    await chart.updateComplete;
    expect(chart.plan!.id).to.equal('boost-refugee');
    expect(chart.getAttribute('label')).to.equal(plan.title);
    await expect(el).to.be.accessible();
  });
});
