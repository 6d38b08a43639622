import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import {
  $,
  canvases,
  chartOf,
  instrument,
  manyResponses,
  mount,
  profile,
  round1,
  round2,
  round3,
  settle,
} from '../fixtures/profile-helpers.js';
import { aggregateResponses } from '../../src/core/samson/profile.js';

/**
 * ResizeObserver callbacks and media-query change events are delivered in the browser's
 * rendering steps, which Chromium runs only for a page in the foreground. The runner shows one
 * test page at a time (concurrency 1), so the page is visible; if it is not, the test fails and
 * says why rather than passing without having run.
 */
const visible = () =>
  waitUntil(() => document.visibilityState === 'visible', 'the test page never became visible', { timeout: 3000 });
const until = (condition: () => boolean, what: string) =>
  waitUntil(condition, `timed out waiting for ${what}`, { timeout: 3000 });

const instances = () => Object.keys(Chart.instances).length;
const scoresOf = (el: SamsonProfile) =>
  chartOf(el)
    .data.datasets.filter((d) => d.order !== 100)
    .map((d) => d.data);

describe('<samson-profile>: following a scorecard with for=', () => {
  it('follows samson-change events from the element with that id, live, and unbinds when removed', async () => {
    const wrapper = await mount(
      html`<div>
        <div id="card"></div>
        <samson-profile for="card"></samson-profile>
      </div>`,
    );
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
    expect(
      chartOf(el)
        .data.datasets.filter((d) => d.order !== 100)
        .map((d) => d.label),
    ).to.deep.equal(['Tidspunkt 3', 'Tidspunkt 2']);

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

  it('resizes with its container', async () => {
    await visible();
    const wrapper = await mount(html`<div></div>`);
    wrapper.style.width = '900px';
    const el = document.createElement('samson-profile');
    el.responses = [round1];
    wrapper.append(el);
    await settle(el);
    const wide = chartOf(el).width;
    wrapper.style.width = '420px';
    await until(() => chartOf(el).width < wide, 'the chart to narrow');
    const narrow = chartOf(el).width;
    expect(narrow).to.be.lessThan(wide);
    expect(narrow).to.equal(canvases(el)[0]!.parentElement!.clientWidth);
    // Too narrow for the names: the axes are numbered (the list beside names them).
    expect(chartOf(el).data.labels).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('leaves Chart.defaults and the global plugin registry alone', async () => {
    const defaults = JSON.stringify({
      color: Chart.defaults.color,
      font: Chart.defaults.font,
      borderColor: Chart.defaults.borderColor,
      animation: Chart.defaults.animation,
      responsive: Chart.defaults.responsive,
    });
    const el = await profile([round1, round2, round3]);
    expect(
      JSON.stringify({
        color: Chart.defaults.color,
        font: Chart.defaults.font,
        borderColor: Chart.defaults.borderColor,
        animation: Chart.defaults.animation,
        responsive: Chart.defaults.responsive,
      }),
    ).to.equal(defaults);
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

  it('re-reads its colours when the colour scheme changes', async () => {
    await visible();
    const el = await profile([round1]);
    const light = String(chartOf(el).options.scales!['r']!.ticks!.color);
    const lightLine = String(chartOf(el).data.datasets[1]!.borderColor);
    // The elements follow the page's declared colour scheme: this page allows dark.
    document.documentElement.style.colorScheme = 'light dark';
    try {
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await until(() => String(chartOf(el).options.scales!['r']!.ticks!.color) !== light, 'the dark tick colour');
      const dark = String(chartOf(el).options.scales!['r']!.ticks!.color);
      expect(dark).to.not.equal(light);
      expect(String(chartOf(el).data.datasets[1]!.borderColor)).to.not.equal(lightLine);
      expect(String(chartOf(el).data.datasets[1]!.borderColor)).to.equal('rgb(125, 179, 240)'); // the dark accent token
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
    }
  });

  it('takes its colours from custom properties, per instance', async () => {
    const wrapper = await mount(
      html`<div>
        <samson-profile class="a"></samson-profile>
        <samson-profile class="b"></samson-profile>
      </div>`,
    );
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

describe('<samson-profile>: many responses', () => {
  // How long these take is measured by npm run bench:timings (bench/timings/).
  it('draws three rounds and the importance as four datasets', async () => {
    const el = await profile([round1, round2, round3]);
    expect(chartOf(el).data.datasets).to.have.length(4);
  });

  it('shows 1,000 responses as one mean profile, and toggles its table', async () => {
    const many = manyResponses(1000);
    const el = document.createElement('samson-profile');
    el.aggregate = true;
    const host = await mount(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    el.responses = many;
    await el.updateComplete;
    expect(chartOf(el).data.datasets[1]!.data).to.deep.equal(aggregateResponses(instrument, many).fields.map((f) => f.score));
    const toggle = $(el, '[part~="toggle"]')!;
    const expanded = toggle.getAttribute('aria-expanded');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.not.equal(expanded);
  });
});
