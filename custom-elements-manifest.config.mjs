// @custom-elements-manifest/analyzer config. Plugins:
//  - tags: the library defines tags through defineElement() in each element's define.ts
//    (so that importing a class defines nothing), which the analyzer does not recognise;
//    this plugin reads those calls and marks the classes as custom elements with their tag.
//  - shared tokens: the design tokens (--se-*) are documented once, in
//    src/styles/shared.styles.ts, and listed on every element, since every element reads them.
//  - literal unions: attributes typed by an alias (`ProfileCompare`, `IndicatorLevel`, which is
//    a z.infer) are written out as their literal union, so editors offer the values;
//  - shipped paths: the manifest describes dist/ (what npm ships), not src/.
// Then, from that manifest, the editor and framework data (break-stuff's cem-tools family):
// VS Code custom data and JetBrains web-types in dist/editor/, JSX, Svelte and Vue element
// types in dist/frameworks/ (each element's types from its shipped module).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const tagsPlugin = () => ({
  name: 'samskaping-tags',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const definePath = join(dirname(module.path), 'define.ts');
      if (!existsSync(definePath)) continue;
      const source = readFileSync(definePath, 'utf8');
      for (const [, tag, className] of source.matchAll(/defineElement\(\s*'([a-z][\w-]*)',\s*(\w+)\s*\)/g)) {
        const declaration = (module.declarations ?? []).find((d) => d.name === className);
        if (!declaration) continue;
        declaration.tagName = tag;
        declaration.customElement = true;
        // The definition belongs to the module that runs customElements.define: define.ts.
        const defineModule = customElementsManifest.modules.find((m) => m.path === definePath);
        if (!defineModule) continue;
        defineModule.exports = [
          ...(defineModule.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: module.path } },
        ];
      }
    }
  },
});

function sharedTokens() {
  const source = readFileSync('src/styles/shared.styles.ts', 'utf8');
  return [...source.matchAll(/@cssprop \[(--se-[\w-]+)=([^\]]+)\] - (.+)/g)].map(([, name, initial, description]) => ({
    name,
    default: initial,
    description: description.trim(),
  }));
}

const sharedTokensPlugin = () => ({
  name: 'samskaping-shared-tokens',
  packageLinkPhase({ customElementsManifest }) {
    const tokens = sharedTokens();
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement) continue;
        const own = declaration.cssProperties ?? [];
        const names = new Set(own.map((p) => p.name));
        declaration.cssProperties = [...own, ...tokens.filter((t) => !names.has(t.name))];
      }
    }
  },
});

/** `'overlay' | 'side-by-side'` for a property whose declared type is a union of literals. */
function literalUnions(files) {
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    experimentalDecorators: true,
  });
  const checker = program.getTypeChecker();
  const unions = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const visit = (node) => {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
          const type = checker.getTypeAtLocation(member);
          const parts = type.isUnion() ? type.types : [type];
          const defined = parts.filter((part) => !(part.flags & ts.TypeFlags.Undefined));
          if (defined.length < 2 || !defined.every((part) => part.isStringLiteral() || part.isNumberLiteral())) continue;
          const text = defined.map((part) => checker.typeToString(part)).join(' | ');
          unions.set(
            `${file}#${node.name.text}.${member.name.text}`,
            defined.length < parts.length ? `${text} | undefined` : text,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return unions;
}

const literalUnionsPlugin = () => ({
  name: 'samskaping-literal-unions',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules.filter((m) => m.declarations?.some((d) => d.customElement));
    const unions = literalUnions(modules.map((m) => m.path));
    for (const module of modules) {
      for (const declaration of module.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const text = unions.get(`${module.path}#${declaration.name}.${item.fieldName ?? item.name}`);
          if (text && item.type) item.type = { text };
        }
      }
    }
  },
});

// The base classes are abstract: listed for what the elements inherit, not as elements of their own.
const baseClassesPlugin = () => ({
  name: 'samskaping-base-classes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      if (!module.path.startsWith('src/base/')) continue;
      for (const declaration of module.declarations ?? []) if (!declaration.tagName) delete declaration.customElement;
    }
    // The base class's one `emit(name, detail)` makes the analyzer list an event called "name" on
    // every element; the real events are the @event tags of each element.
    for (const module of customElementsManifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
  },
});

