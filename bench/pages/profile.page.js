// <samson-profile> with three responses (three datasets, overlaid, plus the importance
// layer). Loaded cold, the page creates the element at once and records when its chart has
// been drawn: the runner emulates prefers-reduced-motion, so Chart.js draws the whole chart
// synchronously inside the element's update instead of animating it over a second. The
// Chart class imported here is the element's own copy (one bundle), so Chart.getChart finds
// its instance for the warm redraws.
import '../../dist/elements/samson-profile/define.js';
import { Chart } from '../../dist/charts/register.js';
import { makeResponses } from './responses.js';

const responses = makeResponses(3, 11);
const later = makeResponses(3, 12);

async function firstDraw() {
  const t0 = performance.now();
  const el = document.createElement('samson-profile');
  el.responses = responses;
  document.body.append(el);
  await el.updateComplete;
  const canvas = el.shadowRoot.querySelector('canvas');
  const chart = canvas && Chart.getChart(canvas);
  const t1 = performance.now();
  if (!chart || !chart.chartArea || chart.chartArea.width <= 0) throw new Error('no chart drawn');
  if (chart.data.datasets.length < 3) throw new Error(`expected three datasets, got ${chart.data.datasets.length}`);
  await new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    }),
  );
  const t2 = performance.now();
  return { el, chart, sinceNavigation: t1, sinceCreate: t1 - t0, painted: t2, datasets: chart.data.datasets.length };
}

const ready = firstDraw();
// The harness waits for this message (bench/lib/chromium.mjs `pageSignals`) instead of polling the page.
ready.then(() => console.debug('bench:profile-drawn'));

window.__profileFirst = async () => {
  const { sinceNavigation, sinceCreate, painted, datasets } = await ready;
  return { sinceNavigation, sinceCreate, painted, datasets };
};

/** chart.update() on the drawn chart, `n` times: Chart.js's full layout and draw. */
window.__profileRedraw = async (n) => {
  const { chart } = await ready;
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    chart.update();
    times.push(performance.now() - t0);
  }
  return times;
};

/** New responses through the element: validate, score, re-render and redraw (awaited). */
window.__profileNewData = async (n) => {
  const { el } = await ready;
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    el.responses = i % 2 ? responses : later;
    await el.updateComplete;
    times.push(performance.now() - t0);
  }
  return times;
};
