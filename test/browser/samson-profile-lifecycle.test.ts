import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { seriesLook } from '../../src/elements/samson-profile/series-style.js';
import { Chart } from 'chart.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import { radarConfig, type ChartTheme } from '../../src/elements/samson-profile/chart.js';
import { registerRadarCharts } from '../../src/charts/register.js';
import { $, canvases, chartOf, instrument, makeResponse, mount, profile, round1, round2, round3, settle } from '../fixtures/profile-helpers.js';
import { aggregateResponses } from '../../src/core/samson/profile.js';

/**
 * ResizeObserver callbacks and media-query change events are delivered in the browser's
 * rendering steps, which Chromium does not run for a page in the background — and with two
 * test files at once, one page is. Such a test waits for its page to come to the front, and
 * is skipped (not failed) if it does not; run the file alone to be sure it runs.
 */
async function visible(timeout = 3000): Promise<boolean> {
  const start = performance.now();
  while (document.visibilityState !== 'visible' && performance.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return document.visibilityState === 'visible';
}

async function until(condition: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeout) await new Promise((r) => setTimeout(r, 20));
}

const instances = () => Object.keys(Chart.instances).length;
const scoresOf = (el: SamsonProfile) => chartOf(el).data.datasets.filter((d) => d.order !== 100).map((d) => d.data);

