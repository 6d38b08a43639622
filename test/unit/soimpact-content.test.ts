import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';
import { progress } from '../../src/core/soimpact/progress.js';
import { loadDemoPlan as load } from '../../src/content/soimpact/index.js';

const [boostNb, boostDa, boostEn, boostNn, jobNb, jobDa, jobEn, jobNn] = await Promise.all(
  (['boost-refugee', 'job-course'] as const).flatMap((id) =>
    (['nb', 'da', 'en', 'nn'] as const).map((locale) => load(id, locale)),
  ),
);
import { DEMO_PLAN_IDS, demoPlansNb, loadDemoPlan } from '../../src/content/soimpact/index.js';
import { rowsOf } from '../../src/core/soimpact/measurements.js';
import { publishedSchemas } from '../../src/core/schemas.js';
import { z } from '../../src/core/zod.js';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const plans: Record<string, Record<'nb' | 'nn' | 'da' | 'en', ImpactPlan>> = {
  'boost-refugee': { nb: boostNb, nn: boostNn, da: boostDa, en: boostEn },
  'job-course': { nb: jobNb, nn: jobNn, da: jobDa, en: jobEn },
};

/** Everything in a plan except its words: what must be the same in every language. */
function skeleton(plan: ImpactPlan) {
  return {
    id: plan.id,
    period: plan.period,
    illustrative: plan.illustrative,
    references: plan.societalValue?.references.length,
    evaluations: plan.evaluations.map((e) => e.date),
    indicators: plan.indicators.map((i) => ({
      id: i.id,
      level: i.level,
      unit: i.unit,
      grouped: i.group !== undefined,
      baseline: i.baseline,
      target: i.target,
      measurements: i.measurements.map((m) => [m.date, m.value, m.note !== undefined]),
    })),
  };
}

describe('the demo plans', () => {
  for (const [id, byLocale] of Object.entries(plans)) {
    for (const [locale, plan] of Object.entries(byLocale)) {
      it(`${id}.${locale} validates and is written in ${locale}`, () => {
        const result = parsePlan(plan);
        assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
        assert.equal(plan.locale, locale);
        assert.equal(plan.id, id);
        assert.deepEqual(
          JSON.parse(JSON.stringify(result.value)),
          JSON.parse(JSON.stringify(plan)),
          'nothing dropped by parsing',
        );
      });
    }

    it(`${id}: nn, da and en have the same ids and numbers as nb, and their own words`, () => {
      assert.deepEqual(skeleton(byLocale.nn), skeleton(byLocale.nb));
      assert.deepEqual(skeleton(byLocale.da), skeleton(byLocale.nb));
      assert.deepEqual(skeleton(byLocale.en), skeleton(byLocale.nb));
      byLocale.nb.indicators.forEach((indicator, i) => {
        assert.notEqual(byLocale.en.indicators[i]!.name, indicator.name);
        assert.notEqual(byLocale.da.indicators[i]!.name, indicator.name);
        assert.notEqual(byLocale.nn.indicators[i]!.name, indicator.name);
      });
    });
  }

  it('validate against the published JSON Schemas (soimpact-plan, soimpact-measurements)', () => {
    // Under Node the default import is the CommonJS module; its `default` is the class.
    const ajv = new (Ajv as unknown as { default: typeof Ajv }).default({ strict: false });
    addFormats.default(ajv);
    const plan = ajv.compile(z.toJSONSchema(publishedSchemas['soimpact-plan'], { target: 'draft-2020-12' }));
    const rows = ajv.compile(z.toJSONSchema(publishedSchemas['soimpact-measurements'], { target: 'draft-2020-12' }));
    for (const byLocale of Object.values(plans)) {
      for (const p of Object.values(byLocale)) {
        assert.ok(plan(p), JSON.stringify(plan.errors));
        assert.ok(rows(rowsOf(p)), JSON.stringify(rows.errors));
      }
    }
  });

  it('are indexed and load in every language', async () => {
    assert.deepEqual(Object.keys(demoPlansNb), [...DEMO_PLAN_IDS]);
    assert.equal((await loadDemoPlan('boost-refugee', 'da')).locale, 'da');
    assert.equal((await loadDemoPlan('job-course', 'en')).locale, 'en');
    assert.equal((await loadDemoPlan('boost-refugee', 'nn')).locale, 'nn');
  });
});

