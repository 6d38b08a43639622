// Bundles one entry the way esbuild-based app builds do (Angular's application builder,
// Vite's dependency optimiser): esbuild, browser platform, ESM, code splitting, minified.
// Measures like bench/lib/bundle.mjs: gzip level 9 of each chunk, summed, split into the first
// load (the entry chunk and its static imports) and the lazy rest (dynamic imports).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { ROOT, measure } from './bundle.mjs';

export async function esbuildEntry(input) {
  const outdir = mkdtempSync(join(tmpdir(), 'se-esbuild-'));
  try {
    const result = await build({
      entryPoints: [input],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      metafile: true,
      outdir,
      logLevel: 'error',
      absWorkingDir: ROOT,
    });
    const outputs = result.metafile.outputs;
    const files = new Map(result.outputFiles.map((file) => [relative(ROOT, file.path), file.contents]));
    // Dynamic imports are entry points of their own in the metafile: the entry is the one for `input`.
    const wanted = relative(ROOT, input);
    const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === wanted);
    const initial = new Set();
    const walk = (name) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') walk(imported.path);
    };
    walk(entry);
    const sum = (names) => names.reduce((total, name) => total + measure(Buffer.from(files.get(name))).gzip, 0);
    // What a page that uses one dynamic import waits for: the first load plus that chunk and its
    // static imports (for the one-file bundle, "a page with only <tag>"), by the import's source path.
    /** @type {Record<string, { gzip: number }>} */
    const pages = {};
    for (const [name, output] of Object.entries(outputs)) {
      if (!output.entryPoint || name === entry) continue;
      const page = new Set(initial);
      const add = (chunk) => {
        if (page.has(chunk)) return;
        page.add(chunk);
        for (const imported of outputs[chunk]?.imports ?? []) if (imported.kind === 'import-statement') add(imported.path);
      };
      add(name);
      pages[output.entryPoint] = { gzip: sum([...page]) };
    }
    const jsNames = Object.keys(outputs).filter((name) => name.endsWith('.js'));
    const modules = {};
    for (const name of initial) for (const [id, info] of Object.entries(outputs[name].inputs)) modules[id] = info.bytesInOutput;
    return {
      initial: { gzip: sum([...initial]) },
      lazy: { gzip: sum(jsNames.filter((name) => !initial.has(name))) },
      pages,
      modules,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
