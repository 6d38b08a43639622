// Browser tests run in Debian's Chromium, never in a downloaded browser.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testFixtureMiddleware } from './test/server/plugin.mjs';
import { holdMiddleware } from './test/server/hold.mjs';
import { pdfPlugin } from './test/server/pdf-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it with "apt-get install -y chromium" or set CHROME_PATH.`);
  process.exit(1);
}

// Pages under /test/embed/ (and test-made pages at /__fixture/embed-…) are served the way a careful CMS serves them: with a strict
// Content-Security-Policy, so a test can prove the elements need nothing more.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/embed/') || context.path.startsWith('/__fixture/embed-'))
    context.set('Content-Security-Policy', strictPolicy);
}

// esbuild turns every served .json into an ES module (`json: true`, for the content the source
// imports, src/content/**/*.json); the built files a test fetches as data stay JSON.
async function rawBuiltJson(context, next) {
  if (!/^\/dist\/.+\.json$/.test(context.path) || !existsSync(`.${context.path}`)) return next();
  context.type = 'application/json';
  context.body = readFileSync(`.${context.path}`, 'utf8');
}

export default {
  middleware: [holdMiddleware, strictCsp, rawBuiltJson, testFixtureMiddleware],
  files: ['test/browser/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: true,
  // One test page at a time: a page in a background tab gets no ResizeObserver callbacks,
  // colour-scheme events or animation frames, and chart tests would have to skip.
  concurrency: 1,
  // A test that needs longer says so with this.timeout(); waits for conditions fail after their own few seconds.
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          // Two test files run at once, one of them in a background tab: without these, that
          // tab gets no animation frames and timers are throttled, and tests hang at random.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    pdfPlugin(),
  ],
};
