// The PNG an entrepreneur downloads stands on its own in a report or on another site: a reader
// of the image alone must be able to tell its lines apart, so it carries each panel's legend
// under the plot, in the lines' colours, and wraps it at a phone's width.
import { expect } from '@open-wc/testing';
import { readCanvasTheme } from '../../src/charts/theme.js';
import { colourProbe } from '../../src/styles/resolve-colour.js';
import { until } from '../fixtures/wait.js';
import { chartElement, chartOf, indicator, planWith, type SoimpactChart } from '../fixtures/soimpact-chart-helpers.js';

/** composePng's padding, and the pixel ratio toPng draws at. */
const PAD = 16;
const RATIO = 2;

interface Image {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

async function pngOf(el: SoimpactChart): Promise<Image> {
  const blob = await el.toPng();
  if (!blob) throw new Error('no PNG');
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return { data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data, width: bitmap.width, height: bitmap.height };
}

function rgb(colour: string): [number, number, number] {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!m) throw new Error(`not an rgb() colour: ${colour}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function matches(image: Image, x: number, y: number, [r, g, b]: [number, number, number]): boolean {
  const i = (y * image.width + x) * 4;
  return Math.abs(image.data[i]! - r) <= 10 && Math.abs(image.data[i + 1]! - g) <= 10 && Math.abs(image.data[i + 2]! - b) <= 10;
}

/** The device-pixel row where the panel's canvas ends in the image at the latest (its top is under the title and heading). */
function belowCanvas(el: SoimpactChart, image: Image): number {
  const canvas = chartOf(el).canvas;
  const inner = image.width / RATIO - 2 * PAD;
  return Math.round((PAD + (canvas.height * inner) / canvas.width) * RATIO);
}

/**
 * Bands of rows (first row of each) below `from` where a line sample of `colour` starts at the
 * legend's left edge: solid from 2 to 10 px of its 32 px swatch, as thick as a series' line (3 px).
 * No text is that solid, and the plot's lines start right of the y axis.
 */
function samplesAtLeft(image: Image, colour: string, from: number): number[] {
  const c = rgb(colour);
  const bands: number[] = [];
  let run = 0;
  for (let y = from; y < image.height; y++) {
    let solid = true;
    for (let x = (PAD + 2) * RATIO; x <= (PAD + 10) * RATIO && solid; x++) solid = matches(image, x, y, c);
    run = solid ? run + 1 : 0;
    if (run === 4) bands.push(y - 3);
  }
  return bands;
}

/** Whether a horizontal run of `colour` at least `length` device pixels long is in rows `top`..`bottom`. */
function runInRows(image: Image, colour: string, top: number, bottom: number, length: number): boolean {
  const c = rgb(colour);
  for (let y = top; y <= bottom; y++) {
    let run = 0;
    for (let x = 0; x < image.width; x++) {
      run = matches(image, x, y, c) ? run + 1 : 0;
      if (run >= length) return true;
    }
  }
  return false;
}

function pixelsInRows(image: Image, colour: string, top: number, bottom: number): number {
  const c = rgb(colour);
  let n = 0;
  for (let y = top; y <= bottom; y++) for (let x = 0; x < image.width; x++) if (matches(image, x, y, c)) n++;
  return n;
}

const reference = {
  baseline: { date: '2024-12-31', value: 1 },
  target: { date: '2025-12-31', value: 30 },
};

describe('<soimpact-chart> PNG legend', () => {
  it('draws each series in its colour and point, and the reference patterns, under the plot', async function () {
    this.timeout(20_000);
    const el = await chartElement({
      plan: planWith(
        indicator('a', [2, 5, 9, 14], { name: 'Deltakere', ...reference }),
        indicator('b', [1, 3, 4, 8], { name: 'Fullført' }),
        indicator('c', [0, 1, 2, 6], { name: 'I jobb' }),
      ),
    });
    const theme = readCanvasTheme(el, colourProbe(el.shadowRoot!));
    const image = await pngOf(el);
    const from = belowCanvas(el, image);
    const [first] = samplesAtLeft(image, theme.series[0]!, from);
    expect(first, 'the first series’ line sample at the left, under the plot').to.be.a('number');
    // One row at 640 px: the other series' samples and the reference patterns beside it.
    const top = first! - 8;
    const bottom = first! + 14;
    expect(runInRows(image, theme.series[1]!, top, bottom, 16), 'the second series’ sample').to.equal(true);
    expect(runInRows(image, theme.series[2]!, top, bottom, 16), 'the third series’ sample').to.equal(true);
    expect(pixelsInRows(image, theme.muted, top, bottom), 'the baseline and target patterns').to.be.greaterThan(20);
  });

  it('wraps the legend onto a row per series in a 320 px export, each inside the picture', async function () {
    this.timeout(20_000);
    const long = (name: string) => `${name} etter tre måneder`;
    const el = await chartElement({
      plan: planWith(
        indicator('a', [2, 5, 9, 14], { name: long('Andel i jobb'), ...reference }),
        indicator('b', [1, 3, 4, 8], { name: long('Andel i utdanning') }),
        indicator('c', [0, 1, 2, 6], { name: long('Andel i tiltak') }),
      ),
    });
    el.style.width = '1200px';
    await until(() => chartOf(el).width >= 1100, 'the chart to widen to 1200 px');
    await el.updateComplete;
    const wide = await pngOf(el);
    const wideFrom = belowCanvas(el, wide);
    el.style.width = '320px';
    await until(() => chartOf(el).width <= 320, 'the chart to narrow to 320 px');
    await el.updateComplete;
    const theme = readCanvasTheme(el, colourProbe(el.shadowRoot!));
    const image = await pngOf(el);
    const from = belowCanvas(el, image);
    const rows = theme.series.slice(0, 3).map((colour) => samplesAtLeft(image, colour, from)[0]);
    expect(
      rows.every((y) => typeof y === 'number'),
      `every series' sample at the left edge: ${rows}`,
    ).to.equal(true);
    expect(rows[1]!, 'the second series on a row under the first').to.be.greaterThan(rows[0]! + 14 * RATIO);
    expect(rows[2]!, 'the third under the second').to.be.greaterThan(rows[1]! + 14 * RATIO);
    // 1200 px wide, the three share a row or two: the narrow one's legend is taller.
    const wideRows = new Set(theme.series.slice(0, 3).map((colour) => samplesAtLeft(wide, colour, wideFrom)[0]));
    expect(wideRows.size, 'fewer rows at 1200 px').to.be.lessThan(3);
    // Nothing of the legend's text past the right padding.
    const background = theme.background;
    const right = image.width - PAD * RATIO + 2;
    let past = 0;
    for (let y = rows[0]! - 10; y < rows[2]! + 20; y++)
      for (let x = right; x < image.width; x++) if (!matches(image, x, y, rgb(background))) past++;
    expect(past, 'pixels right of the padding beside the legend').to.equal(0);
  });
});

describe('<soimpact-chart> legend on screen at 320 px', () => {
  it('wraps a long name with the plot’s margin at the right, never to the edge', async () => {
    const el = await chartElement({
      plan: planWith(
        indicator('a', [2, 5, 9, 14], {
          name: 'Hvor trygge deltakerne føler seg i en jobbintervjusituasjon (1–5)',
          ...reference,
        }),
      ),
    });
    el.style.width = '320px';
    await until(() => chartOf(el).width <= 320, 'the chart to narrow to 320 px');
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.legend-list li')];
    const name = items[0]!.querySelector('span')!;
    const range = document.createRange();
    range.selectNodeContents(name);
    const lines = [...range.getClientRects()];
    expect(new Set(lines.map((r) => Math.round(r.top))).size, 'the name wraps').to.be.greaterThan(1);
    for (const item of items) expect(item.getBoundingClientRect().right, item.textContent!).to.be.at.most(right - 8 + 0.5);
    for (const line of lines) expect(line.right).to.be.at.most(right - 8 + 0.5);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});
