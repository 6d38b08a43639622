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
