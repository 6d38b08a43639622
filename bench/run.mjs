// npm run bench: builds the library and the benchmark pages, measures bytes, then drives
// headless Debian Chromium (playwright-core, never a downloaded browser) through cold loads
// in fresh browser contexts, and prints a Markdown table that it also writes to
// bench/RESULTS.md (with bench/.out/results.json holding every sample).
//
//   node bench/run.mjs [--runs 7] [--skip-build] [--no-write]
//   node bench/run.mjs --skip-build --skip-bundle --only render,aggregate   (timings only, printed)
//
// Every figure is the median of at least `--runs` cold runs (one discarded warm-up per page
// first), with min–max and the interquartile range. Runs of ours and SurveyJS are interleaved
// so drift on the machine hits both alike.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CPU_TRACE_CATEGORIES, launchChromium, mainThreadCpu, pageSignals } from './lib/chromium.mjs';
import { ROOT } from './lib/bundle.mjs';
import { build, ELEMENTS } from './build.mjs';
import { startServer } from './server.mjs';
import { renderResults } from './report.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
// Fewer than 7 runs only with --dev (for working on the harness; never for RESULTS.md).
const RUNS = flag('--dev') ? Number(option('--runs', 1)) : Math.max(7, Number(option('--runs', 7)));
const CLICKS = 58;
const started = Date.now();
const loadAtStart = loadavg();
const log = (...args) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);

// ————— build —————
if (!flag('--skip-build')) {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .filter((l) => /Error|error TS/.test(l))
      .slice(0, 5)
      .join('\n');
    log(`npm run build failed; measuring the dist/ that exists.\n${tail}`);
  }
}
if (!existsSync(join(ROOT, 'dist/samskaping-elements.bundle.js'))) {
  console.error('No dist/samskaping-elements.bundle.js: run npm run build first.');
  process.exit(1);
}
// --skip-bundle reuses bench/.out/ from the last run (the bytes are not measured again).
// --only render,aggregate,profile,chart runs those timing scenarios alone; RESULTS.md is then
// not written (its other rows would be stale), the table is printed.
const only = option('--only', '').split(',').filter(Boolean);
const runs = (name) => !only.length || only.includes(name);
const partial = only.length > 0 || flag('--skip-bundle');
const sizes =
  flag('--skip-bundle') && existsSync(join(ROOT, 'bench/.out/sizes.json'))
    ? JSON.parse(readFileSync(join(ROOT, 'bench/.out/sizes.json'), 'utf8'))
    : (log('bundling entries and pages'), await build({ log: (line) => log(line) }));
const built = (tag) => sizes.entries[tag] !== null;

// ————— browser —————
const browser = await launchChromium();
const { server, origin } = await startServer();

