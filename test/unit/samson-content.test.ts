import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseInstrument, type Instrument } from '../../src/core/samson/instrument.js';
import nb from '../../src/content/samson/nb.js';
import da from '../../src/content/samson/da.js';
import en from '../../src/content/samson/en.js';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seedLineCounts = new Map(
  readdirSync(seedsDir).map((name) => [name.slice(0, 3), readFileSync(new URL(name, seedsDir), 'utf8').split('\n').length]),
);
const locales: Record<string, Instrument> = { nb, da, en };
const statements = (i: Instrument) => i.fields.flatMap((f) => f.statements);

describe('the built-in SAMSON instrument', () => {
  for (const [locale, instrument] of Object.entries(locales)) {
    it(`${locale}: validates against the Instrument schema`, () => {
      const result = parseInstrument(instrument);
      assert.equal(result.ok, true, JSON.stringify(!result.ok && result.problems));
      assert.equal(instrument.locale, locale);
    });
  }

  it('has the four values and the seven fields in the documents’ order', () => {
    assert.deepEqual(
      nb.values.map((v) => v.id),
      ['apenhet', 'demokrati', 'kreativitet', 'ledelse'],
    );
    assert.deepEqual(
      nb.fields.map((f) => f.id),
      ['likeverdighet', 'felles-mal', 'kommunikasjon', 'forankring', 'tilrettelegging', 'ressursfokus', 'kompetansekomplementaritet'],
    );
  });

  it('has 6–9 statements per field and exactly 7 on communication', () => {
    for (const field of nb.fields) {
      assert.ok(field.statements.length >= 6 && field.statements.length <= 9, `${field.id}: ${field.statements.length}`);
    }
    assert.equal(nb.fields.find((f) => f.id === 'kommunikasjon')!.statements.length, 7);
  });

  it('grounds every statement in a source line range that exists in the seeds', () => {
    for (const statement of statements(nb)) {
      assert.ok(statement.source, `${statement.id} has no source`);
      for (const part of statement.source!.split('; ')) {
        const [, doc, from, to] = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(part)!;
        const lines = seedLineCounts.get(doc!);
        assert.ok(lines, `${statement.id}: no seed document ${doc}`);
        const start = Number(from);
        const end = Number(to ?? from);
        assert.ok(start >= 1 && start <= end && end <= lines!, `${statement.id}: ${part} outside 1–${lines}`);
      }
    }
  });

  it('tags every statement with one or two values and uses every value', () => {
    const used = new Set(statements(nb).flatMap((s) => s.values));
    assert.deepEqual([...used].sort(), nb.values.map((v) => v.id).sort());
  });

  for (const locale of ['da', 'en'] as const) {
    it(`${locale}: has the same structure, values and sources as nb, translated`, () => {
      const other = locales[locale]!;
      assert.deepEqual(other.values.map((v) => v.id), nb.values.map((v) => v.id));
      assert.deepEqual(other.fields.map((f) => f.id), nb.fields.map((f) => f.id));
      const source = statements(nb);
      statements(other).forEach((statement, i) => {
        assert.equal(statement.id, source[i]!.id);
        assert.deepEqual(statement.values, source[i]!.values, statement.id);
        assert.equal(statement.source, source[i]!.source, statement.id);
        assert.notEqual(statement.text, source[i]!.text, `${locale} ${statement.id} is not translated`);
      });
      other.fields.forEach((field, i) => assert.notEqual(field.description, nb.fields[i]!.description, field.id));
      assert.equal(other.guidance.intro.length, nb.guidance.intro.length);
      for (const key of Object.keys(nb.guidance) as Array<keyof Instrument['guidance']>) {
        assert.notDeepEqual(other.guidance[key], nb.guidance[key], `${locale} guidance.${key} is not translated`);
      }
    });
  }

  it('never calls people "users" (the documents advise against it)', () => {
    for (const [locale, instrument] of Object.entries(locales)) {
      const text = JSON.stringify(instrument);
      assert.doesNotMatch(text, /\bbruker(e|ne|en)?\b|\bbruger(e|ne|en)?\b|\busers?\b/i, locale);
    }
  });
});
