// npm run bench:timings (browser half): the timing tests, in the same Chromium set-up as the
// browser suite, with room for their repeated runs.
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  rootDir: new URL('../..', import.meta.url).pathname,
  files: ['bench/timings/*.browser.test.ts'],
  testFramework: { config: { timeout: 120_000 } },
};
