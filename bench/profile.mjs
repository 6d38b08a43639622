// Where does a bench page spend its time? Bundles a page's script unminified (so function
// names survive), loads it cold with the V8 sampling profiler on (CDP Profiler, 100 µs), waits
// for a condition, and prints self time per function and per script. Used to explain misses.
//   node bench/profile.mjs chart "typeof window.__chartFirst === 'function'" reduce
//   node bench/profile.mjs scorecard-entry "window.__bench.painted !== null"
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { ROOT, bundleEntry } from './lib/bundle.mjs';
import { startServer } from './server.mjs';

const [name, condition = 'true', motion = 'no-preference'] = process.argv.slice(2);
const dir = join(ROOT, 'bench/.out/profile');
mkdirSync(dir, { recursive: true });
const html = readFileSync(join(ROOT, 'bench/pages', `${name}.html`), 'utf8');
const input = name.startsWith('scorecard')
  ? join(ROOT, 'dist/elements/samson-scorecard/define.js')
  : join(ROOT, 'bench/pages', `${name}.page.js`);
const bundle = await bundleEntry(input, { split: false, minify: false });
writeFileSync(join(dir, `${name}.js`), bundle.chunks[0].code);
writeFileSync(
  join(dir, `${name}.html`),
  html
    .replace(/src="[^"]*\.out\/[^"]*\.js"/, `src="${name}.js"`)
    .replace(/src="\.\.\/\.\.\/dist\/[^"]*"/, `src="${name}.js"`)
    .replace(/src="(probe|scorecard-steps)\.js"/g, 'src="../../pages/$1.js"'),
);
const path = `/bench/.out/profile/${name}.html`;
const browser = await launchChromium();
const { server, origin } = await startServer();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: motion });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
await page.waitForFunction(condition, null, { timeout: 60_000, polling: 50 });
if (name === 'chart' || name === 'profile')
  await page.evaluate(`(window.__chartFirst ?? window.__profileFirst)()`).then((r) => console.log('result', JSON.stringify(r)));
const { profile } = await cdp.send('Profiler.stop');
// The raw profile, for Chromium DevTools (Performance → load profile) or a closer look.
writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const fn = new Map();
const file = new Map();
for (const [id, micros] of self) {
  const { callFrame: c } = byId.get(id);
  const where = `${c.url.split('/').slice(-2).join('/')}:${c.lineNumber + 1}:${c.columnNumber + 1}`;
  const key = `${c.functionName || '(anonymous)'} ${where}`;
  fn.set(key, (fn.get(key) ?? 0) + micros);
  const f = c.url ? c.url.split('/').slice(-2).join('/') : c.functionName;
  file.set(f, (file.get(f) ?? 0) + micros);
}
// Inclusive time (the function and what it calls) per function name, each counted once per sample.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const c = byId.get(at).callFrame;
    if (!c.url || !c.functionName) continue;
    const key = `${c.functionName} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0));
  }
});
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
console.log('— self time by function —\n' + show(fn, 30));
console.log('— by script —\n' + show(file, 10));
console.log('— inclusive time by function —\n' + show(inclusive, 45));
await browser.close();
server.close();
