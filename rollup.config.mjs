// Two builds from one source tree:
//  1. dist/**: unbundled ESM + .d.ts per module, for apps that bundle themselves
//     (dependencies stay bare imports, so an app gets one copy of lit, zod, chart.js);
//  Source maps carry the TypeScript sources (inlineSources), since src/ is not shipped; no
//  declaration maps, which would send "go to definition" to src/ files that are not there.
//  2. dist/samskaping-elements.bundle.js: one minified ES module that a CMS page loads with
//     a single <script type="module">: the API and the element loader (src/element-loader.ts),
//     which loads each element's code from dist/bundle/ when its tag appears on the page, as it
//     loads the other languages and Chart.js (copy or serve the two together).
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { compactTranslations, minifyTemplates, preloadChunkImports } from './scripts/rollup-plugins.mjs';
// The same terser options as bench/lib/bundle.mjs, so the size test measures what ships.
import { TERSER_OPTIONS } from './bench/lib/bundle.mjs';

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** See the bundle's `experimentalMinChunkSize`. */
const CHUNK_MIN = 2000;

const isDependency = (id) => /^(lit|@lit\/|zod|chart\.js|tslib|@kurkle\/|react)/.test(id);

// @lit/localize keeps its configuration in module state and throws "lit-localize can only be
// configured once" on a second configureLocalization (lit/lit#1661: no library story yet). The
// library therefore ships a private copy of its runtime (dist/vendor/@lit/localize/, 1.4 KB
// gzip minified), so an app that configures @lit/localize itself keeps its own, in either import order.
const isPrivateCopy = (id) => /^@lit\/localize(\/|$)/.test(id);
const isSharedDependency = (id) => isDependency(id) && !isPrivateCopy(id);
const vendorName = (chunk) => {
  const path = chunk.facadeModuleId ?? '';
  const inNodeModules = path.lastIndexOf('/node_modules/');
  if (inNodeModules === -1) return '[name].js';
  return `vendor/${path.slice(inNodeModules + '/node_modules/'.length).replace(/\.js$/, '')}.js`;
};

// The private copy keeps its licence (BSD-3-Clause) next to it.
const vendorLicence = () => ({
  name: 'vendor-licence',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'vendor/@lit/localize/LICENSE',
      source: readFileSync('node_modules/@lit/localize/LICENSE'),
    });
  },
});

// ————— lazy chunks of the one-file bundle (helper "scorecard", issue 17) —————
// The bundle's chunks (languages, Chart.js, the scorecard's later steps) have content hashes in
// their names: without a clean dist/bundle/, every build leaves the previous ones beside them,
// and a copy of the folder (or the size test's "every chunk") carries files nothing imports.
const cleanBundleChunks = (dir = 'dist/bundle') => ({
  name: 'clean-bundle-chunks',
  buildStart() {
    rmSync(dir, { recursive: true, force: true });
  },
});
// ————— end of the lazy-chunk block —————

