// The one Chromium launch of the bench scripts and the app tests: Debian's browser (CHROME_PATH or
// /usr/bin/chromium), headless without the sandbox, and without the background work that would
// add noise to timings.
import { chromium } from 'playwright-core';

export const chromiumOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

export function launchChromium() {
  return chromium.launch(chromiumOptions);
}

/** The trace's main renderer thread of the page (the one that parsed its HTML). */
export function mainRendererThread(events) {
  return events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
}

/**
 * The page's navigation start in a trace (not the new tab's about:blank) and the main thread of
 * its renderer (`{ pid, tid }`).
 */
export function pageNavigation(events) {
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)
    .findLast((e) => /^https?:/.test(e.args.data.documentLoaderURL ?? ''));
  const main = nav && events.find((e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no navigation of the page');
  return { nav, main };
}

/**
 * CPU time (ms, trace `tdur`) of the page's main thread from its navigation start plus
 * `fromMs` to plus `toMs` (the page's `performance.now()` clock), or between two of its
 * user-timing marks; a task cut by an edge counts pro rata. On this repository's VMs the wall
 * clock of a cold page runs up to twice its thread time, also with every other thread idle (freshly
 * touched memory is slow there), so a goal met in CPU and missed on the wall clock is the machine's.
 * Needs a trace with `devtools.timeline` (and `blink.user_timing` for marks).
 */
export function mainThreadCpu(events, { fromMs = 0, toMs, fromMark, toMark }) {
  const { nav, main } = pageNavigation(events);
  const mark = (name) => events.find((e) => e.name === name && e.pid === main.pid && e.cat.includes('blink.user_timing'));
  const start = fromMark ? mark(fromMark)?.ts : nav.ts + fromMs * 1000;
  const end = toMark ? mark(toMark)?.ts : nav.ts + toMs * 1000;
  if (start === undefined || end === undefined) throw new Error(`the trace has no mark ${fromMark} or ${toMark}`);
  let micros = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || !e.dur) continue;
    const overlap = Math.min(e.ts + e.dur, end) - Math.max(e.ts, start);
    if (overlap > 0) micros += (e.tdur ?? e.dur) * (overlap / e.dur);
  }
  return micros / 1000;
}

/** The trace categories `mainThreadCpu` needs. */
export const CPU_TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];

/**
 * The page's `bench:<name>` signals (`console.debug` from bench/pages/probe.js and the chart
 * and profile pages), recorded from before navigation: `until(name)` resolves once the page has
 * sent it. Waiting this way evaluates nothing in the page. Playwright's `waitForFunction`
 * evaluates its injected script in the page (17 ms of main-thread time on these VMs) while
 * the page loads, then polls it every 50 ms, which delayed the very render the page timed.
 */
export function pageSignals(page) {
  const seen = new Set();
  const waiting = new Map();
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith('bench:')) return;
    seen.add(text);
    waiting.get(text)?.forEach((done) => done());
  });
  return {
    until(name, timeout = 60_000) {
      const text = `bench:${name}`;
      if (seen.has(text)) return Promise.resolve();
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`the page did not signal ${text} within ${timeout} ms`)), timeout);
        const list = waiting.get(text) ?? [];
        list.push(() => (clearTimeout(timer), done()));
        waiting.set(text, list);
      });
    },
  };
}
