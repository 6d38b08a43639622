import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseInstrument, type Instrument } from '../../src/core/samson/instrument.js';
import { valueShares } from '../../src/core/samson/weighting.js';
import { SAMSON_1_0_REPLACED, SAMSON_1_1_ADDED } from '../../src/core/samson/migration.js';
import { loadBuiltInInstrument, samsonNb as nb } from '../../src/content/samson/index.js';

const [nn, da, en] = await Promise.all((['nn', 'da', 'en'] as const).map((locale) => loadBuiltInInstrument(locale)));

// The seeds sit in /work/shared/seeds next to the repository (or next to a worktree's parent).
const seedsDir = [new URL('../../../shared/seeds/', import.meta.url), new URL('../../../../shared/seeds/', import.meta.url)].find(
  (url) => existsSync(url),
);
const seedLineCounts = new Map(
  seedsDir
    ? readdirSync(seedsDir).map((name) => [name.slice(0, 3), readFileSync(new URL(name, seedsDir), 'utf8').split('\n').length])
    : [],
);
const locales: Record<string, Instrument> = { nb, nn, da, en };
const statements = (i: Instrument) => i.fields.flatMap((f) => f.statements);

describe('the built-in SAMSON instrument (1.1)', () => {
  for (const [locale, instrument] of Object.entries(locales)) {
    it(`${locale}: validates against the Instrument schema, as version 1.1.0`, () => {
      const result = parseInstrument(instrument);
      assert.equal(result.ok, true, JSON.stringify(!result.ok && result.problems));
      assert.equal(instrument.locale, locale);
      assert.equal(instrument.version, '1.1.0');
      assert.ok(instrument.collaboration, `${locale} has «Om samarbeidet»`);
    });
  }

  it('has the four values and the seven fields in the documents’ order', () => {
    assert.deepEqual(
      nb.values.map((v) => v.id),
      ['apenhet', 'demokrati', 'kreativitet', 'ledelse'],
    );
    assert.deepEqual(
      nb.fields.map((f) => f.id),
      [
        'likeverdighet',
        'felles-mal',
        'kommunikasjon',
        'forankring',
        'tilrettelegging',
        'ressursfokus',
        'kompetansekomplementaritet',
      ],
    );
  });

  it('has 6–9 statements per field and exactly 7 on communication', () => {
    for (const field of nb.fields) {
      assert.ok(field.statements.length >= 6 && field.statements.length <= 9, `${field.id}: ${field.statements.length}`);
    }
    assert.equal(nb.fields.find((f) => f.id === 'kommunikasjon')!.statements.length, 7);
  });

  it('grounds every statement in a source; where the seeds are present, the lines exist', (t) => {
    for (const statement of statements(nb)) assert.ok(statement.source, `${statement.id} has no source`);
    if (!seedsDir)
      return t.skip('source-line check skipped: the SAMSON documents (../shared/seeds/) are not next to this checkout');
    const sources = [
      ...statements(nb).map((s) => [s.id, s.source!] as const),
      ...nb.collaboration!.questions.map((q) => [q.id, q.source] as const),
      ['collaboration', nb.collaboration!.source] as const,
    ];
    for (const [id, source] of sources) {
      for (const part of source.split('; ')) {
        const [, doc, from, to] = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(part)!;
        const lines = seedLineCounts.get(doc!);
        assert.ok(lines, `${id}: no seed document ${doc}`);
        const start = Number(from);
        const end = Number(to ?? from);
        assert.ok(start >= 1 && start <= end && end <= lines!, `${id}: ${part} outside 1–${lines}`);
      }
    }
  });

  it('tags every statement with one or two values and uses every value', () => {
    const used = new Set(statements(nb).flatMap((s) => s.values));
    assert.deepEqual([...used].sort(), nb.values.map((v) => v.id).sort());
  });

  it('gives tilrettelegging, «ledelsesverdiens handlingsfelt», more leadership than any other field', () => {
    const shares = valueShares(nb);
    const facilitation = shares.get('tilrettelegging')!.get('ledelse')!;
    for (const [fieldId, byValue] of shares) {
      if (fieldId !== 'tilrettelegging')
        assert.ok(facilitation > byValue.get('ledelse')!, `${fieldId} ${byValue.get('ledelse')} ≥ ${facilitation}`);
    }
  });

  for (const locale of ['nn', 'da', 'en'] as const) {
    it(`${locale}: has the same structure, values and sources as nb, translated`, () => {
      const other = locales[locale]!;
      assert.deepEqual(
        other.values.map((v) => v.id),
        nb.values.map((v) => v.id),
      );
      assert.deepEqual(
        other.fields.map((f) => f.id),
        nb.fields.map((f) => f.id),
      );
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
      other.collaboration!.questions.forEach((q, i) => {
        assert.notEqual(q.text, nb.collaboration!.questions[i]!.text, `${locale} collaboration ${q.id}`);
        assert.equal(q.source, nb.collaboration!.questions[i]!.source);
      });
      assert.notEqual(other.collaboration!.caveat, nb.collaboration!.caveat);
      assert.notEqual(other.collaboration!.ambition, nb.collaboration!.ambition);
    });
  }

  it('never calls people "users" (the documents advise against it)', () => {
    for (const [locale, instrument] of Object.entries(locales)) {
      const text = JSON.stringify(instrument);
      assert.doesNotMatch(text, /\bbruker(e|ne|nes)\b|\bbrukar(ar|ane|anes)\b|\bbruger(e|ne|nes)\b|\busers?\b/i, locale);
    }
  });
});

