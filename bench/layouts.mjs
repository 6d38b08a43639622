// Which layouts and style recalculations run before a cold first render is complete, and which
// script forced them: loads bench pages with Chromium tracing and lists every Layout and
// UpdateLayoutTree on the main renderer thread up to the probe's mark, with the JavaScript
// stack of the forced ones (those run from script rather than by the frame), and the CDP
// Performance counters at that point.
//   node bench/layouts.mjs scorecard-entry surveyjs
import { launchChromium, mainRendererThread } from './lib/chromium.mjs';
import { startServer } from './server.mjs';

const pages = process.argv.slice(2);
const browser = await launchChromium();
const { server, origin } = await startServer();
for (const name of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
      'blink',
    ],
  });
  await page.goto(`${origin}/bench/pages/${name}.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.domReady !== null, null, { timeout: 60_000, polling: 'raf' });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const domReady = await page.evaluate(() => window.__bench.domReady);
  await page.waitForFunction(() => window.__bench.painted !== null, null, { timeout: 60_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const events = trace.traceEvents;
  const main = mainRendererThread(events);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const nav = onMain.find((e) => e.name === 'ParseHTML') ?? onMain[0];
  const t0 = Math.min(...onMain.filter((e) => e.ts > 0).map((e) => e.ts));
  const end = nav.ts + domReady * 1000; // approximate: ParseHTML starts a few ms after navigation
  const get = (m) => metrics.find((x) => x.name === m)?.value;
  console.log(
    `${name}: domReady ${domReady.toFixed(0)} ms; at that point LayoutCount ${get('LayoutCount')}, RecalcStyleCount ${get('RecalcStyleCount')}, LayoutDuration ${(get('LayoutDuration') * 1000).toFixed(1)} ms, RecalcStyleDuration ${(get('RecalcStyleDuration') * 1000).toFixed(1)} ms, ScriptDuration ${(get('ScriptDuration') * 1000).toFixed(1)} ms`,
  );
  for (const e of onMain) {
    if (e.ph !== 'X' || !['Layout', 'UpdateLayoutTree'].includes(e.name) || e.ts > end) continue;
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    const frames = (stack ?? [])
      .slice(0, 4)
      .map((f) => `${f.functionName || '(anon)'}@${String(f.url).split('/').pop()}:${f.lineNumber}`);
    console.log(
      `  ${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ms  ${e.name.padEnd(16)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)} ms  ${frames.length ? `forced by ${frames.join(' < ')}` : '(frame)'}`,
    );
  }
}
await browser.close();
server.close();