const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
const shippedPathsPlugin = () => ({
  name: 'samskaping-shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    // Re-exports keep the specifier as written ('../../events.js'): resolve it first.
    const rewrite = (value, from) => {
      if (Array.isArray(value)) value.forEach((inner) => rewrite(inner, from));
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof inner === 'string') {
            const path = inner.startsWith('.') ? join(dirname(from), inner).replace(/\.js$/, '.ts') : inner;
            value[key] = shipped(path);
          } else rewrite(inner, from);
        }
      }
    };
    for (const module of customElementsManifest.modules) rewrite(module, module.path);
  },
});

// Our @event tags give the whole event type (`CustomEvent<SoimpactSelectDetail>`), which the
// manifest keeps; the type generators wrap the type in CustomEvent<…> themselves, so they get
// a copy of the manifest with the detail type only.
const detailTypes = (manifest) => {
  const copy = structuredClone(manifest);
  for (const module of copy.modules)
    for (const declaration of module.declarations ?? [])
      for (const event of declaration.events ?? [])
        if (event.type?.text) event.type.text = event.type.text.replace(/^CustomEvent<(.+)>$/s, '$1');
  return copy;
};
const withDetailTypes = (plugin) => ({
  ...plugin,
  packageLinkPhase: (context) =>
    plugin.packageLinkPhase({ ...context, customElementsManifest: detailTypes(context.customElementsManifest) }),
});

// Three slips of the type generators, mended so that the files compile with skipLibCheck off
// (test/apps/strict-ts): a type two elements share is imported twice; the Svelte file borrows
// JSX.Element and JSX.CSSProperties from a global JSX namespace a Svelte app does not have and
// declares svelteHTML inside its module, where it augments nothing; and it types Svelte 4's
// `on:event` directives, while Svelte 5 listens through `onevent` attributes (now both).
const dedupeImports = (types) =>
  types.replace(/^import type \{([^}]+)\} from (?="\.\.\/index\.js")/m, (_, names) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ];
    return `import type {\n  ${unique.join(',\n  ')},\n} from `;
  });
const mendTypesPlugin = (files, svelteFile) => ({
  name: 'samskaping-mend-framework-types',
  packageLinkPhase() {
    for (const file of files) {
      let types = dedupeImports(readFileSync(file, 'utf8'));
      if (file === svelteFile)
        types = types
          .replace('children?: JSX.Element;', 'children?: unknown;')
          .replace('style?: JSX.CSSProperties;', 'style?: string;')
          .replace(/^(\s*)"on:([\w-]+)"(\?: .+)$/gm, '$&\n$1"on$2"$3')
          .replace(
            /^declare namespace svelteHTML \{\n([\s\S]*?)^\}/m,
            (_, body) => `declare global {\n  namespace svelteHTML {\n${body.trimEnd().replace(/^/gm, '  ')}\n  }\n}`,
          );
      writeFileSync(file, types);
    }
  },
});

export default {
  // The base classes too, so what every element inherits (heading-level, the form attributes) is listed on each.
  globs: ['src/elements/**/*.ts', 'src/base/samskaping-element.ts', 'src/base/form-associated-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    tagsPlugin(),
    sharedTokensPlugin(),
    literalUnionsPlugin(),
    baseClassesPlugin(),
    shippedPathsPlugin(),
    customElementVsCodePlugin({
      outdir: 'dist/editor',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'summary',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist/editor',
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'summary',
      hideLogs: true,
    }),
    ...[
      [customElementJsxPlugin, 'jsx.d.ts'],
      [customElementSveltePlugin, 'svelte.d.ts'],
      [customElementVuejsPlugin, 'vue.d.ts'],
    ].map(([plugin, fileName]) =>
      withDetailTypes(
        plugin({
          outdir: 'dist/frameworks',
          fileName,
          globalTypePath: '../index.js',
          hideLogs: true,
        }),
      ),
    ),
    mendTypesPlugin(
      ['jsx', 'svelte', 'vue'].map((name) => `dist/frameworks/${name}.d.ts`),
      'dist/frameworks/svelte.d.ts',
    ),
  ],
};