/** Loads `path` in a fresh context; with `trace`, traced from before navigation, and `work` gets a function that stops the trace and returns its events. */
async function withPage(path, work, { reducedMotion = 'no-preference', trace = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion });
  const page = await context.newPage();
  const signals = pageSignals(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let tracing = false;
  const traceEvents = async () => {
    tracing = false;
    return JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  };
  try {
    if (trace) {
      await browser.startTracing(page, { categories: CPU_TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    return await work(page, context, traceEvents, signals);
  } catch (error) {
    throw new Error(`${path}: ${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`, {
      cause: error,
    });
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

async function heapOf(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value;
  await cdp.detach();
  // Nodes in the rendered tree (document and every shadow root), beside CDP's count of all live nodes.
  const tree = await page.evaluate(() => {
    let n = 0;
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        n++;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document);
    return n;
  });
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), tree };
}

const frameEnd = `() => new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(0);
}))`;

/** Click an answer in <samson-scorecard>, for every statement field by field (steps not timed). */
const clickOurs = `async (count) => {
  const frame = ${frameEnd};
  const el = document.querySelector('samson-scorecard');
  const root = el.shadowRoot;
  const dom = [], paint = [];
  let n = 0;
  for (let f = 0; f < el.instrument.fields.length && n < count; f++) {
    el.goToStep(2 + f);
    await el.updateComplete;
    await frame();
    for (const statement of el.instrument.fields[f].statements) {
      if (n >= count) break;
      const input = root.querySelectorAll('input[type=radio][name="r-' + statement.id + '"]')[n % 5];
      const label = input.closest('label');
      const progress = () => root.querySelector('[aria-current="step"]').textContent;
      const before = progress();
      const t0 = performance.now();
      label.click();
      await el.updateComplete;
      const t1 = performance.now();
      const t2 = await frame();
      if (!input.checked) throw new Error('radio not checked after click');
      if (progress() === before) throw new Error('progress did not change after click');
      dom.push(t1 - t0);
      paint.push(t2 - t0);
      n++;
      await frame();
    }
  }
  return { dom, paint };
}`;

/** Click a rating item in SurveyJS, one per question; done when its selected class appears. */
const clickSurvey = `async (count) => {
  const frame = ${frameEnd};
  const questions = document.querySelectorAll('.sd-question[data-name^="r-"]');
  const dom = [], paint = [];
  for (let n = 0; n < count && n < questions.length; n++) {
    const question = questions[n];
    const item = () => question.querySelectorAll('.sd-rating__item')[n % 5];
    const selected = () => item().classList.contains('sd-rating__item--selected');
    const t0 = performance.now();
    item().click();
    if (!selected()) {
      await new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (selected()) { observer.disconnect(); done(); }
        });
        observer.observe(question, { attributes: true, childList: true, subtree: true });
      });
    }
    const t1 = performance.now();
    const t2 = await frame();
    dom.push(t1 - t0);
    paint.push(t2 - t0);
    await frame();
  }
  return { dom, paint };
}`;

const samples = {};
const push = (key, value) => {
  if (value === undefined || value === null || Number.isNaN(value)) return;
  (samples[key] ??= []).push(value);
};
const notes = [];
async function scenario(name, work) {
  try {
    await work();
  } catch (error) {
    log(`${name} failed: ${error.message}`);
    notes.push(`${name} failed: ${error.message.split('\n')[0]}`);
  }
}

// ————— first render, heap, interaction —————
const firstRender = [
  { key: 'surveyjs', path: '/bench/pages/surveyjs.html', script: '/pages/surveyjs.js', needs: null, click: clickSurvey },
  {
    key: 'ours',
    path: '/bench/pages/scorecard-entry.html',
    script: '/samson-scorecard/entry.js',
    needs: 'samson-scorecard',
    click: clickOurs,
  },
  { key: 'oursBundle', path: '/bench/pages/scorecard-bundle.html', needs: 'samson-scorecard', click: null },
  { key: 'oursIntro', path: '/bench/pages/scorecard-intro.html', needs: 'samson-scorecard', click: null },
].filter((v) => !v.needs || built(v.needs));

// Each round loads SurveyJS and then ours back to back; the ratio of each such pair is less
// sensitive to load from other work on the machine than the ratio of the two medians.
const lastRender = {};
const lastHeap = {};
async function renderRun(variant, record) {
  return withPage(variant.path, async (page, context, _traceEvents, signals) => {
    await signals.until('painted');
    const r = await page.evaluate((script) => {
      // Resource Timing: when the page's script had arrived, so that what the page does after it
      // can be told from the navigation and fetches before it, which both pages wait for alike.
      const arrived = script && performance.getEntriesByType('resource').find((e) => e.name.endsWith(script));
      return { domReady: window.__bench.domReady, painted: window.__bench.painted, arrived: arrived?.responseEnd };
    }, variant.script);
    if (!record) return;
    push(`render.${variant.key}.dom`, r.domReady);
    if (r.arrived) push(`render.${variant.key}.afterScript`, r.domReady - r.arrived);
    lastRender[variant.key] = r.domReady;
    push(`render.${variant.key}.painted`, r.painted);
    if (!variant.click) return;
    const h = await heapOf(page, context);
    push(`heap.${variant.key}`, h.heap);
    lastHeap[variant.key] = h.heap;
    push(`nodes.${variant.key}`, h.nodes);
    push(`tree.${variant.key}`, h.tree);
    const clicks = await page.evaluate(`(${variant.click})(${CLICKS})`);
    for (const t of clicks.dom) push(`click.${variant.key}.dom`, t);
    for (const t of clicks.paint) push(`click.${variant.key}.paint`, t);
  });
}

log(`first render, heap and clicks: ${firstRender.map((v) => v.key).join(', ')} × ${RUNS} cold runs`);
if (runs('render'))
  await scenario('first render', async () => {
    for (const variant of firstRender) await renderRun(variant, false); // warm-up, discarded
    for (let run = 0; run < RUNS; run++) {
      for (const variant of firstRender) await renderRun(variant, true);
      if (lastRender.ours && lastRender.surveyjs) push('pair.render', lastRender.ours / lastRender.surveyjs);
      if (lastHeap.ours && lastHeap.surveyjs) push('pair.heap', lastHeap.ours / lastHeap.surveyjs);
      for (const key of Object.keys(lastRender)) delete lastRender[key];
      log(`  run ${run + 1}/${RUNS}`);
    }
  });
if (!built('samson-scorecard')) notes.push('<samson-scorecard> not yet built: first render, clicks and heap have no "ours".');

// ————— 1,000 responses aggregated —————
if (sizes.pages.aggregate === 'built' && runs('aggregate'))
  await scenario('aggregation', async () => {
    log(`aggregation × ${RUNS}`);
    for (let run = 0; run <= RUNS; run++) {
      await withPage('/bench/pages/aggregate.html', async (page) => {
        await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 });
        const cold = await page.evaluate(() => window.__aggregate());
        const warm = await page.evaluate(() => Array.from({ length: 10 }, () => window.__aggregate()));
        const parse = await page.evaluate(() => window.__parseAndAggregate());
        if (run === 0) return;
        push('aggregate.cold', cold);
        for (const t of warm) push('aggregate.warm', t);
        push('aggregate.parse', parse);
      });
    }
  });

