import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBuiltInInstrument } from '../../src/content/samson/index.js';
import { loadSteps } from '../../src/content/soimpact/steps.js';
import { loadDemoPlan } from '../../src/content/soimpact/index.js';

const samsonNn = await loadBuiltInInstrument('nn');
const stepsNn = await loadSteps('nn');
const boostNn = await loadDemoPlan('boost-refugee', 'nn');
const jobNn = await loadDemoPlan('job-course', 'nn');

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function units(xliff: string): Unit[] {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)].map(
    (m) => ({ id: m[1]!, source: m[2]!, target: m[3] }),
  );
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('UI translations', () => {
  // Extract the current msg() calls into a scratch directory, so the check sees the code as
  // it is without rewriting the committed XLIFF files.
  const scratch = mkdtempSync(join(tmpdir(), 'xliff-'));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = scratch;
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify({ ...config, tsConfig: join(process.cwd(), 'tsconfig.json') }));
  execFileSync('npx', ['lit-localize', 'extract', '--config', configPath], { stdio: 'pipe' });
  const current = units(readFileSync(join(scratch, 'da.xlf'), 'utf8'));

  for (const locale of config.targetLocales as string[]) {
    it(`${locale}: every message in the code has a translation with the same placeholders`, () => {
      const committed = new Map(units(readFileSync(`xliff/${locale}.xlf`, 'utf8')).map((u) => [u.id, u]));
      const missing = current.filter((u) => !committed.get(u.id)?.target?.trim()).map((u) => u.source);
      assert.deepEqual(missing, [], `untranslated in xliff/${locale}.xlf (run npm run i18n:extract and fill them)`);
      for (const unit of current) {
        assert.deepEqual(placeholders(committed.get(unit.id)!.target!), placeholders(unit.source), unit.source);
      }
    });
  }
});

/**
 * Words that exist in bokmål but not in nynorsk (or mean something else there): a nynorsk
 * text containing one is bokmål respelled. Quoted titles («La oss gjøre det sammen!») and
 * XML placeholders are left out of the check.
 */
const BOKMAL_ONLY =
  /\b(ikke|hva|hvordan|hvem|hvilke|hvilken|hvis|hvor|hver|hvert|et|virksomhet|virksomheter|noen|noe|mye|jeg|dere|deres|ble|fra|uten|ennå|gjøre|måling[a-z]*er|tjeneste[a-z]*|spørsmålene|svarene|målene|verdiene|feltene)\b/i;
/** Words only nynorsk has, of which a real nynorsk text of some length uses several. */
const NYNORSK_MARKERS = ['ikkje', 'kva', 'korleis', 'eit', 'kvar', 'berre', 'òg', 'frå', 'dykk', 'verksemd'];

function prose(text: string): string {
  return text
    .replace(/<x id="[^"]*"[^>]*\/>/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
}

function bokmalWords(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const found = prose(text).match(new RegExp(BOKMAL_ONLY.source, 'gi'));
    return found ? [`${found.join(', ')}: ${text.slice(0, 80)}`] : [];
  });
}

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) =>
            ['id', 'source', 'format', 'locale', 'unit', 'level', 'date', 'createdAt', 'updatedAt'].includes(k)
              ? []
              : stringsOf(v),
          )
        : [];

describe('nynorsk is nynorsk, not bokmål respelled', () => {
  const targets = units(readFileSync('xliff/nn.xlf', 'utf8')).flatMap((u) => (u.target ? [u.target] : []));

  it('xliff/nn.xlf: no bokmål-only words, and the nynorsk markers are there', () => {
    assert.deepEqual(bokmalWords(targets), []);
    const all = targets.join(' ').toLowerCase();
    const present = NYNORSK_MARKERS.filter((word) => new RegExp(`(^|[^a-zæøå])${word}([^a-zæøå]|$)`).test(all));
    assert.ok(present.length >= 7, `only ${present.join(', ')}`);
  });

  for (const [name, content] of Object.entries({
    'samson nn': samsonNn,
    'soimpact steps nn': stepsNn,
    'boost-refugee nn': boostNn,
    'job-course nn': jobNn,
  })) {
    it(`${name}: no bokmål-only words`, () => {
      // The handbook's and the guide's titles are quoted in bokmål on purpose.
      const texts = stringsOf(content).filter(
        (t) => !/La oss gjøre det sammen|Veier til samarbeid|Boost Refugee$|Oslo kommune, Lundin/.test(t),
      );
      assert.deepEqual(bokmalWords(texts), []);
    });
  }

  it('the SAMSON nynorsk text uses the nynorsk markers', () => {
    const all = stringsOf(samsonNn).join(' ').toLowerCase();
    for (const word of ['ikkje', 'kva', 'korleis', 'eit', 'kvar', 'berre'])
      assert.match(all, new RegExp(`(^|[^a-zæøå])${word}([^a-zæøå]|$)`), word);
  });
});