describe('SAMSON 1.1 statement rules (instrument-review.md §3)', () => {
  const all = statements(nb);

  it('has no professional "vi" that leaves residents outside: no «de det gjelder», «de berørte» or «andre fagfolk»', () => {
    // A resident in the group cannot answer "we see the people it concerns as…": 1.1 names
    // the residents in the third person only as «innbyggerne (arbeidet gjelder)» or speaks of «fagfolkene blant oss».
    for (const s of all) {
      assert.doesNotMatch(s.text, /\bde det gjelder\b|\bde berørte\b|\bandre fagfolk\b/i, s.id);
      // "Vi ser innbyggerne som …", "Vi lar de andre …": the group acting on residents from outside.
      assert.doesNotMatch(s.text, /\bvi (ser|tar|lar|behandler|involverer) (innbyggerne|de frivillige|dem)\b/i, s.id);
    }
    for (const id of ['kompetansekomplementaritet-10', 'kommunikasjon-10']) {
      assert.match(all.find((s) => s.id === id)!.text, /^Fagfolkene blant oss/, `${id} names the professionals as part of "us"`);
    }
    for (const s of statements(en)) assert.doesNotMatch(s.text, /\bthe people (it|the work) (concerns|is for)\b/i, s.id);
  });

  it('asks one thing per statement: the 1.0 double items are gone and no statement joins two claims with «og» plus a second verb', () => {
    const ids = new Set(all.map((s) => s.id));
    for (const doubled of [
      'likeverdighet-6',
      'forankring-2',
      'forankring-6',
      'tilrettelegging-4',
      'ressursfokus-8',
      'felles-mal-1',
      'kompetansekomplementaritet-9',
    ]) {
      assert.ok(!ids.has(doubled), `${doubled} is still there`);
    }
    // «både … og», «planlegger, gjennomfører og vurderer», «aktiv og synlig partner uten å dominere»: two claims.
    for (const s of all) {
      assert.doesNotMatch(s.text, /\bbåde\b.*\bog\b/i, s.id);
      assert.doesNotMatch(s.text, /\buten å\b/i, s.id);
      assert.doesNotMatch(s.text, /\w+er, \w+er og \w+er\b/, s.id);
    }
  });

  it('puts no ceiling on the scale and asks no yes/no facts or presuppositions', () => {
    for (const s of all) {
      assert.doesNotMatch(s.text, /\bav og til\b/i, `${s.id}: «av og til» caps the scale`);
      assert.doesNotMatch(s.text, /\bvi har (sjekket|beskrevet)\b/i, `${s.id}: a one-off fact`);
    }
    assert.ok(!all.some((s) => s.id === 'likeverdighet-3'), 'L3 presupposed the old habits');
  });

  it('no longer repeats R1 in R5, and covers the missing sub-themes F1.h, F2.i, F3.l, F3.q, F4.b and F6.g', () => {
    const ids = new Set(all.map((s) => s.id));
    assert.ok(!ids.has('ressursfokus-5'));
    for (const added of SAMSON_1_1_ADDED) assert.ok(ids.has(added), added);
    const text = (id: string) => all.find((s) => s.id === id)!.text;
    assert.match(text('likeverdighet-12'), /forutsetningene for likeverd/);
    assert.match(text('felles-mal-11'), /Eierskapet til målene/);
    assert.match(text('kommunikasjon-9'), /«vi».*«oss og dere»/);
    assert.match(text('kommunikasjon-10'), /lytter/);
    assert.match(text('forankring-14'), /organisasjonene som er med/);
    assert.match(text('ressursfokus-11'), /nettverk/);
  });

  it('gives every changed 1.0 statement a successor id that exists in 1.1, and reuses no 1.0 id', () => {
    const ids = new Set(all.map((s) => s.id));
    for (const [old, successors] of Object.entries(SAMSON_1_0_REPLACED)) {
      assert.ok(!ids.has(old), `${old} changed meaning but kept its id`);
      for (const id of successors) assert.ok(ids.has(id), `${old} → ${id} is not in 1.1`);
    }
  });

  it('uses plain field names that read inside a sentence (no infinitive «Å …», no «komplementaritet»)', () => {
    for (const instrument of Object.values(locales)) {
      for (const field of instrument.fields) {
        assert.doesNotMatch(
          field.name,
          /^(Å|At|To) |komplementaritet|Competence complementarity|Ivaretakelse|Varetagelse/,
          field.name,
        );
      }
    }
    assert.equal(nb.fields.find((f) => f.id === 'kompetansekomplementaritet')!.name, 'Flere kompetanser samtidig');
  });

  it('estimates two to three meetings, not 45–90 minutes', () => {
    for (const instrument of Object.values(locales)) {
      const intro = instrument.guidance.intro.join(' ');
      assert.doesNotMatch(intro, /45–90/);
      assert.match(intro, /\b(to til tre møter|to til tre møte|to til tre møder|two or three meetings)\b/i, instrument.locale);
    }
  });

  it('applies the review’s Danish corrections', () => {
    const text = JSON.stringify(da);
    assert.match(text, /kancellisprog/);
    assert.match(text, /hjælp til sproget \(fx tolk\)/);
    assert.match(text, /Vi spørger jævnligt hinanden/);
    assert.match(text, /Punkterne på dagsordenen/);
    assert.match(da.guidance.results, /hvor vigtigt I har vurderet det/);
  });
});