// ————— <samson-profile> —————
if (sizes.pages.profile === 'built' && runs('profile'))
  await scenario('<samson-profile>', async () => {
    log(`samson-profile × ${RUNS}`);
    for (let run = 0; run <= RUNS; run++) {
      await withPage(
        '/bench/pages/profile.html',
        async (page, _context, _traceEvents, signals) => {
          await signals.until('profile-drawn');
          const first = await page.evaluate(() => window.__profileFirst());
          const redraw = await page.evaluate(() => window.__profileRedraw(30));
          const newData = await page.evaluate(() => window.__profileNewData(10));
          if (run === 0) return;
          push('profile.first.nav', first.sinceNavigation);
          push('profile.first.create', first.sinceCreate);
          push('profile.first.painted', first.painted);
          for (const t of redraw) push('profile.redraw', t);
          for (const t of newData) push('profile.newData', t);
        },
        { reducedMotion: 'reduce' },
      );
    }
  });
else if (sizes.pages.profile !== 'built') notes.push(`<samson-profile> page: ${sizes.pages.profile}.`);

// ————— <soimpact-chart> —————
if (sizes.pages.chart === 'built' && runs('chart'))
  await scenario('<soimpact-chart>', async () => {
    log(`soimpact-chart × ${RUNS}`);
    for (let run = 0; run <= RUNS; run++) {
      await withPage(
        '/bench/pages/chart.html',
        async (page, _context, _traceEvents, signals) => {
          await signals.until('chart-drawn');
          const first = await page.evaluate(() => window.__chartFirst());
          const again = await page.evaluate(() => window.__chartNewData(5));
          const parts = await page.evaluate(() => window.__chartParts());
          if (run === 0) return;
          push('chart.parts.parsePlan', parts.parsePlan);
          push('chart.parts.clone', parts.structuredClone);
          push('chart.first.nav', first.sinceNavigation);
          push('chart.first.create', first.sinceCreate);
          push('chart.first.painted', first.painted);
          for (const t of again) push('chart.newData', t);
        },
        { reducedMotion: 'reduce' },
      );
      await withPage('/bench/pages/chart.html?parts', async (page) => {
        await page.waitForFunction(() => typeof window.__chartParts === 'function', null, { timeout: 30_000 });
        const parts = await page.evaluate(() => window.__chartParts());
        if (run === 0) return;
        push('chart.cold.parsePlan', parts.parsePlan);
        push('chart.cold.clone', parts.structuredClone);
      });
    }
  });
