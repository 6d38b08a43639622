// Two builds from one source tree:
//  1. dist/**: unbundled ESM + .d.ts per module, for apps that bundle themselves
//     (dependencies stay bare imports, so an app gets one copy of lit, zod, chart.js);
//  2. dist/samskaping-elements.bundle.js: one self-contained, minified ES module that a
//     CMS page loads with a single <script type="module">.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const isDependency = (id) => /^(lit|@lit\/|zod|chart\.js|tslib|@kurkle\/|react)/.test(id);

export default [
  {
    input: sourceFiles('src').filter((path) => !path.endsWith('bundle.ts')),
    external: isDependency,
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: true, declarationMap: true, outDir: 'dist' })],
  },
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/samskaping-elements.bundle.js',
      format: 'esm',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      // zod's internals trip these; they are harmless (TOOLCHAIN.md).
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
      warn(warning);
    },
  },
];
