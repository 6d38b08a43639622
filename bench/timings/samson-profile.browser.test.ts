// Timing of <samson-profile> and Chart.js in Chromium (npm run bench:timings). Not part of npm test.
import { expect, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { seriesLook } from '../../src/elements/samson-profile/series-style.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import { radarConfig, type ChartTheme } from '../../src/elements/samson-profile/chart.js';
import { registerRadarCharts } from '../../src/charts/register.js';
import { aggregateResponses } from '../../src/core/samson/profile.js';
import { $, chartOf, instrument, manyResponses, mount, round1, round2, round3 } from '../../test/fixtures/profile-helpers.js';

describe('<samson-profile> timing', () => {
  it('draws three datasets within one frame, and measures the whole element', async () => {
    registerRadarCharts();
    const theme: ChartTheme = {
      text: '#000',
      muted: '#444',
      grid: '#ccc',
      background: '#fff',
      importance: '#999',
      importanceFill: 'rgba(153,153,153,.5)',
      series: ['#1f5fa8', '#b34d0b', '#6b3fa0', '#1e7b34'],
      seriesFill: ['transparent'],
      fontFamily: 'sans-serif',
      fontSize: 16,
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
          series: scored.map((s, index) => ({
            label: `R${index}`,
            look: seriesLook(index === 2 ? 'current' : 'earlier', index, 3),
            order: index,
            scores: s.fields.map((f) => f.score),
          })),
          importance: scored[2]!.fields.map((f) => f.importance),
          importanceLabel: 'Viktighet',
          theme,
          animate: false,
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
        `element (validate, score, render, draw) first ${element[0]!.toFixed(1)} ms, then ${element
          .slice(1)
          .map((t) => t.toFixed(1))
          .join(', ')} ms`,
    );
    expect(median).to.be.lessThan(16.7);
  });

  it('aggregates 1,000 responses in ≤ 50 ms, and shows them as one mean profile', async () => {
    const many = manyResponses(1000);
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
