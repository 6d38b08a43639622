// Builds everything the benchmark loads into bench/.out/ and measures the bytes:
//  - each element's entry (dist/elements/<tag>/define.js and everything it imports),
//    bundled like the library bundle; its chunks are what the first-render pages load;
//  - the library bundle as built (dist/samskaping-elements.bundle.js), with a breakdown;
//  - SurveyJS for the same job (survey-core + survey-js-ui + the Norwegian strings) and its CSS
//    (the fontless theme: the default one fetches Open Sans from Google, which a page under a
//    CSP or without network does not; the two differ by 0.6 KB gzip);
//  - Chart.js as our elements register it (the names they import from 'chart.js');
//  - the page scripts of the SurveyJS, profile, chart and aggregation pages.
// Writes bench/.out/sizes.json. Run after `npm run build` (bench/run.mjs does both).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, bundleEntry, measureFile } from './lib/bundle.mjs';

export const ELEMENTS = ['samson-scorecard', 'samson-profile', 'soimpact-chart', 'soimpact-planner', 'soimpact-chain'];
const OUT = join(ROOT, 'bench/.out');
const dist = (...p) => join(ROOT, 'dist', ...p);

function writeChunks(dir, result) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const chunk of result.chunks) writeFileSync(join(dir, chunk.fileName), chunk.code);
}

function topPackages(packages) {
  return Object.fromEntries(Object.entries(packages).sort((a, b) => b[1] - a[1]));
}

/** The names an element's compiled modules import from 'chart.js' (its registration). */
export function chartImports(tag) {
  const names = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]chart\.js(?:\/auto)?['"]/g)) {
          for (const part of m[1].split(',')) {
            const local = part
              .trim()
              .split(/\s+as\s+/)[0]
              .trim();
            if (local && !local.startsWith('type ')) names.add(local);
          }
        }
        if (/from\s*['"]chart\.js\/auto['"]/.test(text)) names.add('*auto*');
      }
    }
  };
  const dir = dist('elements', tag);
  if (existsSync(dir)) walk(dir);
  // The registration itself is shared (src/charts/register.ts), one function per element: what
  // that element's function hands to `Chart.register`, and `Chart`, count for it.
  const register = dist('charts', 'register.js');
  const fn = REGISTER_FUNCTION[tag];
  if (fn && existsSync(register)) {
    const body = readFileSync(register, 'utf8').match(
      new RegExp(`function ${fn}\\(\\)\\s*\\{[^}]*?Chart\\.register\\(([^)]*)\\)`),
    );
    if (body) for (const name of ['Chart', ...body[1].split(',')]) if (name.trim()) names.add(name.trim());
  }
  return [...names].sort();
}

/** The function of src/charts/register.ts that registers what each chart element draws with. */
const REGISTER_FUNCTION = { 'samson-profile': 'registerRadarCharts', 'soimpact-chart': 'registerLineCharts' };

