import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { insertByDate, maxLengthOf, planReadiness, planTextLimit, readinessStep } from '../../src/core/soimpact/plan-rules.js';
import { createPlan, dateValue, evaluationSchema, indicatorSchema, measurementSchema, parsePlan } from '../../src/core/soimpact/plan.js';

const day = fc.integer({ min: 0, max: 3650 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));

describe('insertByDate', () => {
  it('puts a late-entered reading in its place and leaves the list it was given alone', () => {
    const list = [{ date: '2025-01-31' }, { date: '2025-03-31' }];
    const next = insertByDate(list, { date: '2025-02-28' });
    assert.deepEqual(next.map((m) => m.date), ['2025-01-31', '2025-02-28', '2025-03-31']);
    assert.equal(list.length, 2);
  });

  it('puts an entry of a date already there after it, so two entries of one day keep their order', () => {
    const next = insertByDate([{ date: '2025-01-31', n: 1 }, { date: '2025-02-28', n: 2 }], { date: '2025-01-31', n: 3 });
    assert.deepEqual(next.map((m) => m.n), [1, 3, 2]);
  });

  it('keeps any date-ordered list in date order, with the new item in it', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), day, (dates, date) => {
        const sorted = [...dates].sort().map((d) => ({ date: d }));
        const next = insertByDate(sorted, { date });
        assert.equal(next.length, sorted.length + 1);
        for (let i = 1; i < next.length; i++) assert.ok(dateValue(next[i - 1]!.date) <= dateValue(next[i]!.date));
        assert.ok(next.some((m) => m.date === date));
      }),
    );
  });

  it('gives measurements a plan accepts', () => {
    const plan = createPlan({ id: 'p' });
    let measurements: Array<{ date: string; value: number }> = [];
    for (const [date, value] of [['2025-03-01', 3], ['2025-01-01', 1], ['2025-02-01', 2]] as const) {
      measurements = insertByDate(measurements, { date, value });
    }
    plan.indicators = [{ id: 'a', name: 'A', level: 'output', unit: 'count', measurements }];
    assert.equal(parsePlan(plan).ok, true);
  });
});

describe('planReadiness', () => {
  it('lists the problem and the indicator a fresh plan lacks, as data', () => {
    const problems = planReadiness(createPlan());
    assert.deepEqual(problems, [
      { code: 'missing', path: ['problem'] },
      { code: 'too-small', path: ['indicators'], minimum: 1, of: 'list' },
    ]);
    assert.deepEqual(problems.map(readinessStep), [0, 4]);
  });

  it('takes a problem of only spaces as not described', () => {
    const plan = { ...createPlan(), problem: '   ', indicators: [{ id: 'a', name: 'A', level: 'output' as const, unit: 'count' as const, measurements: [] }] };
    assert.deepEqual(planReadiness(plan).map((p) => p.path[0]), ['problem']);
  });

  it('is empty for a plan with a problem and an indicator', () => {
    const plan = { ...createPlan(), problem: 'Ensomhet', indicators: [{ id: 'a', name: 'A', level: 'output' as const, unit: 'count' as const, measurements: [] }] };
    assert.deepEqual(planReadiness(plan), []);
  });
});

describe('text limits from the schema', () => {
  it('reads the plan fields’ maximum lengths', () => {
    assert.equal(planTextLimit('title'), 500);
    assert.equal(planTextLimit('organisation'), 1000);
    assert.equal(planTextLimit('problem'), 10000);
    assert.equal(planTextLimit('indicators'), undefined);
  });

  it('reads the indicator, measurement and evaluation limits, and a text one longer is refused by the parser', () => {
    assert.equal(maxLengthOf(indicatorSchema.shape.name), 500);
    assert.equal(maxLengthOf(indicatorSchema.shape.method), 1000);
    assert.equal(maxLengthOf(measurementSchema.shape.note), 1000);
    assert.equal(maxLengthOf(evaluationSchema.shape.text), 10000);
    const limit = planTextLimit('title')!;
    assert.equal(parsePlan({ ...createPlan(), title: 'x'.repeat(limit) }).ok, true);
    assert.equal(parsePlan({ ...createPlan(), title: 'x'.repeat(limit + 1) }).ok, false);
  });
});
