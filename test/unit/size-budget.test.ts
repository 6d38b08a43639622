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
  bundlePages: Record<string, number>;
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
  // What the browser fetches before it can run a chunk: the file and what it imports statically.
  const staticImports = (path: string): string[] => {
    const code = readFileSync(path, 'utf8');
    const found = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)].map((m) =>
      join(dirname(path), m[1]!),
    );
    return [path, ...found.flatMap(staticImports)];
  };
  const gzipOf = (paths: Iterable<string>) => [...new Set(paths)].reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0);
  const bundleFile = dist('samskaping-elements.bundle.js');
  const bundleChunks = () =>
    readdirSync(dist('bundle'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => dist('bundle', name));
  /** The chunk with an element's code (rollup.config.mjs names it after the tag). */
  const elementChunk = (tag: string): string => {
    const found = bundleChunks().filter((path) => new RegExp(`/bundle/${tag}-[\\w-]{8}\\.js$`).test(path));
    assert.equal(found.length, 1, `expected one dist/bundle/${tag}-<hash>.js, found ${found.length}`);
    return found[0]!;
  };

  it('dist/samskaping-elements.bundle.js: first load (no element), and with every lazy chunk', () => {
    assert.ok(existsSync(bundleFile), 'dist/samskaping-elements.bundle.js is missing: run npm run build first');
    // First load: the bundle and what it imports statically; each element's code, the other
    // languages and Chart.js are chunks in dist/bundle/, fetched when a page needs them.
    const first = new Set(staticImports(bundleFile));
    const chunks = bundleChunks();
    const elements = Object.keys(budgets.bundlePages).map(elementChunk);
    assert.deepEqual(
      elements.filter((path) => first.has(path)),
      [],
      'the bundle imports an element statically: each element must load when its tag appears',
    );
    const firstGzip = gzipOf(first);
    const allGzip = gzipOf([...first, ...chunks]);
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

  for (const [tag, budget] of Object.entries(budgets.bundlePages)) {
    it(`the bundle on a page with only <${tag}>: the bundle, the element's chunk and their static imports`, () => {
      assert.ok(existsSync(bundleFile), 'dist/samskaping-elements.bundle.js is missing: run npm run build first');
      const page = [...staticImports(bundleFile), ...staticImports(elementChunk(tag))];
      const gzip = gzipOf(page);
      assert.ok(
        gzip <= budget,
        `a page with only <${tag}> loads ${gzip} B (${kb(gzip)}) gzip, over its budget of ${budget} B (${kb(budget)})`,
      );
    });
  }

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