export async function build({ log = console.log } = {}) {
  mkdirSync(OUT, { recursive: true });
  const sizes = { entries: {}, bundle: null, surveyjs: null, chartjs: {}, generatedAt: new Date().toISOString() };

  for (const tag of ELEMENTS) {
    const input = dist('elements', tag, 'define.js');
    if (!existsSync(input)) {
      sizes.entries[tag] = null;
      log(`  ${tag}: not yet built`);
      continue;
    }
    try {
      const result = await bundleEntry(input, { split: true, attribute: true });
      writeChunks(join(OUT, 'entries', tag), result);
      sizes.entries[tag] = {
        initial: result.initial,
        lazy: result.lazy,
        packages: topPackages(result.packages),
        gzipAlone: topPackages(result.gzipAlone),
        modules: topPackages(result.modules),
      };
      log(`  ${tag}: ${result.initial.gzip} B gzip (+${result.lazy.gzip} lazy)`);
    } catch (error) {
      sizes.entries[tag] = null;
      log(`  ${tag}: failed to bundle (${error.message.split('\n')[0]})`);
    }
  }

  const bundleFile = dist('samskaping-elements.bundle.js');
  // src/bundle.ts is not in the per-module build; the same two lines over dist/ rebuild it.
  const breakdown = await bundleEntry(
    { virtual: "import './dist/define.js';\nexport * from './dist/index.js';\n" },
    { split: false, attribute: true },
  );
  // The bundle's other languages are chunks next to it (dist/bundle/), fetched on demand.
  const chunkDir = dist('bundle');
  const lazyChunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')) : [];
  const lazy = lazyChunks
    .map((name) => measureFile(join(chunkDir, name)))
    .reduce((sum, m) => ({ min: sum.min + m.min, gzip: sum.gzip + m.gzip, brotli: sum.brotli + m.brotli }), {
      min: 0,
      gzip: 0,
      brotli: 0,
    });
  sizes.bundle = {
    file: measureFile(bundleFile),
    lazy,
    lazyChunks: lazyChunks.length,
    rebuilt: breakdown.initial,
    packages: topPackages(breakdown.packages),
    gzipAlone: topPackages(breakdown.gzipAlone),
    modules: topPackages(breakdown.modules),
  };
  log(`  bundle: ${sizes.bundle.file.gzip} B gzip`);

  const survey = await bundleEntry(
    {
      virtual:
        "export { Model } from 'survey-core';\nexport { renderSurvey } from 'survey-js-ui';\nimport 'survey-core/i18n/norwegian';\n",
    },
    { split: false },
  );
  const css = join(ROOT, 'node_modules/survey-core/survey-core.fontless.min.css');
  copyFileSync(css, join(OUT, 'survey-core.fontless.min.css'));
  sizes.surveyjs = { js: survey.initial, css: measureFile(css), packages: topPackages(survey.packages) };
  log(`  SurveyJS: ${survey.initial.gzip} B gzip JS + ${sizes.surveyjs.css.gzip} B gzip CSS`);

  const union = [...new Set([...chartImports('samson-profile'), ...chartImports('soimpact-chart')])].sort();
  for (const [set, tag] of [
    ['radar', 'samson-profile'],
    ['line', 'soimpact-chart'],
    ['radar + line (the bundle)', null],
  ]) {
    const names = tag ? chartImports(tag) : union;
    if (!names.length) {
      sizes.chartjs[set] = { names: [], note: `${tag} not yet built` };
      continue;
    }
    const source = names.includes('*auto*')
      ? "export { default } from 'chart.js/auto';\n"
      : `import { ${names.join(', ')} } from 'chart.js';\nexport { ${names.join(', ')} };\n`;
    const result = await bundleEntry({ virtual: source }, { split: false });
    sizes.chartjs[set] = { names, ...result.initial };
    log(`  Chart.js ${set} set (${names.join(', ')}): ${result.initial.gzip} B gzip`);
  }

  // Page scripts. Each is bundled whole (no splitting) so one request loads it.
  mkdirSync(join(OUT, 'pages'), { recursive: true });
  const pages = [
    ['surveyjs', []],
    ['profile', ['samson-profile']],
    ['chart', ['soimpact-chart']],
    ['aggregate', []],
  ];
  sizes.pages = {};
  for (const [page, needs] of pages) {
    const missing = needs.filter((tag) => !existsSync(dist('elements', tag, 'define.js')));
    if (missing.length) {
      sizes.pages[page] = `not yet built (${missing.join(', ')})`;
      continue;
    }
    try {
      const result = await bundleEntry(join(ROOT, 'bench/pages', `${page}.page.js`), { split: false });
      writeFileSync(join(OUT, 'pages', `${page}.js`), result.chunks[0].code);
      sizes.pages[page] = 'built';
    } catch (error) {
      sizes.pages[page] = `failed: ${error.message.split('\n')[0]}`;
      log(`  page ${page}: ${sizes.pages[page]}`);
    }
  }

  writeFileSync(join(OUT, 'sizes.json'), JSON.stringify(sizes, null, 2));
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build();
}
