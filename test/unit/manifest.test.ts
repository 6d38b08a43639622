import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

// Reads the built dist/custom-elements.json (npm test builds first).
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string; fieldName?: string }>;
  members?: Array<{ name: string; kind: string; privacy?: string }>;
  events?: Array<{ name: string; type?: { text: string } }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
  modules: Array<{
    path: string;
    declarations?: Declaration[];
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
  }>;
};
// The manifest describes what npm ships (dist/); the element's source is next to it in src/.
const sourceOf = (path: string) => path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

const expectedEvents: Record<string, string[]> = {
  'samson-scorecard': ['samson-change', 'samson-complete', 'samson-error'],
  'samson-profile': ['samson-profile-select', 'samson-error'],
  'soimpact-planner': ['soimpact-change', 'soimpact-complete', 'soimpact-error'],
  'soimpact-chain': ['soimpact-select', 'soimpact-error'],
  'soimpact-chart': ['soimpact-data', 'soimpact-error'],
};

describe('custom-elements.json', () => {
  for (const [tag, events] of Object.entries(expectedEvents)) {
    it(`documents <${tag}>: every public property and attribute, its events with detail types, parts and tokens`, () => {
      const module = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === tag));
      assert.ok(module, `no declaration for <${tag}>`);
      const declaration = module.declarations!.find((d) => d.tagName === tag)!;

      // Every @property in the source appears as a documented public field.
      const source = readFileSync(sourceOf(module.path), 'utf8');
      const declared = [...source.matchAll(/@property\(([^)]*)\)\s*(?:override\s+)?(?:accessor\s+)?(?:get\s+|set\s+)?(\w+)/g)];
      assert.ok(declared.length > 0);
      const fields = new Set((declaration.members ?? []).filter((m) => m.privacy !== 'private').map((m) => m.name));
      const attributes = new Set((declaration.attributes ?? []).map((a) => a.name));
      for (const [, options, name] of declared) {
        assert.ok(fields.has(name!), `<${tag}> property ${name} is not in the manifest`);
        if (!/attribute:\s*false/.test(options!)) {
          const attribute = /attribute:\s*'([^']+)'/.exec(options!)?.[1] ?? name!.toLowerCase();
          assert.ok(attributes.has(attribute), `<${tag}> attribute ${attribute} is not in the manifest`);
        }
      }

      // Inherited from src/base/samskaping-element.ts: every element takes it.
      assert.ok(attributes.has('heading-level'), `<${tag}> does not list heading-level`);

      const documented = new Map((declaration.events ?? []).map((e) => [e.name, e.type?.text ?? '']));
      for (const event of events) {
        assert.ok(documented.has(event), `<${tag}> does not document ${event}`);
        assert.match(documented.get(event)!, /CustomEvent<.+>/, `${event} has no detail type`);
      }
      assert.ok((declaration.cssParts ?? []).length > 0, `<${tag}> documents no ::part`);
      const tokens = (declaration.cssProperties ?? []).map((p) => p.name);
      assert.ok(tokens.includes('--se-color-accent'), `<${tag}> does not list the shared tokens`);
    });
  }

  it('points at shipped files only (dist/, listed in package.json "files")', () => {
    const paths = manifest.modules.flatMap((m) => [
      m.path,
      ...(m.exports ?? []).map((e) => e.declaration.module).filter(Boolean),
    ]);
    const missing = paths.filter((path) => !path!.startsWith('dist/') || !existsSync(path!));
    assert.deepEqual(missing, []);
  });

  it('puts each definition on the define module that defines the tag', () => {
    for (const tag of Object.keys(expectedEvents)) {
      const definers = manifest.modules.filter((m) =>
        m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
      );
      assert.deepEqual(
        definers.map((m) => m.path),
        [`dist/elements/${tag}/define.js`],
      );
      const definition = definers[0]!.exports!.find((e) => e.name === tag)!;
      assert.equal(definition.declaration.module, `dist/elements/${tag}/${tag}.js`);
    }
  });

  it('types attributes with a fixed set of values as their literal union, not an alias name', () => {
    const attribute = (tag: string, name: string) =>
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === tag)
        ?.attributes?.find((a) => a.name === name) as { type?: { text: string } } | undefined;
    assert.equal(attribute('samson-profile', 'compare')?.type?.text, '"overlay" | "side-by-side"');
    assert.equal(attribute('soimpact-chart', 'level')?.type?.text, '"output" | "outcome" | "impact" | undefined');
  });
});
