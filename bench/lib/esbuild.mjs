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
    const jsNames = Object.keys(outputs).filter((name) => name.endsWith('.js'));
    const modules = {};
    for (const name of initial) for (const [id, info] of Object.entries(outputs[name].inputs)) modules[id] = info.bytesInOutput;
    return {
      initial: { gzip: sum([...initial]) },
      lazy: { gzip: sum(jsNames.filter((name) => !initial.has(name))) },
      modules,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
