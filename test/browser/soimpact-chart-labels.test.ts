// A phone-wide <soimpact-chart> writes its reference lines' labels («Mål 2025: 45 dager») inside
// the plot; they must leave the line of readings and its points in sight, in every language
// (the labels have other lengths) and at every width a page gives the element. A label that
// finds no clear spot stands in the key under the chart instead: every label is to be read
// on the plot or in the key, never in both.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import { animator, type Chart, type ChartDataset } from 'chart.js';
import { loadDemoPlan } from '../../src/content/soimpact/index.js';
import { followDocumentLanguage, getLocale } from '../../src/i18n/locale.js';
import { datasetInfo, datasetKind } from '../../src/elements/soimpact-chart/chart-config.js';
import type { Box } from '../../src/elements/soimpact-chart/label-placement.js';
import { drawnReferenceLabels } from '../../src/elements/soimpact-chart/reference-labels.js';
import { axeViolations, chartElement, chartsOf, type SoimpactChart } from '../fixtures/soimpact-chart-helpers.js';
import { emulatePrint } from '../fixtures/print-media.js';

/** The texts in the key under `canvas`, in order, as a reader sees them (none while the key is hidden). */
function keyedReferenceLabels(canvas: HTMLCanvasElement): string[] {
  const list = canvas.closest('.panel')?.querySelector<HTMLElement>('.reference-key');
  if (!list || list.hidden) return [];
  return [...list.querySelectorAll('.key-text')].map((text) => text.textContent!.trim());
}

type P = { x: number; y: number };

/** How close a label's box may come to the edge of a drawn line or point: its text's halo is inside the box. */
const MARGIN = 2;

function distanceToSegment(p: P, a: P, b: P): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function distanceToBox(p: P, box: Box): number {
  return Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));
}

/** How far a segment comes to a box: 0 when it passes through it. */
function segmentToBox(a: P, b: P, box: Box): number {
  const inside = (p: P) => distanceToBox(p, box) === 0;
  // Sampled finely enough (a tenth of a pixel) for a crossing never to be missed between samples.
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) * 10));
  for (let s = 0; s <= steps; s++) {
    const p = { x: a.x + ((b.x - a.x) * s) / steps, y: a.y + ((b.y - a.y) * s) / steps };
    if (inside(p)) return 0;
  }
  const corners = [
    { x: box.left, y: box.top },
    { x: box.right, y: box.top },
    { x: box.left, y: box.bottom },
    { x: box.right, y: box.bottom },
  ];
  return Math.min(distanceToBox(a, box), distanceToBox(b, box), ...corners.map((c) => distanceToSegment(c, a, b)));
}

/** Each label that comes nearer than MARGIN to a series' line or points, worked out from the chart's scales. */
function labelsOnTheLine(chart: Chart): string[] {
  const x = chart.scales['x']!;
  const y = chart.scales['y']!;
  const labels = drawnReferenceLabels(chart);
  const problems: string[] = [];
  chart.data.datasets.forEach((dataset, i) => {
    if (datasetKind(dataset) !== 'series' || !chart.isDatasetVisible(i)) return;
    const line = (dataset.borderWidth as number) / 2;
    const point = ((dataset as ChartDataset<'line'>).pointRadius as number) + 1;
    const points = (dataset.data as P[]).map((d) => ({ x: x.getPixelForValue(d.x), y: y.getPixelForValue(d.y) }));
    for (const { text, box } of labels) {
      let nearest = Infinity;
      points.forEach((p, k) => {
        if (k > 0) nearest = Math.min(nearest, segmentToBox(points[k - 1]!, p, box) - line);
        nearest = Math.min(nearest, distanceToBox(p, box) - point);
      });
      if (nearest < MARGIN) problems.push(`«${text}» ${nearest.toFixed(1)} px from ${dataset.label}`);
    }
  });
  return problems;
}

const image = (chart: Chart) => chart.canvas.getContext('2d')!.getImageData(0, 0, chart.canvas.width, chart.canvas.height).data;

/** How many canvas pixels the labels paint over that the series paint too: drawn with and without each. */
function pixelsOnTheLine(chart: Chart): number {
  const plugins = chart.options.plugins as Record<string, unknown>;
  const labelled = image(chart);
  plugins['soimpactReferenceLabels'] = false;
  chart.update('none');
  const bare = image(chart);
  // Hidden by colour, not by visibility: a hidden dataset would change the y axis.
  const series = chart.data.datasets.filter((dataset) => datasetKind(dataset) === 'series') as Array<ChartDataset<'line'>>;
  const kept = series.map((d) => ({ borderColor: d.borderColor, pointRadius: d.pointRadius }));
  for (const d of series) Object.assign(d, { borderColor: 'rgba(0,0,0,0)', pointRadius: 0 });
  chart.update('none');
  const withoutSeries = image(chart);
  series.forEach((d, k) => Object.assign(d, kept[k]));
  plugins['soimpactReferenceLabels'] = {};
  chart.update('none');
  let both = 0;
  for (let i = 0; i < labelled.length; i += 4) {
    const label = [0, 1, 2, 3].some((c) => labelled[i + c] !== bare[i + c]);
    const line = [0, 1, 2, 3].some((c) => bare[i + c] !== withoutSeries[i + c]);
    if (label && line) both++;
  }
  return both;
}

