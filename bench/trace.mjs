// Where a cold first render spends its main-thread time, by trace event: loads a bench page
// with Chromium tracing (devtools.timeline) and sums the durations of the main renderer
// thread's events until the probe's mark, for ours and SurveyJS side by side.
//   node bench/trace.mjs scorecard-entry surveyjs
import { launchChromium, mainRendererThread, pageSignals } from './lib/chromium.mjs';
import { startServer } from './server.mjs';

const pages = process.argv.slice(2);
const browser = await launchChromium();
const { server, origin } = await startServer();
const NAMES = [
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'v8.compileModule',
  'v8.compile',
  'v8.evaluateModule',
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'ScheduleStyleRecalculation',
  'HitTest',
];
for (const name of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const signals = pageSignals(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${origin}/bench/pages/${name}.html`, { waitUntil: 'commit' });
  await signals.until('painted');
  const mark = await page.evaluate(() => ({ domReady: window.__bench.domReady, origin: performance.timeOrigin }));
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const events = trace.traceEvents;
  const main = mainRendererThread(events);
  const nav = events.find(
    (e) =>
      e.pid === main.pid && (e.name === 'navigationStart' || e.name === 'markAsMainFrame' || e.name === 'ResourceSendRequest'),
  );
  const t0 = nav ? nav.ts : Math.min(...events.filter((e) => e.pid === main.pid && e.ts > 0).map((e) => e.ts));
  const end = t0 + mark.domReady * 1000;
  const sums = {};
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !NAMES.includes(e.name)) continue;
    if (e.ts > end) continue;
    sums[e.name] = (sums[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  console.log(`${name}: domReady ${mark.domReady.toFixed(0)} ms`);
  for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1])) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}
await browser.close();
server.close();
