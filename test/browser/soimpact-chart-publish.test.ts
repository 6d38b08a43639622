import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';

const jobCourse = demoPlansNb['job-course'];
const boost = demoPlansNb['boost-refugee'];
import { parseMeasurementsCsv } from '../../src/core/soimpact/csv.js';
import { profile, round1, round2 } from '../fixtures/profile-helpers.js';
import {
  axeViolations,
  chartElement,
  chartOf,
  chartsOf,
  downloadFrom,
  indicator,
  planWith,
  text,
} from '../fixtures/soimpact-chart-helpers.js';

function pixels(canvas: HTMLCanvasElement): Uint8ClampedArray {
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

function changedPixels(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let changed = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) changed++;
  }
  return changed;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Waits until the chart's tooltip is fully shown (or hidden) and drawn. */
async function tooltipSettles(chart: Chart, shown: boolean): Promise<void> {
  await waitUntil(() => (chart.tooltip?.opacity ?? 0) === (shown ? 1 : 0), 'tooltip did not settle', { timeout: 3000 });
  await frame();
}

/** Where a point of the chart is on the page. */
function pagePosition(chart: Chart, datasetIndex: number, index: number): [number, number] {
  const point = chart.getDatasetMeta(datasetIndex).data[index]!;
  const rect = chart.canvas.getBoundingClientRect();
  return [Math.round(rect.left + point.x), Math.round(rect.top + point.y)];
}

describe('<soimpact-chart> tooltips', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('draws a tooltip when the pointer is over a point', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'participants' });
    const chart = chartOf(el);
    await frame();
    const before = pixels(chart.canvas);
    await sendMouse({ type: 'move', position: pagePosition(chart, 0, 5) });
    await tooltipSettles(chart, true);
    // A hovered point grows by a few pixels; a drawn tooltip box changes thousands.
    const hoverPoint = Math.PI * 7 * 7 * (window.devicePixelRatio || 1) ** 2;
    expect(changedPixels(before, pixels(chart.canvas))).to.be.greaterThan(8 * hoverPoint);
    expect(chart.tooltip!.dataPoints.map((p) => p.dataIndex)).to.deep.equal([5]);
    expect(chart.tooltip!.body.flatMap((b) => b.lines).join(' ')).to.contain('Antall deltakere på kurset (sammenlagt): 52');
  });

  it('lets a keyboard user reach each point, with the tooltip drawn and the value read out', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'participants' });
    const chart = chartOf(el);
    await el.updateComplete;
    expect(chart.canvas.tabIndex).to.equal(0);
    chart.canvas.focus();
    const measurements = jobCourse.indicators[0]!.measurements;
    for (let i = 0; i < measurements.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(chart.tooltip!.dataPoints.map((p) => [p.datasetIndex, p.dataIndex])).to.deep.equal([[0, i]]);
      expect(text(el, '[aria-live=polite]')).to.contain(`: ${measurements[i]!.value}`);
    }
    await tooltipSettles(chart, true);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(chart.tooltip!.dataPoints[0]!.dataIndex).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await tooltipSettles(chart, false);
  });

  it('keeps a long tooltip inside a phone-wide chart, in lines, with every word', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const el = await chartElement({ plan: jobCourse, indicator: 'participants' });
      el.style.width = '';
      await waitUntil(() => chartOf(el).width <= 390, 'the chart did not narrow');
      const chart = chartOf(el);
      chart.canvas.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await tooltipSettles(chart, true);
      const tooltip = chart.tooltip!;
      const lines = tooltip.body.flatMap((b) => b.lines);
      const last = jobCourse.indicators.find((i) => i.id === 'participants')!.measurements.at(-1)!;
      expect(lines.join(' ')).to.contain(`Antall deltakere på kurset (sammenlagt): ${last.value}`);
      expect(lines.length, 'the label is broken into lines').to.be.greaterThan(1);
      // Read out as one phrase, not as the lines it is drawn in.
      expect(text(el, '[aria-live=polite]')).to.contain(`Antall deltakere på kurset (sammenlagt): ${last.value}`);
      expect(tooltip.x, 'the box starts inside the canvas').to.be.at.least(0);
      expect(tooltip.x + tooltip.width, 'the box ends inside the canvas').to.be.at.most(chart.width);
    } finally {
      await setViewport({ width: 1366, height: 768 });
    }
  });

  it('moves between the series of a panel with ↑ and ↓, never onto a target line', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'course-days,days-to-interview' });
    const [chart] = chartsOf(el);
    await el.updateComplete;
    chart!.canvas.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const [point] = chart!.tooltip!.dataPoints;
    expect(point!.dataset.label).to.equal('Dager fra kursstart til første jobbintervju (median)');
    expect(text(el, '[aria-live=polite]')).to.contain('51 dager');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(chart!.tooltip!.dataPoints[0]!.dataset.label).to.equal('Antall gjennomførte kursdager (sammenlagt)');
  });

  it('draws tooltips in <samson-profile> too, on hover and from the keyboard', async () => {
    const el = await profile([round1, round2]);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(canvas)!;
    await frame();
    const before = pixels(canvas);
    await sendMouse({ type: 'move', position: pagePosition(chart, chart.data.datasets.length - 1, 2) });
    await tooltipSettles(chart, true);
    expect(changedPixels(before, pixels(canvas))).to.be.greaterThan(1000);
    await sendMouse({ type: 'move', position: [0, 0] });
    await tooltipSettles(chart, false);
    await waitUntil(() => canvas.tabIndex === 0, 'the radar canvas is not a tab stop');
    canvas.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(chart.tooltip!.dataPoints).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.match(/\d/);
  });
});