describe('Boost Refugee, as the handbook prints it (000:2609-2652)', () => {
  const printed: Array<[string, string, 'output' | 'outcome' | 'impact', number | 'not measured']> = [
    ['assisted', 'Antall flyktninger som har mottatt assistanse', 'output', 534],
    [
      'qualifications-network',
      'Antall flyktninger som har fått tilført dokumenterte kvalifikasjoner og/eller nettverk',
      'output',
      349,
    ],
    ['interviews', 'Antall intervjuer', 'outcome', 212],
    ['job-offers', 'Antall jobbtilbud', 'outcome', 46],
    ['contracts-signed', 'Antall signerte arbeidskontrakter', 'outcome', 48],
    [
      'employed-3-years',
      'Andel flyktninger som har mottatt assistanse og har vært i et arbeidsforhold i minst 3 måneder, 3 år etter at de ankom Oslo',
      'impact',
      'not measured',
    ],
  ];

  for (const locale of ['nb', 'nn', 'da', 'en'] as const) {
    it(`${locale}: has the six indicators with their type and final result, in the printed order`, () => {
      const plan = plans['boost-refugee']![locale];
      assert.deepEqual(
        plan.indicators.map((i) => [i.id, i.level, i.measurements.length ? i.measurements.at(-1)!.value : 'not measured']),
        printed.map(([id, , level, value]) => [id, level, value]),
      );
      for (const indicator of plan.indicators) {
        assert.equal(indicator.baseline, undefined, 'the handbook prints no baseline');
        assert.equal(indicator.target, undefined, 'the handbook prints no target');
      }
      assert.equal(progress(plan.indicators.at(-1)!).status, 'not-measured');
      assert.equal(plan.illustrative, false);
    });
  }

  it('nb: uses the handbook’s own wording, and groups the three dialogue indicators under the printed heading', () => {
    assert.deepEqual(
      boostNb.indicators.map((i) => i.name),
      printed.map(([, name]) => name),
    );
    assert.deepEqual(
      boostNb.indicators.map((i) => i.group ?? null),
      [null, null, ...Array(3).fill('Antall flyktninger som har kommet i dialog med arbeidsgivere'), null],
    );
    assert.deepEqual(boostNb.period, { from: '2016-11-01', to: '2017-08-31' });
  });

  it('keeps 46 job offers and 48 contracts as printed', () => {
    const value = (id: string) => boostNb.indicators.find((i) => i.id === id)!.measurements[0]!.value;
    assert.equal(value('job-offers'), 46);
    assert.equal(value('contracts-signed'), 48);
  });
});

describe('the job-seeker course (illustrative)', () => {
  it('is labelled illustrative in every language, with twelve months of measurements', () => {
    for (const plan of [jobNb, jobNn, jobDa, jobEn]) {
      assert.equal(plan.illustrative, true);
      assert.match(plan.title, /illustrasjon|illustration/i);
    }
    const months = new Set(jobNb.indicators.flatMap((i) => i.measurements.map((m) => m.date.slice(0, 7))));
    assert.equal(months.size, 12);
  });

  it('covers output, outcome and impact, a decrease target and a not-yet-measured impact', () => {
    assert.deepEqual([...new Set(jobNb.indicators.map((i) => i.level))], ['output', 'outcome', 'impact']);
    const statuses = Object.fromEntries(jobNb.indicators.map((i) => [i.id, progress(i)]));
    assert.equal(statuses['days-to-interview']!.direction, 'decrease');
    assert.equal(statuses['employed-one-year']!.status, 'not-measured');
    assert.equal(statuses['participants']!.status, 'on-the-way');
  });
});
