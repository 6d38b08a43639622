/**
 * The rollup plugins of the minified browser builds (scripts/rollup-plugins.mjs): a language's
 * translations built with the shared message ids must be the same `templates` as lit-localize
 * generated, and the template minifier must keep the whitespace that renders.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { ROOT } from '../../bench/lib/bundle.mjs';
import { compactTranslations, minifyTemplates } from '../../scripts/rollup-plugins.mjs';

const localize = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('@lit/localize')).href;

/** Builds `input` with the plugin into one ES module in a temporary folder and imports it. */
async function buildAndImport(input: string, plugin: ReturnType<typeof compactTranslations>, dir: string) {
  const bundle = await rollup({ input, plugins: [plugin], external: ['@lit/localize'] });
  const { output } = await bundle.generate({ format: 'esm', paths: { '@lit/localize': localize } });
  await bundle.close();
  assert.equal(output.length, 1);
  const file = join(dir, `${output[0].fileName.replace(/\.\w+$/, '')}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, output[0].code);
  return { code: output[0].code, module: (await import(pathToFileURL(file).href)) as { templates: Record<string, unknown> } };
}

describe('compactTranslations', () => {
  it('gives every generated language the templates lit-localize generated, without repeating the ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-translations-'));
    try {
      const generated = join(ROOT, 'src/i18n/generated');
      const locales = readdirSync(generated).filter((name) => name.endsWith('.ts') && name !== 'locale-codes.ts');
      assert.ok(locales.length >= 3, `expected the generated languages in ${generated}, found ${locales.join(', ')}`);
      for (const name of locales) {
        const original = ((await import(join(generated, name))) as { templates: Record<string, unknown> }).templates;
        const built = await buildAndImport(join(generated, name), compactTranslations({ root: ROOT }), dir);
        assert.deepEqual(built.module.templates, original, `${name}: templates differ`);
        const someId = Object.keys(original).find((id) => /^s[0-9a-f]{16}$/.test(id))!;
        assert.ok(!built.code.includes(`${someId}:`) && !built.code.includes(`'${someId}':`), `${name}: the ids are still keys`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a text a language lacks out of its templates, so lit shows the source text', async () => {
    const root = mkdtempSync(join(tmpdir(), 'compact-translations-root-'));
    try {
      const generated = join(root, 'src/i18n/generated');
      mkdirSync(generated, { recursive: true });
      writeFileSync(join(generated, 'locale-codes.ts'), "export const sourceLocale = 'nb';\n");
      writeFileSync(
        join(generated, 'xa.ts'),
        "import {str} from '@lit/localize';\nexport const templates = {\n's1': `one`,\n's2': str`two ${0}`,\n's3': `three`,\n};\n",
      );
      writeFileSync(join(generated, 'xb.ts'), "export const templates = {\n's2': `zwei`,\n};\n");
      const a = await buildAndImport(join(generated, 'xa.ts'), compactTranslations({ root }), root);
      const b = await buildAndImport(join(generated, 'xb.ts'), compactTranslations({ root }), root);
      assert.deepEqual(Object.keys(a.module.templates), ['s1', 's2', 's3']);
      assert.equal(a.module.templates.s1, 'one');
      assert.deepEqual(b.module.templates, { s2: 'zwei' });
      assert.ok(!('s1' in b.module.templates) && !('s3' in b.module.templates));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('minifyTemplates', () => {
  /** Runs the minifier's transform on one module's source. */
  async function minified(source: string): Promise<string> {
    const plugin = minifyTemplates() as { transform: (code: string, id: string) => Promise<{ code: string } | null> };
    const result = await plugin.transform.call(
      { warn() {}, error: (message: string) => assert.fail(message) },
      source,
      '/x/module.js',
    );
    return result?.code ?? source;
  }

  it('keeps one space where the template had whitespace, even at the edge of a fragment', async () => {
    const code = await minified(
      'const a = html`<span class="label"> · ${label}</span>`;\nconst b = html`<div>\n  <p>\n    ${text}\n  </p>\n  <button>${x}</button>\n  <button>${y}</button>\n</div>`;',
    );
    assert.ok(code.includes('html`<span class="label"> · ${label}</span>`'), code);
    assert.ok(code.includes('<button>${x}</button> <button>${y}</button>'), code);
    assert.ok(!code.includes('\n  '), `indentation left: ${code}`);
  });

  it('minifies a css declaration list that is spliced into rules', async () => {
    const code = await minified(
      'const hidden = css`\n  position: absolute !important;\n  width: 1px;\n  clip: rect(0 0 0 0);\n`;',
    );
    const declarations = /css`([^`]*)`/.exec(code)?.[1] ?? '';
    // lightningcss may order the declarations otherwise (the !important ones last): one rule's
    // declarations of different properties do not depend on their order.
    assert.deepEqual(declarations.split(';').filter(Boolean).sort(), [
      'clip:rect(0 0 0 0)',
      'position:absolute!important',
      'width:1px',
    ]);
  });
});
