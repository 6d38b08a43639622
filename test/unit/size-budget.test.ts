/**
 * Deterministic size budgets: bundles the built library the way bench/ does (rollup +
 * node-resolve + terser with the options of rollup.config.mjs) and fails when a gzip size
 * exceeds bench/budgets.json. Needs `npm run build` first (npm test runs it). Timings are
 * not checked here; they belong to `npm run bench`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, bundleEntry, gzipBytes } from '../../bench/lib/bundle.mjs';

interface Budgets {
  bundle: number;
  entries: Record<string, number>;
  forbiddenModules: Record<string, string>;
}

const budgets: Budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
const dist = (...parts: string[]) => join(ROOT, 'dist', ...parts);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function forbidden(modules: Record<string, number>): string[] {
  return Object.keys(modules).flatMap((id) =>
    Object.entries(budgets.forbiddenModules)
      .filter(([needle]) => id.includes(needle))
      .map(([needle, why]) => `${id} (${needle}: ${why})`),
  );
}

describe('size budgets (gzip, from bench/budgets.json)', () => {
  it('dist/samskaping-elements.bundle.js', () => {
    const file = dist('samskaping-elements.bundle.js');
    assert.ok(existsSync(file), 'dist/samskaping-elements.bundle.js is missing: run npm run build first');
    const gzip = gzipBytes(readFileSync(file));
    assert.ok(gzip <= budgets.bundle, `bundle is ${gzip} B (${kb(gzip)}) gzip, over its budget of ${budgets.bundle} B (${kb(budgets.bundle)})`);
  });

  for (const [tag, budget] of Object.entries(budgets.entries)) {
    const input = dist('elements', tag, 'define.js');
    it(`<${tag}> entry, first load`, { skip: existsSync(input) ? false : `dist/elements/${tag}/define.js not built` }, async () => {
      const result = await bundleEntry(input, { split: true });
      const gzip: number = result.initial.gzip;
      assert.deepEqual(forbidden(result.modules), [], `<${tag}> pulls in a module it must not`);
      if (tag === 'samson-scorecard') {
        const chart = Object.keys(result.modules).filter((id) => id.includes('node_modules/chart.js/'));
        assert.deepEqual(chart, [], 'the scorecard entry must not load Chart.js (the profile is optional)');
      }
      assert.ok(gzip <= budget, `<${tag}> entry is ${gzip} B (${kb(gzip)}) gzip, over its budget of ${budget} B (${kb(budget)})`);
    });
  }
});
