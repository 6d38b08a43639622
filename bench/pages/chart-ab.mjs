// A/B of the chart bench page (chart.page.js) on two builds, interleaved in one Chromium, so
// load on the shared machine hits both alike: the page's own measuring code, bundled once
// against each build's dist/ (minified, dynamic imports inlined, as bench/build.mjs does).
//   node bench/pages/chart-ab.mjs /work/main/dist dist [--runs 9] [--motion reduce|no-preference]
// Prints per run: element created → drawn (ms), navigation → drawn, the next frame's end, the
// median of 5 redraws with a new plan, and the 1-minute load average when the pair started;
// and `cpu`: the main thread's CPU time (trace `tdur` of its tasks) from created to drawn, which
// the other processes on a loaded machine do not inflate as they do the wall-clock times.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { CPU_TRACE_CATEGORIES, launchChromium, mainThreadCpu, pageSignals } from '../lib/chromium.mjs';
import { ROOT, bundleEntry } from '../lib/bundle.mjs';
import { stats } from '../report.mjs';

const median = (xs) => stats(xs).median;

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const dists = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).slice(0, 2);
if (dists.length !== 2) throw new Error('usage: chart-ab.mjs <dist A> <dist B> [--runs 9] [--motion reduce]');
const runs = Number(option('--runs', 9));
const motion = option('--motion', 'reduce');
const source = readFileSync(resolve(ROOT, 'bench/pages/chart.page.js'), 'utf8');

const scripts = [];
for (const dist of dists) {
  const absolute = resolve(ROOT, dist);
  const bundle = await bundleEntry({ virtual: source.replaceAll("'../../dist/", `'${absolute}/`) }, { split: false });
  scripts.push(bundle.chunks[0].code);
}
const html = (i) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><script type="module" src="/${i}.js"></script></head><body></body></html>`;
const server = createServer((request, response) => {
  const match = /^\/(\d)\.(js|html)/.exec(request.url ?? '');
  if (!match) return void response.writeHead(404).end();
  const i = Number(match[1]);
  const js = match[2] === 'js';
  response
    .writeHead(200, { 'Content-Type': js ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-store' })
    .end(js ? scripts[i] : html(i));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

async function once(i) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: motion });
  const page = await context.newPage();
  const signals = pageSignals(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await browser.startTracing(page, { categories: CPU_TRACE_CATEGORIES });
    await page.goto(`${origin}/${i}.html`, { waitUntil: 'commit' });
    await signals.until('chart-drawn');
    const first = await page.evaluate(() => window.__chartFirst());
    const cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents, {
      fromMark: 'chart-create',
      toMark: 'chart-drawn',
    });
    const again = await page.evaluate(() => window.__chartNewData(5));
    again.sort((a, b) => a - b);
    return { ...first, cpu, newData: again[2] };
  } catch (error) {
    throw new Error(`${dists[i]}: ${error.message.split('\n')[0]} ${errors.join('; ')}`, { cause: error });
  } finally {
    await context.close();
  }
}

const rows = [[], []];
await once(0);
await once(1);
const f = (n) => n.toFixed(1).padStart(6);
console.log(`motion ${motion}; A = ${dists[0]}, B = ${dists[1]}`);
console.log('run  load1 | A create    cpu    nav  paint newData | B create    cpu    nav  paint newData');
for (let r = 0; r < runs; r++) {
  const load = loadavg()[0];
  const order = r % 2 ? [1, 0] : [0, 1];
  const got = [];
  for (const i of order) got[i] = await once(i);
  got.forEach((g, i) => rows[i].push(g));
  const cols = got.map((g) => `${f(g.sinceCreate)} ${f(g.cpu)} ${f(g.sinceNavigation)} ${f(g.painted)} ${f(g.newData)}`);
  console.log(`${String(r + 1).padStart(3)} ${load.toFixed(2).padStart(6)} | ${cols[0]} | ${cols[1]}`);
}
for (const [i, name] of ['A', 'B'].entries()) {
  const m = (key) => f(median(rows[i].map((g) => g[key])));
  const created = rows[i].map((g) => g.sinceCreate).sort((a, b) => a - b);
  console.log(
    `${name} median: create ${m('sinceCreate')} (${created[0].toFixed(1)}–${created.at(-1).toFixed(1)}), cpu ${m('cpu')}, nav ${m('sinceNavigation')}, paint ${m('painted')}, newData ${m('newData')}`,
  );
}
console.log(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
await browser.close();
server.close();