describe('<samson-profile>: following a scorecard with for=', () => {
  it('follows samson-change events from the element with that id, live, and unbinds when removed', async () => {
    const wrapper = await mount(html`<div>
      <div id="card"></div>
      <samson-profile for="card"></samson-profile>
    </div>`);
    const el = wrapper.querySelector('samson-profile')!;
    const card = wrapper.querySelector('#card')!;
    await settle(el);
    expect($(el, '[part="empty"]') !== null).to.equal(true);

    const send = (response: unknown) =>
      card.dispatchEvent(new CustomEvent('samson-change', { detail: { response, scores: {} }, bubbles: true, composed: true }));
    send(round1);
    await settle(el);
    expect(scoresOf(el)).to.deep.equal([scoreResponse(instrument, round1).fields.map((f) => f.score)]);
    send(round2);
    await settle(el);
    expect(scoresOf(el)).to.deep.equal([scoreResponse(instrument, round2).fields.map((f) => f.score)]);

    // Earlier rounds in `responses` come first; the live one is drawn as the latest.
    el.responses = [round3];
    await settle(el);
    expect(chartOf(el).data.datasets.filter((d) => d.order !== 100).map((d) => d.label)).to.deep.equal([
      'Tidspunkt 3',
      'Tidspunkt 2',
    ]);

    // Removed: no chart, and events no longer reach it.
    const canvas = canvases(el)[0]!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    send(round1);
    wrapper.append(el);
    await settle(el);
    // Re-attached: bound again, still showing what it had, and following new events.
    expect(scoresOf(el)[1]).to.deep.equal(scoreResponse(instrument, round2).fields.map((f) => f.score));
    send(round1);
    await settle(el);
    expect(scoresOf(el)[1]).to.deep.equal(scoreResponse(instrument, round1).fields.map((f) => f.score));
  });

  it('finds its scorecard inside the same shadow root, and a scorecard that appears later', async () => {
    const host = await mount(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('samson-profile');
    el.setAttribute('for', 'inner');
    root.append(el);
    const card = document.createElement('div');
    card.id = 'inner';
    root.append(card);
    await settle(el);
    card.dispatchEvent(new CustomEvent('samson-change', { detail: { response: round1 } }));
    await settle(el);
    expect(scoresOf(el)).to.have.length(1);
    // A response that is not valid is reported, not drawn, and does not throw.
    let problems = 0;
    el.addEventListener('samson-error', () => problems++);
    card.dispatchEvent(new CustomEvent('samson-change', { detail: { response: { format: 'samson-response@1' } } }));
    await settle(el);
    expect(problems).to.equal(1);
    expect($(el, '[part="error"]')!.textContent).to.contain('#inner');
  });

  it('reads the current response of a scorecard that has one when it binds', async () => {
    const card = document.createElement('div') as HTMLDivElement & { response?: unknown };
    card.id = 'with-response';
    card.response = round2;
    const wrapper = await mount(html`<div></div>`);
    wrapper.append(card);
    const el = document.createElement('samson-profile');
    el.setAttribute('for', 'with-response');
    wrapper.append(el);
    await settle(el);
    expect(scoresOf(el)).to.deep.equal([scoreResponse(instrument, round2).fields.map((f) => f.score)]);
  });
});

describe('<samson-profile>: chart lifecycle', () => {
  it('destroys its chart when removed and draws a new one when re-attached, without leaking', async () => {
    const before = instances();
    const el = await profile([round1, round2]);
    const parent = el.parentElement!;
    expect(instances()).to.equal(before + 1);
    const canvas = canvases(el)[0]!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(instances()).to.equal(before);
    for (let i = 0; i < 5; i++) {
      parent.append(el);
      await settle(el);
      expect(Chart.getChart(canvas) !== undefined).to.equal(true);
      expect(scoresOf(el)).to.have.length(2);
      el.remove();
    }
    expect(instances()).to.equal(before);
    parent.append(el);
    await settle(el);
    expect(instances()).to.equal(before + 1);
    // Side by side, then back: charts for removed canvases are destroyed too.
    el.compare = 'side-by-side';
    await settle(el);
    expect(instances()).to.equal(before + 2);
    el.compare = 'overlay';
    await settle(el);
    expect(instances()).to.equal(before + 1);
    el.remove();
    expect(instances()).to.equal(before);
  });

  it('resizes with its container', async function () {
    if (!(await visible())) return this.skip();
    const wrapper = await mount(html`<div></div>`);
    wrapper.style.width = '900px';
    const el = document.createElement('samson-profile');
    el.responses = [round1];
    wrapper.append(el);
    await settle(el);
    const wide = chartOf(el).width;
    wrapper.style.width = '420px';
    await until(() => chartOf(el).width < wide);
    const narrow = chartOf(el).width;
    expect(narrow).to.be.lessThan(wide);
    expect(narrow).to.equal(canvases(el)[0]!.parentElement!.clientWidth);
    // Too narrow for the names: the axes are numbered (the list beside names them).
    expect(chartOf(el).data.labels).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('leaves Chart.defaults and the global plugin registry alone', async () => {
    const defaults = JSON.stringify({ color: Chart.defaults.color, font: Chart.defaults.font, borderColor: Chart.defaults.borderColor, animation: Chart.defaults.animation, responsive: Chart.defaults.responsive });
    const el = await profile([round1, round2, round3]);
    expect(JSON.stringify({ color: Chart.defaults.color, font: Chart.defaults.font, borderColor: Chart.defaults.borderColor, animation: Chart.defaults.animation, responsive: Chart.defaults.responsive })).to.equal(defaults);
    // Tooltip and Filler must be registered (src/charts/register.ts: an inline Tooltip gets
    // no defaults and never draws); nothing else — no legend, no title.
    const registry = Chart.registry as unknown as { plugins: { items: Record<string, unknown> } };
    expect(Object.keys(registry.plugins.items).sort()).to.deep.equal(['filler', 'tooltip']);
    const chart = chartOf(el);
    expect(chart.options.plugins!.legend!.display).to.equal(false);
  });
});

describe('<samson-profile>: media, print and export', () => {
  afterEach(async () => emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' }));

  it('does not animate under prefers-reduced-motion, and does otherwise', async () => {
    let el = await profile([round1]);
    expect(chartOf(el).options.animation).to.equal(false);
    el.remove();
    el = await profile([round1], { animate: true });
    expect(chartOf(el).options.animation).to.not.equal(false);
    el.remove();
  });

  it('re-reads its colours when the colour scheme changes', async function () {
    if (!(await visible())) return this.skip();
    const el = await profile([round1]);
    const light = String(chartOf(el).options.scales!['r']!.ticks!.color);
    const lightLine = String(chartOf(el).data.datasets[1]!.borderColor);
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await until(() => String(chartOf(el).options.scales!['r']!.ticks!.color) !== light);
    const dark = String(chartOf(el).options.scales!['r']!.ticks!.color);
    expect(dark).to.not.equal(light);
    expect(String(chartOf(el).data.datasets[1]!.borderColor)).to.not.equal(lightLine);
    expect(String(chartOf(el).data.datasets[1]!.borderColor)).to.equal('rgb(125, 179, 240)'); // the dark accent token
  });

  it('takes its colours from custom properties, per instance', async () => {
    const wrapper = await mount(html`<div>
      <samson-profile class="a"></samson-profile>
      <samson-profile class="b"></samson-profile>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('samson-profile')] as SamsonProfile[];
    b!.style.setProperty('--se-series-1', 'rgb(200, 0, 0)');
    b!.style.setProperty('--se-color-importance', 'rgb(10, 20, 30)');
    a!.responses = [round1];
    b!.responses = [round1];
    await settle(a!);
    await settle(b!);
    expect(String(chartOf(a!).data.datasets[1]!.borderColor)).to.equal('rgb(31, 95, 168)');
    expect(String(chartOf(b!).data.datasets[1]!.borderColor)).to.equal('rgb(200, 0, 0)');
    expect(String(chartOf(b!).data.datasets[0]!.borderColor)).to.equal('rgb(10, 20, 30)');
  });

  it('draws at print resolution for printing, and back at screen resolution afterwards', async () => {
    const el = await profile([round1]);
    const chart = chartOf(el);
    const screen = chart.currentDevicePixelRatio;
    const width = chart.canvas.width;
    window.dispatchEvent(new Event('beforeprint'));
    expect(chart.currentDevicePixelRatio).to.equal(3);
    expect(chart.canvas.width).to.equal(Math.floor(chart.width * 3));
    window.dispatchEvent(new Event('afterprint'));
    expect(chart.currentDevicePixelRatio).to.equal(screen);
    expect(chart.canvas.width).to.equal(width);
  });

  it('exports a PNG', async () => {
    const el = await profile([round1, round2], { compare: 'side-by-side' });
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const bytes = [...new Uint8Array(await blob.arrayBuffer()).slice(0, 8)];
    expect(bytes).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await createImageBitmap(blob);
    expect(image.width).to.be.greaterThan(2 * canvases(el)[0]!.clientWidth);
    // The charts are back at screen resolution.
    expect(chartOf(el).currentDevicePixelRatio).to.equal(window.devicePixelRatio);
  });
});

describe('<samson-profile>: performance', () => {
  it('draws three datasets within one frame, and measures the whole element', async () => {
    registerRadarCharts();
    const theme: ChartTheme = {
      text: '#000', muted: '#444', grid: '#ccc', background: '#fff', importance: '#999', importanceFill: 'rgba(153,153,153,.5)',
      series: ['#1f5fa8', '#b34d0b', '#6b3fa0', '#1e7b34'], seriesFill: ['transparent'], fontFamily: 'sans-serif', fontSize: 16,
    };
    const scored = [round1, round2, round3].map((r) => scoreResponse(instrument, r));
    const host = await mount(html`<div></div>`);
    host.style.width = '600px';
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const canvas = document.createElement('canvas');
      canvas.width = 600;
      canvas.height = 416;
      host.append(canvas);
      const t0 = performance.now();
      const chart = new Chart(
        canvas,
        radarConfig({
          labels: instrument.fields.map((f) => f.name),
          titles: instrument.fields.map((f) => f.name),
          series: scored.map((s, index) => ({ label: `R${index}`, look: seriesLook(index === 2 ? 'current' : 'earlier', index, 3), order: index, scores: s.fields.map((f) => f.score) })),
          importance: scored[2]!.fields.map((f) => f.importance),
          importanceLabel: 'Viktighet',
          theme,
          animate: false,
          format: String,
        }),
      );
      times.push(performance.now() - t0);
      chart.destroy();
      canvas.remove();
    }
    const first = times[0]!;
    const best = Math.min(...times);
    const median = [...times].sort((a, b) => a - b)[5]!;

    const element: number[] = [];
    for (let i = 0; i < 5; i++) {
      const el = document.createElement('samson-profile');
      const t0 = performance.now();
      el.responses = [round1, round2, round3];
      host.append(el);
      await el.updateComplete;
      element.push(performance.now() - t0);
      expect(chartOf(el).data.datasets).to.have.length(4);
      el.remove();
    }
    console.log(
      `[samson-profile perf] new Chart(3 datasets + importance), animation off: first ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms, best ${best.toFixed(1)} ms; ` +
        `element (validate, score, render, draw) first ${element[0]!.toFixed(1)} ms, then ${element.slice(1).map((t) => t.toFixed(1)).join(', ')} ms`,
    );
    expect(median).to.be.lessThan(16.7);
  });

  it('aggregates 1,000 responses in ≤ 50 ms, and shows them as one mean profile', async () => {
    const many = Array.from({ length: 1000 }, (_, k) =>
      makeResponse(`R${k}`, (f, s) => (((f * 7 + s * 3 + k) % 6) === 5 ? 'not-relevant' : ((((f + s * k) % 5) + 1) as 1)), [
        (k % 5) + 1,
        ((k + 1) % 5) + 1,
        ((k + 2) % 5) + 1,
        ((k + 3) % 5) + 1,
      ]),
    );
    aggregateResponses(instrument, many.slice(0, 50));
    const core: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      aggregateResponses(instrument, many);
      core.push(performance.now() - t0);
    }
    const el = document.createElement('samson-profile');
    el.aggregate = true;
    const host = await mount(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    const t0 = performance.now();
    el.responses = many;
    await el.updateComplete;
    const whole = performance.now() - t0;
    expect(chartOf(el).data.datasets[1]!.data).to.deep.equal(aggregateResponses(instrument, many).fields.map((f) => f.score));
    const t1 = performance.now();
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    const toggle = performance.now() - t1;
    console.log(
      `[samson-profile perf] aggregateResponses × 1000 in Chromium: ${core.map((t) => t.toFixed(1)).join(', ')} ms; ` +
        `element with 1000 responses (parse all, aggregate, draw): ${whole.toFixed(1)} ms; table toggle afterwards: ${toggle.toFixed(1)} ms`,
    );
    expect(Math.min(...core)).to.be.at.most(50);
    expect(toggle).to.be.lessThan(whole);
  });
});
