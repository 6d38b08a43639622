// A reading on the first or last date of the chart sits on the plot's edge: Chart.js clips a
// dataset at the plot area, so the latest reading, the one a reader looks for, was half a dot.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { chartElement, chartOf, indicator, planWith } from '../fixtures/soimpact-chart-helpers.js';

describe('<soimpact-chart> points on the plot edge', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await sendMouse({ type: 'move', position: [0, 0] });
  });
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the latest reading whole, past the right edge of the plot', async () => {
    const el = await chartElement({ plan: planWith(indicator('a', [3, 5, 4, 6])) });
    const chart = chartOf(el);
    const latest = chart.getDatasetMeta(0).data.at(-1)!;
    expect(latest.x, 'the latest reading is on the right edge').to.be.closeTo(chart.chartArea.right, 1);
    const ratio = chart.currentDevicePixelRatio;
    // The strip just right of the plot, as high as the dot: the dot's right half, if it is drawn.
    const strip = chart.canvas
      .getContext('2d')!
      .getImageData(
        Math.round((chart.chartArea.right + 1) * ratio),
        Math.round((latest.y - 3) * ratio),
        Math.round(3 * ratio),
        Math.round(6 * ratio),
      ).data;
    let ink = 0;
    for (let i = 0; i < strip.length; i += 4) if (strip[i + 3]! > 200 && strip[i]! < 120) ink++;
    expect(ink, 'the right half of the latest reading’s dot').to.be.greaterThan(4 * ratio * ratio);
  });
});
