// Issue 11, case 10 with the bound (npm run bench:timings; not part of npm test):
// no task over 200 ms, every long task's duration logged. See test/fixtures/large-inputs.ts.
import { LONGEST_TASK_MS, largeInputTests } from '../../test/fixtures/large-inputs.js';

largeInputTests(LONGEST_TASK_MS);
