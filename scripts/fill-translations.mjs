// Fills <target>s in xliff/da.xlf, xliff/en.xlf and xliff/nn.xlf from a JSON file in which a message's
// placeholders are written {0}, {1}, … in the order lit-localize numbers them:
//   { "Må ha minst {0} tegn.": { "da": "Skal have mindst {0} tegn.", "en": "Must have at least {0} characters.", "nn": "Må ha minst {0} teikn." } }
// Run `npx lit-localize extract` first so every msg() has its trans-unit; existing
// targets for other sources are left alone, and so is a locale an entry leaves out.
// Usage: node scripts/fill-translations.mjs translations.json
import { readFileSync, writeFileSync } from 'node:fs';

const translations = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const placeholder = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;
const escapeText = (text) => text.replace(/&(?!(amp|lt|gt|quot|apos);)/g, '&amp;').replace(/</g, '&lt;');
const decode = (xml) =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const used = new Set();
// The target locales come from lit-localize.json, the one list of the library's languages.
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
for (const locale of targetLocales) {
  const path = `xliff/${locale}.xlf`;
  let filled = 0;
  const xml = readFileSync(path, 'utf8').replace(
    /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
    (whole, open, source, close) => {
      const tags = new Map([...source.matchAll(placeholder)].map((m) => [m[1], m[0]]));
      const key = decode(source.replace(placeholder, '{$1}'));
      const entry = translations[key];
      if (!entry || typeof entry[locale] !== 'string') return whole;
      used.add(key);
      filled++;
      const target = escapeText(entry[locale]).replace(/\{(\d+)\}/g, (m, id) => tags.get(id) ?? m);
      return `${open}${source}${close}\n  <target>${target}</target>`;
    },
  );
  writeFileSync(path, xml);
  console.log(`${path}: ${filled} targets written`);
}
const unused = Object.keys(translations).filter((key) => !used.has(key));
if (unused.length) console.log(`No trans-unit for:\n  ${unused.join('\n  ')}`);
