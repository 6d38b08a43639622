// What a chart is called — its heading, its landmark's name, its downloads' file names — when
// the data do not name it (measurements from CSV) and when several charts share a page.
import { expect, fixture, html } from '@open-wc/testing';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import '../../src/elements/soimpact-chart/define.js';
import { axeViolations, downloadFrom, serve, text, unique, type SoimpactChart } from '../fixtures/soimpact-chart-helpers.js';
import { until } from '../fixtures/wait.js';

const csv =
  'indicator;date;value\ndeltakere;2025-01-31;8\ndeltakere;2025-02-28;17\ntrygghet;2025-01-31;2,9\ntrygghet;2025-02-28;3,1\n';

/** Two charts side by side, each with the attributes given, loaded (or failed) before it resolves. */
async function twoCharts(
  a: { src: string; indicator?: string },
  b: { src: string; indicator?: string },
): Promise<[HTMLElement, SoimpactChart, SoimpactChart]> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <soimpact-chart src=${a.src} indicator=${a.indicator ?? ''}></soimpact-chart>
      <soimpact-chart src=${b.src} indicator=${b.indicator ?? ''}></soimpact-chart>
    </div>`,
  );
  const charts = [...page.querySelectorAll<SoimpactChart>('soimpact-chart')] as [SoimpactChart, SoimpactChart];
  for (const el of charts) await settled(el);
  return [page, ...charts];
}

/** Waits until a chart's load has ended either way: data shown, or the message why not. */
async function settled(el: SoimpactChart): Promise<void> {
  await until(() => !el.loading && (el.plan || el.shadowRoot!.querySelector('[role=alert]')), 'the chart to load or fail');
  await el.updateComplete;
}

/** The accessible name a section gets from aria-label or the element aria-labelledby points to. */
function landmarkName(el: SoimpactChart): string {
  const section = el.shadowRoot!.querySelector('section')!;
  const by = section.getAttribute('aria-labelledby');
  return section.getAttribute('aria-label') ?? (by ? el.shadowRoot!.getElementById(by)!.textContent!.trim() : '');
}

const landmarkViolations = async (page: Element) =>
  (await axeViolations(page)).filter((v) => v.id.startsWith('landmark')).map((v) => v.id);

describe('<soimpact-chart> names', () => {
  it('heads a chart of CSV measurements with its indicators’ names, not «SoImpact», and tells two apart', async () => {
    const src = await serve(unique('names'), csv, 'text/csv');
    const [page, a, b] = await twoCharts({ src, indicator: 'deltakere' }, { src, indicator: 'trygghet' });
    expect(text(a, 'h2')).to.equal('deltakere');
    expect(text(b, 'h2')).to.equal('trygghet');
    expect(landmarkName(a)).to.equal('deltakere');
    expect(landmarkName(b)).to.equal('trygghet');
    expect(await landmarkViolations(page)).to.deep.equal([]);

    const both = await fixture<SoimpactChart>(html`<soimpact-chart src=${src}></soimpact-chart>`);
    await settled(both);
    expect(text(both, 'h2')).to.equal('deltakere og trygghet');
  });

  it('names two charts of one plan after the indicators each shows, under the plan’s own title', async () => {
    const src = await serve(unique('plan'), JSON.stringify(demoPlansNb['job-course']));
    const [page, a, b] = await twoCharts({ src, indicator: 'participants' }, { src, indicator: 'women-share' });
    expect(text(a, 'h2')).to.equal('Jobbsøkerkurs (illustrasjon)');
    expect(landmarkName(a)).to.equal('Jobbsøkerkurs (illustrasjon): Antall deltakere på kurset (sammenlagt)');
    expect(landmarkName(b)).to.equal('Jobbsøkerkurs (illustrasjon): Andel kvinner blant deltakerne');
    expect(await landmarkViolations(page)).to.deep.equal([]);
  });

  it('does not make two failed charts two landmarks of the same name', async () => {
    const [page, a] = await twoCharts(
      { src: '/test/fixtures/soimpact-not-there.json' },
      { src: '/test/fixtures/soimpact-gone.json' },
    );
    expect(text(a, '[role=alert]')).to.contain('Dataene kunne ikke vises');
    expect(await landmarkViolations(page)).to.deep.equal([]);
  });

  it('names downloads of CSV measurements after the indicator shown, or after the label', async () => {
    const src = await serve(unique('files'), csv, 'text/csv');
    const [, el] = await twoCharts({ src, indicator: 'trygghet' }, { src, indicator: 'deltakere' });
    expect((await downloadFrom(el, '.download-csv')).name).to.equal('trygghet-data.csv');
    expect((await downloadFrom(el, '.download-png')).name).to.equal('trygghet.png');
    el.label = 'Trygghet på jobbintervju – Øvre Årdal';
    await el.updateComplete;
    expect((await downloadFrom(el, '.download-csv')).name).to.equal('trygghet-pa-jobbintervju-ovre-ardal-data.csv');
  });
});
