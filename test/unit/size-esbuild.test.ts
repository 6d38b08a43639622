/**
 * The npm build bundled by esbuild, as Angular's application builder and Vite's dependency
 * optimiser do: each element's entry must tree-shake as well as under rollup. zod's locale
 * table (64 modules) is the canary: `import { z }` + `export { z }` kept all of it under
 * esbuild (the scorecard entry was 116 KB gzip instead of 38 KB). Needs `npm run build` first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../bench/lib/bundle.mjs';
import { esbuildEntry } from '../../bench/lib/esbuild.mjs';

const budgets: { esbuildEntries: Record<string, number>; esbuildBundle: number; esbuildBundlePages: Record<string, number> } =
  JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('size budgets under esbuild (gzip, from bench/budgets.json)', () => {
  // The one-file bundle's source built by esbuild instead of rollup: the entry's first load, and
  // "a page with only <tag>" (the entry, that element's dynamic chunk and their static imports).
  it('the one-file bundle (src/bundle.ts): first load, and a page with each element', async () => {
    const result = await esbuildEntry(join(ROOT, 'src', 'bundle.ts'));
    const over: string[] = [];
    if (result.initial.gzip > budgets.esbuildBundle)
      over.push(`first load ${result.initial.gzip} B (${kb(result.initial.gzip)}), budget ${budgets.esbuildBundle} B`);
    for (const [tag, budget] of Object.entries(budgets.esbuildBundlePages)) {
      const page = result.pages[`src/elements/${tag}/define.ts`];
      assert.ok(page, `esbuild made no chunk for <${tag}>: the bundle must import it dynamically`);
      if (page.gzip > budget) over.push(`a page with only <${tag}> ${page.gzip} B (${kb(page.gzip)}), budget ${budget} B`);
    }
    assert.deepEqual(over, [], 'the one-file bundle under esbuild is over its budgets');
  });

  for (const [tag, budget] of Object.entries(budgets.esbuildEntries)) {
    const input = join(ROOT, 'dist', 'elements', tag, 'define.js');
    it(
      `<${tag}> entry, first load`,
      { skip: existsSync(input) ? false : `dist/elements/${tag}/define.js not built` },
      async () => {
        const result = await esbuildEntry(input);
        const locales = Object.keys(result.modules).filter((id) => id.includes('zod/v4/locales/'));
        assert.deepEqual(
          locales,
          [],
          `<${tag}> bundles zod's locales under esbuild: import zod as a namespace (src/core/zod.ts)`,
        );
        const gzip = result.initial.gzip;
        assert.ok(
          gzip <= budget,
          `<${tag}> entry is ${gzip} B (${kb(gzip)}) gzip under esbuild, over its budget of ${budget} B (${kb(budget)})`,
        );
      },
    );
  }
});
