/**
 * The package as an app gets it from npm (`npm pack`'s file list and the exports map), and
 * a strict TypeScript app (test/apps/strict-ts) that type-checks against it: typed document
 * and window listeners, literal attribute types, `./bundle` types. Needs `npm run build` first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const built = existsSync(join(ROOT, 'dist/index.js'));

function packedFiles() {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  );
  return new Set(report.files.map((file) => file.path));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
  );
}

describe('the published package', { skip: built ? false : 'dist/ not built: npm run build' }, () => {
  const files = built ? packedFiles() : new Set();

  it('ships every file its exports map names, with types for every JavaScript entry', () => {
    const missing = [];
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? { default: target } : target;
      for (const path of Object.values(targets)) {
        const file = path.replace(/^\.\//, '');
        if (file.includes('*')) {
          const prefix = file.slice(0, file.indexOf('*'));
          if (![...files].some((f) => f.startsWith(prefix))) missing.push(`${entry}: nothing under ${prefix}`);
        } else if (!files.has(file)) missing.push(`${entry}: ${file}`);
      }
      if (typeof targets.default === 'string' && targets.default.endsWith('.js') && !targets.types)
        missing.push(`${entry}: no types`);
    }
    assert.deepEqual(missing, []);
  });

  it('exports the demo data; ships LICENSE, CHANGELOG and keywords', () => {
    assert.ok(pkg.exports['./demo-data/*'], 'demo-data is shipped but not exported');
    assert.ok([...files].some((file) => file.startsWith('dist/demo-data/') && file.endsWith('.json')));
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md']) assert.ok(files.has(file), `${file} is not in the package`);
    assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /MIT License/);
    assert.equal(pkg.license, 'MIT');
    assert.ok(pkg.keywords?.includes('web-components'));
  });

  it('has source maps whose sources are shipped or embedded', () => {
    const broken = [];
    for (const map of walk(join(ROOT, 'dist')).filter((file) => file.endsWith('.js.map'))) {
      const { sources, sourcesContent = [] } = JSON.parse(readFileSync(map, 'utf8'));
      sources.forEach((source, index) => {
        const shipped = files.has(resolve(dirname(map), source).slice(ROOT.length));
        if (!shipped && typeof sourcesContent[index] !== 'string') broken.push(`${map.slice(ROOT.length)} → ${source}`);
      });
    }
    assert.deepEqual(broken.slice(0, 5), []);
    assert.ok(![...files].some((file) => file.endsWith('.d.ts.map')), 'declaration maps point at src/, which is not shipped');
  });

  it('type-checks in a strict TypeScript app (typed document listeners, literal unions, ./bundle)', () => {
    const app = join(ROOT, 'test/apps/strict-ts');
    const link = join(app, 'node_modules/samskaping-elements');
    if (!existsSync(link)) {
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync('../../../..', link);
    }
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}`);
    }
  });
});
