// The editor and framework data generated from the manifest (custom-elements-manifest.config.mjs,
// break-stuff's custom-element-*-integration plugins) name every element, every attribute and
// every event, and the package points editors and apps at them. Reads the built dist/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}

const built = existsSync('dist/editor/web-types.json');
const read = (path: string) => readFileSync(path, 'utf8');
const json = (path: string) => JSON.parse(read(path));

const elements: Declaration[] = built
  ? (json('dist/custom-elements.json').modules as Array<{ declarations?: Declaration[] }>)
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement)
  : [];

describe('editor and framework data from the manifest', { skip: built ? false : 'npm run build first' }, () => {
  it('the manifest lists all five elements, with attributes and events', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'samson-profile',
      'samson-scorecard',
      'soimpact-chain',
      'soimpact-chart',
      'soimpact-planner',
    ]);
    for (const element of elements) {
      assert.ok(element.attributes?.length, `${element.tagName} has no attributes`);
      assert.ok(element.events?.length, `${element.tagName} has no events`);
    }
  });

  it('VS Code custom data: every tag with its attributes; every custom property in the CSS data', () => {
    const html = json('dist/editor/vscode.html-custom-data.json') as {
      tags: Array<{ name: string; attributes: Array<{ name: string }> }>;
    };
    const css = json('dist/editor/vscode.css-custom-data.json') as { properties: Array<{ name: string }> };
    const cssNames = new Set(css.properties.map((property) => property.name));
    for (const element of elements) {
      const tag = html.tags.find((candidate) => candidate.name === element.tagName);
      assert.ok(tag, `${element.tagName} is missing from the VS Code HTML data`);
      const names = tag.attributes.map((attribute) => attribute.name);
      for (const attribute of element.attributes ?? [])
        assert.ok(names.includes(attribute.name), `${element.tagName}[${attribute.name}]`);
      for (const property of element.cssProperties ?? [])
        assert.ok(cssNames.has(property.name), `${property.name} in the CSS data`);
    }
  });

  it('JetBrains web-types: every tag with its attributes and events; package.json points at it', () => {
    const webTypes = json('dist/editor/web-types.json') as {
      name: string;
      contributions: {
        html: { elements: Array<{ name: string; attributes: Array<{ name: string }>; js: { events: Array<{ name: string }> } }> };
      };
    };
    const pkg = json('package.json');
    assert.equal(webTypes.name, pkg.name);
    assert.equal(pkg['web-types'], './dist/editor/web-types.json');
    for (const element of elements) {
      const entry = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
      assert.ok(entry, `${element.tagName} is missing from web-types`);
      const attributes = entry.attributes.map((attribute) => attribute.name);
      const events = entry.js.events.map((event) => event.name);
      for (const attribute of element.attributes ?? [])
        assert.ok(attributes.includes(attribute.name), `${element.tagName}[${attribute.name}]`);
      for (const event of element.events ?? []) assert.ok(events.includes(event.name), `${element.tagName} ${event.name}`);
    }
  });

  for (const framework of ['jsx', 'svelte', 'vue']) {
    it(`${framework} types: every tag, its attributes and an on<event> prop per event; exported`, () => {
      const types = read(`dist/frameworks/${framework}.d.ts`);
      const pkg = json('package.json');
      assert.equal(pkg.exports[`./${framework}`]?.types, `./dist/frameworks/${framework}.d.ts`);
      for (const element of elements) {
        // The element's block: from its props type to the next element's.
        const start = types.search(new RegExp(`^(export )?type ${className(element.tagName!)}Props = \\{`, 'm'));
        assert.ok(start >= 0, `${element.tagName}: no props type in ${framework}.d.ts`);
        const block = types.slice(start, types.indexOf('\n};', start));
        for (const attribute of element.attributes ?? []) {
          const key = /^[a-z]+$/.test(attribute.name) ? `${attribute.name}?:` : `"${attribute.name}"?:`;
          assert.ok(block.includes(key), `${element.tagName}[${attribute.name}] in ${framework}.d.ts`);
        }
        for (const event of element.events ?? [])
          assert.ok(block.includes(`"on${event.name}"?:`), `${element.tagName} ${event.name} in ${framework}.d.ts`);
        assert.match(types, new RegExp(`"${element.tagName}": `), `${element.tagName} in the ${framework} element map`);
      }
    });
  }
});

function className(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}
