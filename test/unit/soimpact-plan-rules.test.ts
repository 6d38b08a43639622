import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { copyPlan, insertByDate, planReadiness, planTextLimit, readinessStep } from '../../src/core/soimpact/plan-rules.js';
import { maxLengthOf } from '../../src/core/salvage.js';
import {
  checkPlan,
  createPlan,
  dateValue,
  evaluationSchema,
  indicatorSchema,
  isWarning,
  measurementSchema,
  parsePlan,
  planSchema,
} from '../../src/core/soimpact/plan.js';

const day = fc.integer({ min: 0, max: 3650 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));

describe('insertByDate', () => {
  it('puts a late-entered reading in its place and leaves the list it was given alone', () => {
    const list = [{ date: '2025-01-31' }, { date: '2025-03-31' }];
    const next = insertByDate(list, { date: '2025-02-28' });
    assert.deepEqual(
      next.map((m) => m.date),
      ['2025-01-31', '2025-02-28', '2025-03-31'],
    );
    assert.equal(list.length, 2);
  });

  it('puts an entry of a date already there after it, so two entries of one day keep their order', () => {
    const next = insertByDate(
      [
        { date: '2025-01-31', n: 1 },
        { date: '2025-02-28', n: 2 },
      ],
      { date: '2025-01-31', n: 3 },
    );
    assert.deepEqual(
      next.map((m) => m.n),
      [1, 3, 2],
    );
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
    for (const [date, value] of [
      ['2025-03-01', 3],
      ['2025-01-01', 1],
      ['2025-02-01', 2],
    ] as const) {
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
    const plan = {
      ...createPlan(),
      problem: '   ',
      indicators: [{ id: 'a', name: 'A', level: 'output' as const, unit: 'count' as const, measurements: [] }],
    };
    assert.deepEqual(
      planReadiness(plan).map((p) => p.path[0]),
      ['problem'],
    );
  });

  it('is empty for a plan with a problem and an indicator', () => {
    const plan = {
      ...createPlan(),
      problem: 'Ensomhet',
      indicators: [{ id: 'a', name: 'A', level: 'output' as const, unit: 'count' as const, measurements: [] }],
    };
    assert.deepEqual(planReadiness(plan), []);
  });
});

describe('text limits from the schema', () => {
  it('reads the plan fields’ maximum lengths', () => {
    assert.equal(planTextLimit('title'), 500);
    assert.equal(planTextLimit('organisation'), 1000);
    assert.equal(planTextLimit('problem'), 10000);
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

describe('parsePlan on long series (the fast path)', () => {
  const row = fc.oneof(
    fc.record({ date: day, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
    fc.record({ date: day, value: fc.integer(), note: fc.string({ maxLength: 3 }) }),
    fc.constantFrom<unknown>(
      { date: '2025-02-30', value: 1 },
      { date: '2025-01-01T12:00:00Z', value: 1 },
      { date: '2025-01-01', value: Number.POSITIVE_INFINITY },
      { date: '2025-01-01', value: '1' },
      { date: '2025-01-01', value: 1, note: 'x'.repeat(1001) },
      { date: '2025-01-01', value: 1, extra: true },
      null,
    ),
  );

  it('accepts and refuses exactly what the schema does', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 101, maxLength: 140 }), fc.boolean(), (rows, sorted) => {
        const measurements = sorted
          ? [...rows].sort((a, b) =>
              String((a as { date?: string } | null)?.date).localeCompare(String((b as { date?: string } | null)?.date)),
            )
          : rows;
        const plan = {
          ...createPlan({ id: 'p' }),
          indicators: [{ id: 'a', name: 'A', level: 'output', unit: 'count', measurements }],
        };
        const result = parsePlan(plan);
        const zod = planSchema.safeParse(plan);
        if (!zod.success) {
          assert.equal(result.ok, false);
          return;
        }
        const expected = checkPlan(zod.data);
        // Two readings of one date (likely among this many) are warnings: the plan is taken with them.
        assert.equal(result.ok, expected.every(isWarning));
        if (result.ok) {
          assert.deepEqual(result.value, zod.data);
          assert.deepEqual(result.warnings ?? [], expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on a throwing getter', () => {
    const hostile = {
      ...createPlan(),
      get indicators(): never {
        throw new Error('no');
      },
    };
    assert.equal(parsePlan(hostile).ok, false);
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    assert.equal(parsePlan(proxy).ok, false);
  });
});

describe('copyPlan', () => {
  it('is a deep copy equal to the plan, sharing nothing with it', () => {
    const plan = {
      ...createPlan({ id: 'p' }),
      indicators: [
        {
          id: 'a',
          name: 'A',
          level: 'output' as const,
          unit: 'count' as const,
          measurements: [{ date: '2025-01-01', value: 1, note: 'n' }],
        },
      ],
    };
    const copy = copyPlan(plan);
    assert.deepEqual(copy, plan);
    copy.indicators[0]!.measurements[0]!.value = 2;
    copy.societalValue!.references.push({ text: 'x' });
    assert.equal(plan.indicators[0]!.measurements[0]!.value, 1);
    assert.equal(plan.societalValue!.references.length, 0);
  });

  it('keeps a `__proto__` key as a plain property', () => {
    const odd = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const copy = copyPlan(odd as never) as unknown as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.deepEqual(Object.keys(copy), ['__proto__', 'a']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
