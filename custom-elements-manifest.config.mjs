// @custom-elements-manifest/analyzer config. Two plugins:
//  - tags: the library defines tags through defineElement() in each element's define.ts
//    (so that importing a class defines nothing), which the analyzer does not recognise;
//    this plugin reads those calls and marks the classes as custom elements with their tag.
//  - shared tokens: the design tokens (--se-*) are documented once, in
//    src/styles/shared.styles.ts, and listed on every element, since every element reads them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
        module.exports = [
          ...(module.exports ?? []),
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

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [tagsPlugin(), sharedTokensPlugin()],
};
