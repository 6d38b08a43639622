// How many zod schema instances importing the core builds (each defines `_zod` once), and how
// many the first parse of a response adds: what building the schemas on first use saves.
//   node bench/schema-count.mjs [/work/main/dist] [dist]
import { resolve } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
for (const root of roots) {
  const dir = resolve(root);
  let built = 0;
  const define = Object.defineProperty;
  Object.defineProperty = function (target, key, descriptor) {
    if (key === '_zod') built++;
    return define.call(this, target, key, descriptor);
  };
  // zod itself first, so what it builds for its own use is not counted.
  await import(`${dir}/core/zod.js`);
  const before = built;
  const core = await import(`${dir}/core/index.js`);
  const atImport = built - before;
  core.responseSchema.safeParse({});
  console.log(
    `${root}: ${atImport} schema instances built importing the core; the first parse of a response adds ${built - before - atImport}`,
  );
  Object.defineProperty = define;
}
