/**
 * Deterministic size budgets: bundles the built library the way bench/ does (rollup +
 * node-resolve + terser with the options of rollup.config.mjs) and fails when a gzip size
 * exceeds bench/budgets.json. Needs `npm run build` first (npm test runs it). Timings are
 * not checked here; they belong to `npm run bench`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, bundleEntry, gzipBytes } from '../../bench/lib/bundle.mjs';

interface Budgets {
  bundle: number;
  bundleTotal: number;
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
  it('dist/samskaping-elements.bundle.js: first load, and with every lazy chunk', () => {
    const file = dist('samskaping-elements.bundle.js');
    assert.ok(existsSync(file), 'dist/samskaping-elements.bundle.js is missing: run npm run build first');
    // First load: the bundle and what it imports statically; the rest (dist/bundle/*.js, the
    // other languages) only when a page switches language.
    const staticImports = (path: string): string[] => {
      const code = readFileSync(path, 'utf8');
      const found = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)].map((m) =>
        join(dirname(path), m[1]!),
      );
      return [path, ...found.flatMap(staticImports)];
    };
    const first = [...new Set(staticImports(file))];
    const chunks = readdirSync(dist('bundle'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => dist('bundle', name));
    const firstGzip = first.reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0);
    const allGzip = [...new Set([...first, ...chunks])].reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0);
    assert.ok(chunks.length >= 4, `expected the other languages as chunks in dist/bundle/, found ${chunks.length}`);
    assert.ok(
      firstGzip <= budgets.bundle,
      `bundle first load is ${firstGzip} B (${kb(firstGzip)}) gzip, over its budget of ${budgets.bundle} B (${kb(budgets.bundle)})`,
    );
    assert.ok(
      allGzip <= budgets.bundleTotal,
      `bundle with all chunks is ${allGzip} B (${kb(allGzip)}) gzip, over its budget of ${budgets.bundleTotal} B (${kb(budgets.bundleTotal)})`,
    );
  });

  for (const [tag, budget] of Object.entries(budgets.entries)) {
    const input = dist('elements', tag, 'define.js');
    it(
      `<${tag}> entry, first load`,
      { skip: existsSync(input) ? false : `dist/elements/${tag}/define.js not built` },
      async () => {
        const result = await bundleEntry(input, { split: true });
        const gzip: number = result.initial.gzip;
        assert.deepEqual(forbidden(result.modules), [], `<${tag}> pulls in a module it must not`);
        if (tag === 'samson-scorecard') {
          const chart = Object.keys(result.modules).filter((id) => id.includes('node_modules/chart.js/'));
          assert.deepEqual(chart, [], 'the scorecard entry must not load Chart.js (the profile is optional)');
        }
        assert.ok(
          gzip <= budget,
          `<${tag}> entry is ${gzip} B (${kb(gzip)}) gzip, over its budget of ${budget} B (${kb(budget)})`,
        );
      },
    );
  }
});