async function atWidth(el: SoimpactChart, width: number): Promise<void> {
  await setViewport({ width, height: 900 });
  await waitUntil(
    () => chartsOf(el).every((chart) => chart.width === Math.floor(el.getBoundingClientRect().width)),
    `the charts did not fit ${width} px`,
  );
  await el.updateComplete;
}

describe('<soimpact-chart> reference labels', () => {
  before(async () => {
    followDocumentLanguage();
    // Without animation and without a hovered point: the pixels read are those of the finished drawing.
    await emulateMedia({ reducedMotion: 'reduce' });
    await sendMouse({ type: 'move', position: [0, 0] });
  });
  after(async () => {
    document.documentElement.lang = 'nb';
    await waitUntil(() => getLocale() === 'nb');
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 1366, height: 768 });
  });

  for (const lang of ['nb', 'nn', 'da', 'en'] as const) {
    it(`never covers the line of readings or its points, and shows every label, at 320, 390, 1366 px (${lang})`, async function () {
      this.timeout(30_000);
      document.documentElement.lang = lang;
      await waitUntil(() => getLocale() === lang, `locale ${lang}`);
      const el = await chartElement({ plan: await loadDemoPlan('job-course', lang) });
      el.style.width = '';
      const covered: string[] = [];
      const painted: string[] = [];
      const unseen: string[] = [];
      for (const width of [320, 390, 1366]) {
        await atWidth(el, width);
        const charts = chartsOf(el);
        expect(charts.length, 'the days panel, the panel of three shares and the single-series panels').to.equal(4);
        expect(
          charts.some((chart) => chart.data.datasets.filter((d) => datasetKind(d) === 'series').length === 3),
          'the panel of three shares',
        ).to.equal(true);
        for (const chart of charts) {
          const labels = chart.data.datasets.flatMap((d) => datasetInfo(d)?.endLabel ?? []);
          expect(labels.length, 'the demo panels have reference labels').to.be.greaterThan(0);
          const drawn = drawnReferenceLabels(chart).map((label) => label.text);
          const keyed = keyedReferenceLabels(chart.canvas);
          const key = chart.canvas.closest('.panel')!.querySelector<HTMLElement>('.reference-key')!;
          // Seen: the key is laid out (not hidden, not of no size) wherever it has a label.
          if (keyed.length && !(key.getBoundingClientRect().height > 0)) unseen.push(`${width} px: the key is not shown`);
          const shown = [...drawn, ...keyed].sort();
          if (JSON.stringify(shown) !== JSON.stringify([...labels].sort()))
            unseen.push(
              `${width} px: drawn ${JSON.stringify(drawn)}, in the key ${JSON.stringify(keyed)}, of ${JSON.stringify(labels)}`,
            );
          // Wide, every label stands right of the plot, as before.
          if (width >= 640 && keyed.length) unseen.push(`${width} px: in the key ${JSON.stringify(keyed)}`);
          covered.push(...labelsOnTheLine(chart).map((problem) => `${width} px: ${problem}`));
          const pixels = pixelsOnTheLine(chart);
          if (pixels) painted.push(`${width} px, ${chart.data.datasets[0]!.label}: ${pixels} pixels`);
        }
      }
      expect(unseen).to.deep.equal([]);
      expect(covered).to.deep.equal([]);
      expect(painted).to.deep.equal([]);
    });
  }

  it('writes the labels that had no room on the plot in a key under it: text, within 320 px, axe clean in light and dark', async function () {
    this.timeout(30_000);
    document.documentElement.lang = 'nb';
    await waitUntil(() => getLocale() === 'nb', 'locale nb');
    const el = await chartElement({ plan: await loadDemoPlan('job-course', 'nb') });
    el.style.width = '';
    await atWidth(el, 320);
    const shares = chartsOf(el).find((chart) => chart.data.datasets.filter((d) => datasetKind(d) === 'series').length === 3)!;
    const key = shares.canvas.closest('.panel')!.querySelector<HTMLElement>('.reference-key')!;
    const keyed = keyedReferenceLabels(shares.canvas);
    expect(keyed.length, 'labels of the panel of three shares in its key').to.be.greaterThan(0);
    // Read out with whose line it is: the swatch's colour says that only on screen.
    expect(key.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Andel .+ – (Nullpunkt|Mål 2025): \d+ %$/,
    );
    expect(key.scrollWidth, 'the key reflows within 320 px').to.be.at.most(key.clientWidth);
    expect(key.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect((await axeViolations(el)).map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    const light = getComputedStyle(key).color;
    document.documentElement.style.colorScheme = 'light dark';
    // Puppeteer replaces every emulated media feature at once: without reducedMotion here the
    // charts would animate again, and the key be read before the drawing is finished.
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      await waitUntil(() => getComputedStyle(key).color !== light, 'the key kept its light colours');
      expect(keyedReferenceLabels(shares.canvas)).to.deep.equal(keyed);
      expect((await axeViolations(el)).map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  it('keeps the same labels in the key while the lines animate into a new colour scheme', async function () {
    this.timeout(30_000);
    document.documentElement.lang = 'nb';
    await waitUntil(() => getLocale() === 'nb', 'locale nb');
    const el = await chartElement({ plan: await loadDemoPlan('job-course', 'nb') });
    el.style.width = '';
    await atWidth(el, 320);
    const shares = chartsOf(el).find((chart) => chart.data.datasets.filter((d) => datasetKind(d) === 'series').length === 3)!;
    const key = shares.canvas.closest('.panel')!.querySelector<HTMLElement>('.reference-key')!;
    const keyed = keyedReferenceLabels(shares.canvas);
    expect(keyed.length, 'labels of the panel of three shares in its key').to.be.greaterThan(0);
    // Every state the key passes through, frame by frame.
    const seen: string[][] = [];
    const observer = new MutationObserver(() => seen.push(keyedReferenceLabels(shares.canvas)));
    observer.observe(key, { childList: true, subtree: true, characterData: true, attributes: true });
    // Heard after the element's own listener (made earlier), so after its redraw.
    const dark = matchMedia('(prefers-color-scheme: dark)');
    let animated = false;
    const redrawn = new Promise<void>((resolve) =>
      dark.addEventListener('change', function onChange() {
        if (!dark.matches) return;
        dark.removeEventListener('change', onChange);
        animated = animator.running(shares);
        resolve();
      }),
    );
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'no-preference' });
    try {
      await redrawn;
      expect(animated, 'the redraw in dark is animated: what this test is about').to.equal(true);
      await waitUntil(() => !animator.running(shares), 'the lines never came to rest', { timeout: 5000 });
      expect(seen.filter((labels) => JSON.stringify(labels) !== JSON.stringify(keyed))).to.deep.equal([]);
      expect(keyedReferenceLabels(shares.canvas)).to.deep.equal(keyed);
    } finally {
      observer.disconnect();
      document.documentElement.style.removeProperty('color-scheme');
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  for (const [lang, caption, prefix] of [
    ['nb', 'Nullpunkt og mål i diagrammet', /^Andel .+ – /],
    ['en', 'Baselines and targets in the chart', /^Share .+ – /],
  ] as const) {
    it(`names the key by a caption a reader sees and a screen reader announces, also on paper (${lang})`, async function () {
      this.timeout(30_000);
      document.documentElement.lang = lang;
      await waitUntil(() => getLocale() === lang, `locale ${lang}`);
      const el = await chartElement({ plan: await loadDemoPlan('job-course', lang) });
      el.style.width = '';
      await atWidth(el, 320);
      const shares = chartsOf(el).find((chart) => chart.data.datasets.filter((d) => datasetKind(d) === 'series').length === 3)!;
      const key = shares.canvas.closest('.panel')!.querySelector<HTMLElement>('.reference-key')!;
      expect(keyedReferenceLabels(shares.canvas).length, 'labels in the key').to.be.greaterThan(0);
      expect(key.tagName).to.equal('UL');
      const id = key.getAttribute('aria-labelledby');
      expect(id, 'the list is named').to.be.a('string');
      const name = el.shadowRoot!.getElementById(id!)!;
      await waitUntil(() => name.textContent!.trim() === caption, `the caption in ${lang}: ${name.textContent}`);
      expect(name.getBoundingClientRect().height, 'the caption is seen').to.be.greaterThan(0);
      expect(
        name.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING,
        'the caption is above the list',
      ).to.be.greaterThan(0);
      expect(key.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(prefix);
      expect((await axeViolations(el)).map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      await emulatePrint(() => {
        expect(name.getBoundingClientRect().height, 'the caption on paper').to.be.greaterThan(0);
        expect(key.getBoundingClientRect().height, 'the key on paper').to.be.greaterThan(0);
      });
      // A panel whose labels all stand on the plot has no key, and no caption over nothing.
      await atWidth(el, 1366);
      await waitUntil(() => key.hidden, 'the key emptied at 1366 px');
      expect(name.getBoundingClientRect().height, 'no caption without a key').to.equal(0);
    });
  }
});