describe('<soimpact-chart> for publishing', () => {
  it('draws the job-course plan as one panel per unit, on one shared time axis', async () => {
    const el = await chartElement({ plan: jobCourse });
    const charts = chartsOf(el);
    const units = el.drawnIndicators
      .filter((i) => i.measurements.length > 1)
      .map((i) => (i.unit === 'share' ? 'percent' : i.unit));
    expect(charts).to.have.length(new Set(units).size);
    expect(text(el, '.panel-title')).to.equal('Antall | Dager | Andel ja/nei (prosent) | Skala');
    for (const chart of charts) {
      const panelUnits = new Set(chart.data.datasets.map((d) => el.drawnIndicators.find((i) => d.label?.endsWith(i.name))!.unit));
      expect([...panelUnits].map((u) => (u === 'share' ? 'percent' : u))).to.have.length(1);
      expect([chart.scales['x']!.min, chart.scales['x']!.max]).to.deep.equal([
        charts[0]!.scales['x']!.min,
        charts[0]!.scales['x']!.max,
      ]);
    }
  });

  it('labels each baseline and target line at its end, with its own dash pattern', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'participants' });
    const chart = chartOf(el);
    const [, baseline, target] = chart.data.datasets;
    expect((baseline as { borderDash?: number[] }).borderDash).to.not.deep.equal(
      (target as { borderDash?: number[] }).borderDash,
    );
    // The label is drawn: ink just right of the plot, on the target line's height (the element is 640 px wide).
    const end = chart.getDatasetMeta(2).data[1]!;
    const ctx = chart.canvas.getContext('2d')!;
    const ratio = chart.currentDevicePixelRatio;
    const left = chart.chartArea.right + 4;
    const strip = ctx.getImageData(
      Math.round(left * ratio),
      Math.round((end.y - 10) * ratio),
      Math.round(100 * ratio),
      Math.round(18 * ratio),
    ).data;
    let ink = 0;
    for (let i = 0; i < strip.length; i += 4) if (strip[i + 3]! > 0 && strip[i]! < 160) ink++;
    expect(ink, 'a label at the target line’s right end').to.be.greaterThan(30);
  });

  it('keeps the latest readings in sight at 390 and 320 px: the labels inside the plot go where they are not', async () => {
    // Without animation, and without a hovered point: the pixels read are those of the finished drawing.
    await emulateMedia({ reducedMotion: 'reduce' });
    await sendMouse({ type: 'move', position: [0, 0] });
    const el = await chartElement({ plan: jobCourse });
    /** The pixels around each series' latest reading, from the canvas as drawn now. */
    const latestReadings = (chart: Chart) => {
      const ctx = chart.canvas.getContext('2d')!;
      const ratio = chart.currentDevicePixelRatio;
      const side = Math.round(12 * ratio);
      return chart.data.datasets.flatMap((dataset, i) => {
        if ((dataset as { borderDash?: number[] }).borderDash?.length) return []; // a baseline or target line
        const latest = chart.getDatasetMeta(i).data.at(-1)!;
        const pixels = ctx.getImageData(Math.round((latest.x - 6) * ratio), Math.round((latest.y - 6) * ratio), side, side).data;
        return [{ name: dataset.label!, pixels }];
      });
    };
    const hidden: string[] = [];
    try {
      for (const width of [390, 320]) {
        el.style.width = `${width}px`;
        await waitUntil(() => chartsOf(el).every((chart) => chart.width <= width), `the charts did not narrow to ${width} px`);
        await el.updateComplete;
        for (const chart of chartsOf(el)) {
          const labelled = latestReadings(chart);
          // The same drawing without the reference labels: what a label hides is what differs.
          (chart.options.plugins as Record<string, unknown>)['soimpactReferenceLabels'] = false;
          chart.update('none');
          const bare = latestReadings(chart);
          (chart.options.plugins as Record<string, unknown>)['soimpactReferenceLabels'] = {};
          chart.update('none');
          labelled.forEach((reading, k) => {
            if (changedPixels(reading.pixels, bare[k]!.pixels) > 0) hidden.push(`${width} px: ${reading.name}`);
          });
        }
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    expect(hidden).to.deep.equal([]);
  });

  it('does not take a count axis below zero, and thins date labels to fit at 390 px', async () => {
    const el = await chartElement({ plan: planWith(indicator('a', [0, 1, 0, 2, 1, 0, 3, 2, 1, 0, 2, 1])) });
    expect(chartOf(el).scales['y']!.min).to.equal(0);
    el.style.width = '390px';
    const year = planWith(
      indicator(
        'b',
        Array.from({ length: 12 }, (_, i) => i * 10),
      ),
    );
    year.indicators[0]!.measurements = year.indicators[0]!.measurements.map((m, i) => ({
      ...m,
      date: `2025-${String(i + 1).padStart(2, '0')}-15`,
    }));
    el.plan = year;
    await waitUntil(() => chartOf(el).width <= 390, 'the chart did not narrow');
    await el.updateComplete;
    const ticks = chartOf(el).scales['x']!.ticks;
    expect(ticks.length).to.be.within(2, 5);
    expect(ticks.every((t) => new Date(t.value).getUTCDate() === 1)).to.equal(true);
  });

  it('shows Boost Refugee’s five final results as large figures, not a near-empty plot', async () => {
    const el = await chartElement({ plan: boost });
    expect(el.shadowRoot!.querySelectorAll('canvas')).to.have.length(0);
    expect(text(el, '.figure-card .big')).to.equal('534 | 349 | 212 | 46 | 48');
    const big = el.shadowRoot!.querySelector('.big')!;
    expect(parseFloat(getComputedStyle(big).fontSize)).to.be.at.least(2 * parseFloat(getComputedStyle(el).fontSize));
    expect(text(el, '.figure-card')).to.contain('31. aug. 2017 · Sluttresultat');
    expect(text(el, '.status')).to.contain('Data per 31. aug. 2017.');
  });

  it('writes a single reading with its target as «71 av 120 · 59 % av veien»', async () => {
    const el = await chartElement({
      plan: planWith(
        indicator('a', [71], { baseline: { value: 0, date: '2024-12-31' }, target: { value: 120, date: '2027-12-31' } }),
      ),
    });
    expect(text(el, '.big')).to.equal('71');
    expect(text(el, '.figure-card')).to.contain('71 av 120 · 59 % av veien');
    expect(text(el, '.figure-card')).to.contain('Måltall: 120 (31. des. 2027)');
  });

  it('takes label, description, source and notes from attributes, and hides the documents’ line references', async () => {
    const el = await chartElement({ plan: boost });
    expect(text(el, '.source')).to.contain('figur 8');
    expect(text(el, '.source')).to.not.match(/\d{3}:\d+/);
    el.label = 'Resultater for Boost Refugee';
    el.description = 'Sluttresultater august 2017.';
    el.source = 'Oslo kommune';
    el.notes = 'Kontrakter og tilbud er talt hver for seg.';
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Resultater for Boost Refugee');
    expect(text(el, '.subtitle')).to.equal('Sluttresultater august 2017.');
    expect(text(el, '.source')).to.equal('Kilde: Oslo kommune');
    expect(text(el, '.notes')).to.equal('Kontrakter og tilbud er talt hver for seg.');
    expect((await axeViolations(el)).map((v) => v.id)).to.deep.equal([]);
  });

  it('downloads the data as valid, formula-safe CSV', async () => {
    const plan = planWith(indicator('a', [1.5, 2], { name: 'A' }));
    plan.indicators[0]!.measurements[1]!.note = '=HYPERLINK("http://evil")';
    const el = await chartElement({ plan });
    const { name, blob } = await downloadFrom(el, '.download-csv');
    expect(name).to.equal('testplan-data.csv');
    const csv = await blob.text();
    expect(csv).to.contain(`"'=HYPERLINK`);
    const parsed = parseMeasurementsCsv(csv);
    expect(parsed.ok && parsed.value).to.deep.equal([
      { indicator: 'a', date: '2025-01-01', value: 1.5 },
      { indicator: 'a', date: '2025-01-02', value: 2, note: '=HYPERLINK("http://evil")' },
    ]);
  });

  it('downloads the chart as a PNG image', async () => {
    const el = await chartElement({ plan: jobCourse, level: 'outcome' });
    const { name, blob } = await downloadFrom(el, '.download-png');
    expect(name).to.equal('jobbsokerkurs-illustrasjon.png');
    expect(blob.type).to.equal('image/png');
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const image = await createImageBitmap(blob);
    expect(image.width).to.be.greaterThan(600);
    expect(image.height).to.be.greaterThan(3 * 200);
  });

  it('reflows at 390 px without horizontal scrolling', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const el = await chartElement({ plan: jobCourse });
      el.style.width = '';
      await waitUntil(() => chartsOf(el).every((c) => c.width <= 390), 'panels did not fit');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    } finally {
      await setViewport({ width: 1366, height: 768 });
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
