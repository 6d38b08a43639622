// A/B of the scorecard's cold first render: two builds of dist/ (say main's and a branch's),
// each element entry bundled as bench/build.mjs bundles it (rollup, terser, chunks), loaded
// in turn in fresh browser contexts of one Chromium, round after round, so load from other
// work on the machine hits both alike. Prints the medians of the phases the page marks:
//   defined     navigation start → `customElements.whenDefined` (the entry and its first-load
//               chunks fetched and evaluated, the class defined)
//   first step  → the introduction rendered (`updateComplete`)
//   fields      → the seven field steps rendered (bench/pages/scorecard-steps.js)
//   domReady    → every statement has been in the DOM (bench/pages/probe.js)
//   script      CDP `ScriptDuration` up to painted
// With --trace, each load is traced (devtools.timeline, v8) and the main thread's CPU time
// (`tdur`, thread time, which a loaded machine inflates far less than the wall clock) is
// summed up to domReady: all tasks (cpu), module evaluation with the element's definition
// (evaluate: `v8.evaluateModule`), microtasks (the renders: `RunMicrotasks`).
// With --surveyjs, SurveyJS's page (bench/pages/surveyjs.html) is loaded in every round too, and
// each build's domReady is also given as a ratio to it (of the medians, and the median of the
// per-round ratios), as bench/run.mjs does.
//   node bench/ab.mjs A=/work/main/dist B=dist [--rounds 9] [--trace] [--surveyjs]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, pageNavigation, pageSignals } from './lib/chromium.mjs';
import { ROOT, bundleEntry } from './lib/bundle.mjs';
import { startServer } from './server.mjs';
import { stats } from './report.mjs';

const median = (xs) => stats(xs).median;

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const ROUNDS = Number(option('--rounds', 9));
const TRACE = argv.includes('--trace');
const SURVEYJS = argv.includes('--surveyjs');
const builds = argv.filter((a) => /^[A-Za-z0-9_-]+=/.test(a)).map((a) => a.split('='));
if (builds.length < 2) {
  console.error('usage: node bench/ab.mjs A=/work/main/dist B=dist [--rounds 9]');
  process.exit(2);
}
const OUT = join(ROOT, 'bench/.out/ab');
const html = readFileSync(join(ROOT, 'bench/pages/scorecard-entry.html'), 'utf8');
for (const [label, dist] of builds) {
  if (dist === null) continue;
  const dir = join(OUT, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = await bundleEntry(resolve(ROOT, dist, 'elements/samson-scorecard/define.js'), { split: true });
  for (const chunk of result.chunks) writeFileSync(join(dir, chunk.fileName), chunk.code);
  writeFileSync(
    join(dir, 'page.html'),
    html
      .replace(/src="\.\.\/\.out\/entries\/samson-scorecard\/entry\.js"/, 'src="entry.js"')
      .replace(/src="(probe|scorecard-steps)\.js"/g, 'src="../../../pages/$1.js"'),
  );
  console.error(`${label} (${dist}): first load ${result.initial.gzip} B gzip`);
}

if (SURVEYJS) {
  // The same SurveyJS page script as bench/build.mjs makes.
  const survey = await bundleEntry(join(ROOT, 'bench/pages/surveyjs.page.js'), { split: false });
  mkdirSync(join(ROOT, 'bench/.out/pages'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/.out/pages/surveyjs.js'), survey.chunks[0].code);
  copyFileSync(
    join(ROOT, 'node_modules/survey-core/survey-core.fontless.min.css'),
    join(ROOT, 'bench/.out/survey-core.fontless.min.css'),
  );
  builds.push(['surveyjs', null]);
}
const pathOf = (label) => (label === 'surveyjs' ? '/bench/pages/surveyjs.html' : `/bench/.out/ab/${label}/page.html`);

const browser = await launchChromium();
const { server, origin } = await startServer();
const samples = Object.fromEntries(builds.map(([label]) => [label, {}]));
const push = (label, key, value) => value != null && (samples[label][key] ??= []).push(value);

async function load(label, record) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const signals = pageSignals(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    if (TRACE)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8', 'v8.execute', 'toplevel', 'blink.user_timing'],
      });
    await page.goto(`${origin}${pathOf(label)}`, { waitUntil: 'commit' });
    await signals.until('painted');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const thread = TRACE ? threadTimes(JSON.parse((await browser.stopTracing()).toString()).traceEvents) : null;
    const r = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        defined: mark('bench:defined'),
        firstStep: mark('bench:first-step'),
        fields: mark('bench:field-step-7'),
        domReady: window.__bench.domReady,
        painted: window.__bench.painted,
      };
    });
    if (!record) return;
    for (const [key, value] of Object.entries(r)) push(label, key, value);
    if (thread) {
      const end = thread.t0 + r.domReady * 1000;
      for (const [key, value] of Object.entries(thread.sum(end))) push(label, key, value);
    }
    // The script time up to painted (a frame later than domReady, the same for both).
    push(label, 'script', metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
  } finally {
    await context.close();
  }
}

/** Thread (CPU) time of the page's main thread from navigation start to `end` (µs, trace clock). */
function threadTimes(events) {
  const { nav, main } = pageNavigation(events);
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined);
  return {
    t0: nav.ts,
    sum(end) {
      const inside = on.filter((e) => e.ts >= nav.ts && e.ts <= end);
      const total = (name) => inside.filter((e) => e.name === name).reduce((a, e) => a + e.tdur / 1000, 0);
      return {
        cpu: total('ThreadControllerImpl::RunTask'),
        evaluate: total('v8.evaluateModule'),
        microtasks: total('RunMicrotasks'),
      };
    },
  };
}

const loads = [loadavg()[0]];
for (const [label] of builds) await load(label, false); // warm-up, discarded
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order so neither build always runs first in a round.
  const order = round % 2 ? [...builds].reverse() : builds;
  for (const [label] of order) await load(label, true);
  if (SURVEYJS) {
    const survey = samples.surveyjs.domReady.at(-1);
    for (const [label] of builds) if (label !== 'surveyjs') push(label, 'pair', samples[label].domReady.at(-1) / survey);
  }
  loads.push(loadavg()[0]);
  console.error(`  round ${round + 1}/${ROUNDS}`);
}
await browser.close();
server.close();

const keys = [
  'defined',
  'firstStep',
  'fields',
  'domReady',
  'painted',
  'script',
  ...(TRACE ? ['cpu', 'evaluate', 'microtasks'] : []),
];
console.log(`load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, ${ROUNDS} rounds`);
console.log(['', ...keys].join('\t'));
for (const [label] of builds) {
  const row = keys.map((k) => {
    const xs = samples[label][k] ?? [];
    return xs.length ? `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})` : '—';
  });
  console.log([label, ...row].join('\t'));
}
if (SURVEYJS) {
  const survey = median(samples.surveyjs.domReady);
  for (const [label] of builds) {
    if (label === 'surveyjs') continue;
    const pairs = samples[label].pair;
    console.log(
      `${label} / SurveyJS: medians ${(median(samples[label].domReady) / survey).toFixed(3)}; per round ${median(pairs).toFixed(3)} (${Math.min(...pairs).toFixed(3)}–${Math.max(...pairs).toFixed(3)})`,
    );
  }
}
writeFileSync(join(OUT, 'results.json'), JSON.stringify({ loads, samples }, null, 1));
