// <soimpact-chart> with 10,000 measurements on one indicator (the bokmål job-course demo
// plan's first measured indicator, its readings replaced by 10,000 daily ones from a fixed
// seed). Times element created + plan set (validated by parsePlan) → chart drawn; the runner
// emulates prefers-reduced-motion, so the element draws without animation. Chart is the
// element's own copy (one bundle), so Chart.getChart finds its instance.
import '../../dist/elements/soimpact-chart/define.js';
import { Chart } from '../../dist/charts/register.js';
import { demoPlansNb } from '../../dist/content/soimpact/index.js';

const demo = demoPlansNb['job-course'];
import { parsePlan } from '../../dist/core/soimpact/plan.js';

function makePlan(n, seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const plan = structuredClone(demo);
  const indicator = plan.indicators.find((i) => i.measurements.length) ?? plan.indicators[0];
  const start = Date.UTC(1990, 0, 1);
  let value = 50;
  indicator.measurements = Array.from({ length: n }, (_, i) => {
    value = Math.max(0, value + (next() - 0.48) * 4);
    return { date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value: Math.round(value * 10) / 10 };
  });
  return { plan, id: indicator.id };
}

// chart.html?n=100: another count of readings, to tell the first chart's fixed cost from the per-reading one.
const readings = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const first = makePlan(readings, 1);
// The redraws' second plan is made when they first need it, untimed. Made up front, its 10,000
// readings sat in the young generation, and the first draw's scavenges copied them: the page's cost, not the element's.
let secondMade;
const second = () => (secondMade ??= makePlan(10_000, 2));

async function frameEnd() {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/** Whether some pixel in the plot area is neither transparent nor the background's white. */
function inkInPlot(canvas, area) {
  const ratio = canvas.width / canvas.clientWidth || 1;
  const x = Math.floor(area.left * ratio);
  const y = Math.floor(area.top * ratio);
  const { data } = canvas
    .getContext('2d')
    .getImageData(x, y, Math.max(1, Math.floor(area.width * ratio)), Math.max(1, Math.floor(area.height * ratio)));
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) ink++;
  return ink > 100;
}

async function firstDraw() {
  // The marks let a trace (bench/pages/chart-ab.mjs --cpu) sum the main thread's CPU time between them.
  performance.mark('chart-create');
  const t0 = performance.now();
  const el = document.createElement('soimpact-chart');
  el.setAttribute('indicator', first.id);
  el.plan = first.plan;
  document.body.append(el);
  await el.updateComplete;
  const canvas = el.shadowRoot.querySelector('canvas');
  const chart = canvas && Chart.getChart(canvas);
  const t1 = performance.now();
  performance.mark('chart-drawn');
  if (!chart || !chart.chartArea || chart.chartArea.width <= 0) throw new Error('no chart drawn');
  // The Decimation plugin swaps a long dataset's data for the decimated points, keeping the original in _data.
  const points = chart.data.datasets.reduce((n, d) => Math.max(n, (d._data ?? d.data).length), 0);
  if (points < readings) throw new Error(`expected ${readings} points, got ${points}`);
  // Drawn means pixels on the canvas (Chart.js draws synchronously when it does not animate),
  // not a settled promise: the line's colour must be in the plot area. Read after t1, untimed.
  if (!inkInPlot(canvas, chart.chartArea)) throw new Error('the canvas has no line in its plot area');
  const t2 = await frameEnd();
  return { el, sinceNavigation: t1, sinceCreate: t1 - t0, painted: t2 };
}

// chart.html?parts: time parsePlan and structuredClone cold (first calls in a fresh page) and
// draw nothing, to split the element's cold time; otherwise draw as usual.
const coldParts = new URLSearchParams(location.search).has('parts');
const ready = coldParts ? Promise.resolve({}) : firstDraw();
// The harness waits for this message (bench/lib/chromium.mjs `pageSignals`) instead of polling the page.
ready.then(() => console.debug('bench:chart-drawn'));

window.__chartFirst = async () => {
  const { sinceNavigation, sinceCreate, painted } = await ready;
  return { sinceNavigation, sinceCreate, painted };
};

/** A new plan with 10,000 other measurements set on the drawn element → redrawn. */
window.__chartNewData = async (n) => {
  const { el } = await ready;
  second();
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    el.plan = (i % 2 ? first : second()).plan;
    await el.updateComplete;
    times.push(performance.now() - t0);
  }
  return times;
};

/** Where the element's time goes, measured outside it (warm): validating the plan, and the copy its soimpact-data event carries. */
window.__chartParts = async () => {
  await ready;
  const time = (work) => {
    const t0 = performance.now();
    work();
    return performance.now() - t0;
  };
  const plan = coldParts ? first.plan : second().plan;
  return {
    parsePlan: time(() => {
      if (!parsePlan(plan).ok) throw new Error('plan did not validate');
    }),
    structuredClone: time(() => structuredClone(plan)),
  };
};