else if (sizes.pages.chart !== 'built') notes.push(`<soimpact-chart> page: ${sizes.pages.chart}.`);

// ————— main-thread CPU: traced loads of their own (tracing slows a page, so they time nothing else) —————
const tracedRender = [
  ['surveyjs', '/bench/pages/surveyjs.html'],
  ...(built('samson-scorecard') ? [['ours', '/bench/pages/scorecard-entry.html']] : []),
];
if (runs('cpu'))
  await scenario('main-thread CPU', async () => {
    log(`main-thread CPU, traced: ${tracedRender.map(([key]) => key).join(', ')}, chart × ${RUNS}`);
    for (let run = 0; run <= RUNS; run++) {
      for (const [key, path] of tracedRender)
        await withPage(
          path,
          async (page, _context, traceEvents, signals) => {
            await signals.until('painted');
            const domReady = await page.evaluate(() => window.__bench.domReady);
            const cpu = mainThreadCpu(await traceEvents(), { toMs: domReady });
            if (run > 0) push(`cpu.render.${key}`, cpu);
          },
          { trace: true },
        );
      if (sizes.pages.chart === 'built')
        await withPage(
          '/bench/pages/chart.html',
          async (page, _context, traceEvents, signals) => {
            await signals.until('chart-drawn');
            await page.evaluate(() => window.__chartFirst());
            const cpu = mainThreadCpu(await traceEvents(), { fromMark: 'chart-create', toMark: 'chart-drawn' });
            if (run > 0) push('cpu.chart', cpu);
          },
          { reducedMotion: 'reduce', trace: true },
        );
    }
  });

const chromiumVersion = browser.version();
await browser.close();
server.close();

// ————— report —————
const pkg = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let commit = '';
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout (an unpacked tarball): the results name no commit.
}
const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();
const meta = {
  date: new Date().toISOString(),
  machine: {
    nproc: cpus().length,
    cpu: cpuModel,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    // Other work on the machine skews timings; ours and SurveyJS are interleaved so ratios suffer least.
    load: { start: loadAtStart.map((l) => l.toFixed(2)), end: loadavg().map((l) => l.toFixed(2)) },
  },
  versions: {
    'samskaping-elements': `${own.version}${commit ? ` (${commit})` : ''}`,
    lit: pkg('lit'),
    zod: pkg('zod'),
    'chart.js': pkg('chart.js'),
    'survey-core': pkg('survey-core'),
    'survey-js-ui': pkg('survey-js-ui'),
    Chromium: chromiumVersion,
    'playwright-core': pkg('playwright-core'),
  },
  runs: RUNS,
  clicksPerRun: CLICKS,
  elements: Object.fromEntries(ELEMENTS.map((tag) => [tag, built(tag)])),
  seconds: Math.round((Date.now() - started) / 1000),
  notes,
};
writeFileSync(
  join(ROOT, `bench/.out/results${partial ? '.partial' : ''}.json`),
  JSON.stringify({ meta, sizes, samples }, null, 2),
);
const markdown = renderResults({ meta, sizes, samples });
console.log(markdown);
if (!flag('--no-write') && !flag('--dev') && !partial) writeFileSync(join(ROOT, 'bench/RESULTS.md'), markdown);
log(`done in ${meta.seconds} s`);