export default [
  {
    // The one-file bundle's own modules (src/bundle.ts, src/bundle-start.ts) are not part of the npm build.
    input: sourceFiles('src').filter((path) => !/[/\\]bundle(-start)?\.ts$/.test(path)),
    external: isSharedDependency,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      entryFileNames: vendorName,
    },
    plugins: [
      vendorLicence(),
      // The content (src/content/**/*.json) becomes ES modules, so dist/ imports no JSON (Node needs no import attribute).
      json({ preferConst: true, namedExports: false }),
      nodeResolve({ browser: true, resolveOnly: [/^@lit\/localize/] }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationMap: false, outDir: 'dist', inlineSources: true }),
    ],
  },
  {
    input: 'src/bundle.ts',
    // The chunks import what they share with the entry (the core, zod, the locale runtime)
    // straight from the bundle; what only the elements share (lit, the base element) is a chunk.
    preserveEntrySignatures: 'allow-extension',
    // The other languages are chunks next to the bundle (dist/bundle/), which it imports by
    // URLs relative to its own (import.meta.url), only when a page switches to them.
    output: {
      dir: 'dist',
      entryFileNames: 'samskaping-elements.bundle.js',
      // An element's code is named after its tag (bundle/soimpact-chart-<hash>.js), so a
      // page's network log and the size test (test/unit/size-budget.test.ts) can tell them apart.
      chunkFileNames: (chunk) => {
        const id = chunk.facadeModuleId ?? '';
        // A chunk reached by two dynamic imports (the loader's and the planner's publish panel's
        // import of the chart) can have no facade: its define module is then among its modules.
        const defineModule = /\/elements\/([a-z-]+)\/define\.ts$/;
        const element = chunk.moduleIds.map((module) => defineModule.exec(module)?.[1]).find(Boolean);
        if (element) return `bundle/${element}-[hash].js`;
        // The languages' shared message ids (scripts/rollup-plugins.mjs) are a chunk without a facade.
        const strings = id.includes('/i18n/') || chunk.moduleIds.some((module) => module.endsWith('/i18n/message-ids'));
        const kind = strings ? 'strings.' : id.includes('/content/samson/') ? 'samson.' : '';
        return `bundle/${kind}[name]-[hash].js`;
      },
      // Chart.js with its helpers and colour module in one chunk: left to rollup, the helpers
      // (chart.js/helpers, which the chart's reference labels import beside the registry) were
      // a chunk of their own, and the two compressed apart cost 1.8 KB gzip more.
      manualChunks: chartJsChunk,
      // Shared chunks under 2 KB (rendered) are merged into a neighbour where that runs no code
      // earlier than before: four tiny chunks (converters, next-task, number, salvage) were four
      // requests and four gzip headers on most pages. 2 KB was the lowest total for the pages of
      // one element (bench/budgets.json); 4 KB and more merged code a page does not need.
      experimentalMinChunkSize: CHUNK_MIN,
      format: 'esm',
      sourcemap: true,
    },
    plugins: [cleanBundleChunks(), ...minifiedBrowserPlugins('dist')],
    onwarn: skipHarmlessWarnings,
  },
  ...cdnBuild(),
];

// ---------------------------------------------------------------------------------------------
// 3. The CDN build (dist/cdn/): the autoloader (cdn/autoloader.js, which imports an element's
//    code when its tag appears on the page) and one bundle per element (cdn/<tag>.js), all
//    sharing the chunks in cdn/chunks/, which they import by URLs relative to their own. Kept
//    apart from the two builds above; the five tags are src/element-loader.ts's table, the same
//    one the one-file bundle loads from.
// ---------------------------------------------------------------------------------------------
function cdnBuild() {
  // Read from the loader table itself, so a sixth element there gets its CDN bundle too.
  const cdnElements = [
    ...readFileSync('src/element-loader.ts', 'utf8').matchAll(
      /'([a-z]+-[a-z-]+)': \(\) => import\('\.\/elements\/\1\/define\.js'\)/g,
    ),
  ].map((match) => match[1]);
  if (cdnElements.length < 5) throw new Error(`rollup.config.mjs: found ${cdnElements.length} elements in src/element-loader.ts`);
  return [
    {
      input: {
        autoloader: 'src/autoloader.ts',
        ...Object.fromEntries(cdnElements.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
      },
      output: {
        dir: 'dist/cdn',
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks: chartJsChunk,
        experimentalMinChunkSize: CHUNK_MIN,
        sourcemap: true,
      },
      // The CDN chunks have content hashes too (cdn/chunks/<name>-<hash>.js).
      plugins: [cleanBundleChunks('dist/cdn'), ...minifiedBrowserPlugins('dist/cdn')],
      onwarn: skipHarmlessWarnings,
    },
  ];
}

/** The plugins of the two minified browser builds (the one-file bundle and the CDN build). */
function minifiedBrowserPlugins(outDir) {
  return [
    json({ preferConst: true, namedExports: false }),
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir,
      sourceMap: true,
      inlineSources: true,
    }),
    minifyTemplates(),
    compactTranslations(),
    preloadChunkImports(),
    terser(TERSER_OPTIONS),
  ];
}

/** The chunk of Chart.js, @kurkle/color (its colours) and src/charts/register.ts, the one module that imports them. */
function chartJsChunk(id) {
  if (/[/\\]node_modules[/\\](chart\.js|@kurkle[/\\]color)[/\\]/.test(id) || /[/\\]src[/\\]charts[/\\]register\.ts$/.test(id))
    return 'chart.js';
  return undefined;
}

/** zod's internals trip these; they are harmless (TOOLCHAIN.md). */
function skipHarmlessWarnings(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
}
