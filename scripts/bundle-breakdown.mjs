// Where the one-file bundle's bytes are: builds dist/samskaping-elements.bundle.js with the
// bundle's own configuration (rollup.config.mjs) in memory (nothing is written), and prints each
// chunk's gzip size (level 9, as the size tests measure), the first load of the entry and of "a
// page with only <tag>", and the largest modules of a chunk by rollup's renderedLength (the
// tree-shaken code before minification) with each module minified and gzipped on its own.
//   node scripts/bundle-breakdown.mjs [chunk-name-prefix …]   (default: the entry)
import { posix, relative } from 'node:path';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipBytes } from '../bench/lib/bundle.mjs';
import configs from '../rollup.config.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const config = configs.find((entry) => entry.input === 'src/bundle.ts');
const wanted = process.argv.slice(2);
const stats = [];
const breakdown = {
  name: 'bundle-breakdown',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const modules = [];
      for (const [id, info] of Object.entries(chunk.modules)) {
        if (!info.renderedLength || !info.code) continue;
        const alone = await minify(info.code, { ecma: 2022, module: false, toplevel: false, format: { comments: false } });
        modules.push({
          id: relative(ROOT, id.replace(/^\0/, '')),
          rendered: info.renderedLength,
          gzipAlone: gzipBytes(alone.code ?? ''),
        });
      }
      stats.push({ chunk, modules: modules.sort((a, b) => b.gzipAlone - a.gzipAlone) });
    }
  },
};
const plugins = config.plugins.filter((plugin) => plugin.name !== 'clean-bundle-chunks');
const build = await rollup({ ...config, plugins: [...plugins, breakdown] });
const { output } = await build.generate(config.output);
await build.close();
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
const gzip = (name) => gzipBytes(chunks.get(name).code);
const closure = (name, seen = new Set()) => {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const imported of chunks.get(name).imports) closure(imported, seen);
  return seen;
};
const sum = (names) => [...names].reduce((total, name) => total + gzip(name), 0);
const entry = [...chunks.values()].find((chunk) => chunk.isEntry).fileName;
console.log(`entry ${entry}: ${gzip(entry)} B gzip; first load ${sum(closure(entry))} B`);
for (const name of chunks.keys()) {
  const tag = /^bundle\/((?:samson|soimpact)-[a-z]+)-[\w-]{8}\.js$/.exec(name)?.[1];
  if (!tag) continue;
  const page = new Set([...closure(entry), ...closure(name)]);
  console.log(`a page with only <${tag}>: ${sum(page)} B (${[...page].map((n) => posix.basename(n)).join(' + ')})`);
}
console.log(`every chunk: ${sum(chunks.keys())} B`);
console.log('\nchunks (gzip B):');
for (const name of [...chunks.keys()].sort((a, b) => gzip(b) - gzip(a)))
  console.log(`${String(gzip(name)).padStart(8)}  ${name}`);
const shown = wanted.length
  ? stats.filter(({ chunk }) => wanted.some((w) => posix.basename(chunk.fileName).startsWith(w)))
  : stats.filter(({ chunk }) => chunk.isEntry);
for (const { chunk, modules } of shown) {
  console.log(`\n${chunk.fileName}: largest modules (gzip alone, rendered length)`);
  for (const m of modules.slice(0, 30))
    console.log(`${String(m.gzipAlone).padStart(8)} ${String(m.rendered).padStart(8)}  ${m.id}`);
}
