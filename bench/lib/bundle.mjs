// Bundles one entry the way the library's own bundle is built (rollup + node-resolve in
// browser mode + Lit's template minifier + terser with the same options as rollup.config.mjs)
// and measures it:
// minified, gzip (zlib level 9) and brotli (quality 11) bytes, split into what a page loads
// first (the entry chunk and its static imports) and what it loads lazily (dynamic
// imports: other languages). Also attributes bytes to modules and packages, from rollup's
// renderedLength (tree-shaken, before minification) so a miss can be traced to an import.
// Used by bench/build.mjs and by test/unit/size-budget.test.ts, so both measure alike.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';
import { minifyTemplates } from '../../scripts/rollup-plugins.mjs';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);

/** Same terser options as the library bundle in rollup.config.mjs. */
export const TERSER_OPTIONS = { ecma: 2022, module: true, format: { comments: false } };

export function gzipBytes(data) {
  return gzipSync(data, { level: 9 }).length;
}

export function brotliBytes(data) {
  return brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
}

/** Sizes of one piece of text or a file's bytes. */
export function measure(data) {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return { min: buffer.length, gzip: gzipBytes(buffer), brotli: brotliBytes(buffer) };
}

export function measureFile(path) {
  return measure(readFileSync(path));
}

/** The package a module id belongs to ("lit", "zod", "chart.js", "@kurkle/color") or "src/…" for ours. */
export function packageOf(id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf(`node_modules${sep}`);
  if (nm >= 0) {
    const parts = clean.slice(nm + 13).split(sep);
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = relative(ROOT, clean);
  if (rel.startsWith('..')) return clean;
  // dist/elements/samson-profile/x.js → ours: elements/samson-profile
  const p = rel.split(sep);
  const inner = p[0] === 'dist' || p[0] === 'src' ? p.slice(1) : p;
  if (inner[0] === 'elements' || inner[0] === 'content') return `ours: ${inner.slice(0, 2).join('/')}`;
  return `ours: ${inner[0]}`;
}

const quiet = (warning, warn) => {
  // zod's internals trip these; they are harmless (TOOLCHAIN.md). SurveyJS trips EVAL.
  if (['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'EVAL', 'THIS_IS_UNDEFINED', 'SOURCEMAP_ERROR'].includes(warning.code))
    return;
  warn(warning);
};

/**
 * Bundles `input` (a path, or { virtual: 'source text' }) and returns its sizes.
 * `split: true` keeps dynamic imports as lazy chunks (what a page loads first is `initial`);
 * `split: false` inlines them, like dist/samskaping-elements.bundle.js.
 */
export async function bundleEntry(input, { split = true, minify: minified = true, attribute = false } = {}) {
  const VIRTUAL = '\0bench-virtual-entry';
  const virtual = typeof input === 'object' ? input.virtual : null;
  const plugins = [];
  if (virtual !== null) {
    plugins.push({
      name: 'bench-virtual',
      resolveId(id, importer) {
        if (id === VIRTUAL) return VIRTUAL;
        // Bare and relative imports from the virtual entry resolve from the repository root.
        if (importer === VIRTUAL && id.startsWith('.')) return resolve(ROOT, id);
        return null;
      },
      load(id) {
        return id === VIRTUAL ? virtual : null;
      },
    });
  }
  plugins.push(nodeResolve({ browser: true, rootDir: ROOT }));
  // The library's own templates (dist/, src/, bench/pages/, and the builds an A/B compares, which
  // it keeps in bench/.out/), minified as the library's bundles minify them
  // (scripts/rollup-plugins.mjs); other packages' code (SurveyJS) is left as it is.
  if (minified)
    plugins.push(minifyTemplates({ include: ['dist', 'src', 'bench/pages', 'bench/.out'].map((dir) => `${ROOT}/${dir}/**`) }));
  if (minified) plugins.push(terser(TERSER_OPTIONS));
  // The entry chunk may export more than the entry module, as in rollup.config.mjs's bundle and
  // as an app's bundler does with an app's entry: with the default ('exports-only') rollup keeps
  // the entry a facade that re-exports from a chunk, which a page fetches only after the facade,
  // a round trip no real page has.
  const bundle = await rollup({
    input: virtual !== null ? VIRTUAL : input,
    plugins,
    onwarn: quiet,
    preserveEntrySignatures: 'allow-extension',
  });
  const { output } = await bundle.generate({
    format: 'esm',
    inlineDynamicImports: !split,
    chunkFileNames: '[name]-[hash].js',
    entryFileNames: 'entry.js',
  });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const initialNames = new Set();
  const walk = (name) => {
    if (initialNames.has(name)) return;
    initialNames.add(name);
    for (const dep of byName.get(name)?.imports ?? []) walk(dep);
  };
  walk(entry.fileName);
  const initialCode = chunks.filter((c) => initialNames.has(c.fileName)).map((c) => c.code);
  const lazyCode = chunks.filter((c) => !initialNames.has(c.fileName)).map((c) => c.code);
  // gzip of the chunks one by one (what HTTP sends), summed.
  const sum = (codes) =>
    codes.reduce(
      (acc, code) => {
        const m = measure(code);
        return { min: acc.min + m.min, gzip: acc.gzip + m.gzip, brotli: acc.brotli + m.brotli };
      },
      { min: 0, gzip: 0, brotli: 0 },
    );
  // Attribution covers the first load only (the lazy chunks are the other languages).
  // With `attribute`, each module's rendered code is also minified on its own (top level
  // kept, so nothing is dropped for lack of a caller) and gzipped: the bytes a module would
  // cost alone. Their sum exceeds the bundle's gzip (no shared dictionary), but the shares
  // show where the bytes are.
  const modules = {};
  const packages = {};
  const gzipAlone = {};
  for (const chunk of chunks) {
    if (!initialNames.has(chunk.fileName)) continue;
    for (const [id, info] of Object.entries(chunk.modules)) {
      if (!info.renderedLength) continue;
      const key = relative(ROOT, id.replace(/^\0/, ''));
      modules[key] = (modules[key] ?? 0) + info.renderedLength;
      const pkg = packageOf(id);
      packages[pkg] = (packages[pkg] ?? 0) + info.renderedLength;
      if (attribute && info.code) {
        const out = await minify(info.code, { ecma: 2022, module: false, toplevel: false, format: { comments: false } });
        const bytes = gzipBytes(Buffer.from(out.code ?? ''));
        gzipAlone[pkg] = (gzipAlone[pkg] ?? 0) + bytes;
      }
    }
  }
  return {
    initial: sum(initialCode),
    lazy: sum(lazyCode),
    chunks: chunks.map((c) => ({ fileName: c.fileName, initial: initialNames.has(c.fileName), code: c.code })),
    modules,
    packages,
    gzipAlone,
  };
}
