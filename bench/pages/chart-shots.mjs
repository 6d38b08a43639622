// Screenshots of <soimpact-chart> for comparing two builds pixel for pixel: a few plans (10,000
// daily readings, 10,000 hourly timestamps, 100,000 with one peak, the demo plans' panels and
// figures) at two widths, each chart's canvas as PNG bytes, a tooltip shown from the keyboard,
// and the whole element as a screenshot. Writes <out>/<name>.png and prints a digest per shot.
//   node bench/pages/chart-shots.mjs dist bench/.out/shots/B
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { ROOT, bundleEntry } from '../lib/bundle.mjs';

const [dist = 'dist', out = 'bench/.out/shots/B'] = process.argv.slice(2);
const at = resolve(ROOT, dist);
const source = `
import '${at}/elements/soimpact-chart/define.js';
import { Chart } from '${at}/charts/register.js';
import { demoPlansNb } from '${at}/content/soimpact/index.js';

function series(n, seed, date) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 4294967296);
  let value = 50;
  return Array.from({ length: n }, (_, i) => {
    value = Math.max(0, value + (next() - 0.48) * 4);
    return { date: date(i), value: Math.round(value * 10) / 10, ...(i % 997 === 5 ? { note: 'merknad ' + i } : {}) };
  });
}
const day = (start) => (i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
function withSeries(measurements) {
  const plan = structuredClone(demoPlansNb['job-course']);
  const indicator = plan.indicators.find((i) => i.measurements.length) ?? plan.indicators[0];
  indicator.measurements = measurements;
  return { plan, id: indicator.id };
}
window.__cases = {
  daily10k: () => withSeries(series(10_000, 1, day(Date.UTC(1990, 0, 1)))),
  hourly10k: () => withSeries(series(10_000, 3, (i) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString())),
  peak100k: () => {
    const m = series(100_000, 5, day(Date.UTC(1800, 0, 1)));
    m[61_234] = { ...m[61_234], value: 500 };
    return withSeries(m);
  },
  short: () => withSeries(series(40, 7, day(Date.UTC(2024, 0, 1)))),
  jobCourse: () => ({ plan: demoPlansNb['job-course'] }),
  boostRefugee: () => ({ plan: demoPlansNb['boost-refugee'] }),
};
window.__show = async (name) => {
  document.body.replaceChildren();
  const { plan, id } = window.__cases[name]();
  const el = document.createElement('soimpact-chart');
  if (id) el.setAttribute('indicator', id);
  el.plan = plan;
  document.body.append(el);
  await el.updateComplete;
  const canvases = [...el.shadowRoot.querySelectorAll('canvas')];
  return canvases.map((c) => c.toDataURL('image/png'));
};
window.__tooltip = async () => {
  const el = document.querySelector('soimpact-chart');
  const canvas = el.shadowRoot.querySelector('canvas');
  canvas.focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowLeft']) canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const chart = Chart.getChart(canvas);
  const live = el.shadowRoot.querySelector('[aria-live]')?.textContent?.trim() ?? '';
  return { png: canvas.toDataURL('image/png'), title: chart.tooltip?.title ?? [], body: (chart.tooltip?.body ?? []).map((b) => b.lines), live };
};
`;
const bundle = await bundleEntry({ virtual: source }, { split: false });
const script = bundle.chunks[0].code;
const server = createServer((request, response) => {
  const js = request.url?.endsWith('.js');
  response
    .writeHead(200, { 'Content-Type': js ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-store' })
    .end(
      js
        ? script
        : '<!doctype html><html lang="nb"><head><meta charset="utf-8"><script type="module" src="/page.js"></script></head><body></body></html>',
    );
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await launchChromium();
mkdirSync(resolve(ROOT, out), { recursive: true });
const digest = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const save = (name, data) => {
  writeFileSync(resolve(ROOT, out, `${name}.png`), data);
  console.log(`${digest(data)}  ${name}`);
};
for (const width of (process.env.SHOT_WIDTHS ?? '1280,390').split(',').map(Number)) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => typeof window.__show === 'function');
  for (const name of ['daily10k', 'hourly10k', 'peak100k', 'short', 'jobCourse', 'boostRefugee']) {
    const canvases = await page.evaluate((n) => window.__show(n), name);
    canvases.forEach((url, i) => save(`${width}-${name}-canvas${i}`, Buffer.from(url.split(',')[1], 'base64')));
    save(`${width}-${name}-element`, await page.locator('soimpact-chart').screenshot());
    if (canvases.length) {
      const tip = await page.evaluate(() => window.__tooltip());
      save(`${width}-${name}-tooltip`, Buffer.from(tip.png.split(',')[1], 'base64'));
      console.log(`  tooltip ${JSON.stringify({ title: tip.title, body: tip.body, live: tip.live })}`);
    }
  }
  await context.close();
}
await browser.close();
server.close();
