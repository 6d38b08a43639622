/**
 * The plan rules a QA pass found missing: one reading a date per indicator (as the CSV
 * import), a target not dated before its baseline, and numbers in problem messages in the
 * page's language. A plan that breaks only the first two is taken with warnings, not refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Problem, type Result } from '../../src/core/problems.js';
import { describeProblem } from '../../src/i18n/problems.js';
import { measurementsWith } from '../../src/core/soimpact/plan-rules.js';
import { withMeasurements } from '../../src/core/soimpact/measurements.js';
import { parsePlanDraft } from '../../src/core/soimpact/plan-draft.js';
import {
  checkIndicator,
  checkPlan,
  createIndicator,
  createPlan,
  isWarning,
  parsePlan,
  planSchema,
  planWarnings,
  type ImpactPlan,
  type Indicator,
  type Measurement,
} from '../../src/core/soimpact/plan.js';

const valueOf = <T>(result: Result<T>): T => {
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.value;
};

function planWith(measurements: Measurement[], extra: Partial<Indicator> = {}): ImpactPlan {
  return {
    ...createPlan({ id: 'p' }, new Date('2026-01-01T00:00:00Z')),
    indicators: [{ ...createIndicator('antall-deltakere', 'Antall deltakere'), measurements, ...extra }],
  };
}

/** `n` daily readings from 2025-01-01, in date order. */
function daily(n: number): Measurement[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
    value: i,
  }));
}

describe('measurementsWith: one reading a date', () => {
  const series = [
    { date: '2025-05-01', value: 20 },
    { date: '2025-06-01', value: 30 },
    { date: '2025-07-01', value: 40 },
  ];

  it('refuses a second reading of a date, pointing at the one already there, and changes nothing', () => {
    const result = measurementsWith(series, { date: '2025-06-01', value: 31 });
    assert.deepEqual(result, { ok: false, problems: [{ code: 'same-date', path: [1, 'date'], date: '2025-06-01' }] });
    assert.equal(series.length, 3);
  });

  it('takes the same moment written as a timestamp as the same date, as the CSV import does', () => {
    assert.equal(measurementsWith(series, { date: '2025-06-01T00:00:00Z', value: 31 }).ok, false);
    assert.equal(measurementsWith(series, { date: '2025-06-01T12:00:00Z', value: 31 }).ok, true);
  });

  it('puts any other date in date order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (offset) => {
        const date = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
        const result = measurementsWith(series, { date, value: 1 });
        if (series.some((m) => m.date === date)) return assert.equal(result.ok, false);
        const dates = valueOf(result).map((m) => m.date);
        assert.deepEqual(dates, [...series.map((m) => m.date), date].sort());
      }),
    );
  });
});

describe('the plan check reports two readings of one date', () => {
  it('in a short series, and a plan with one is taken, with the pair as a warning', () => {
    const plan = planWith([
      { date: '2025-05-01', value: 20 },
      { date: '2025-06-01', value: 30 },
      { date: '2025-06-01', value: 31 },
    ]);
    const same: Problem = { code: 'same-date', path: ['indicators', 0, 'measurements', 2, 'date'], date: '2025-06-01' };
    assert.deepEqual(checkPlan(plan), [same]);
    const result = parsePlan(JSON.stringify(plan));
    assert.deepEqual(valueOf(result).indicators[0]!.measurements.length, 3, 'no reading is lost');
    assert.deepEqual(result.ok && result.warnings, [same]);
    assert.match(describeProblem(same), /^indicators\[0\]\.measurements\[2\]\.date: Det er allerede en måling 2025-06-01\./);
  });

  it('in a long series through the parse’s one pass over its rows, as the slow path finds them', () => {
    const measurements = daily(150);
    measurements.splice(121, 0, { date: measurements[120]!.date, value: -1 });
    const result = parsePlan(planWith(measurements));
    const expected = [{ code: 'same-date', path: ['indicators', 0, 'measurements', 121, 'date'], date: measurements[120]!.date }];
    assert.deepEqual(result.ok && result.warnings, expected);
    // The parsed series is known to be in date order; the check reads its pairs from the parse, not a second walk.
    assert.deepEqual(planWarnings(valueOf(result)), expected);
  });

  it('alike on the fast path (over 100 readings) and the schema’s path, for any sorted series', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 101, maxLength: 160 }), (dates) => {
        const plan = planWith([...dates].sort().map((date, value) => ({ date, value })));
        const result = parsePlan(plan);
        const slow = checkPlan(planSchema.parse(plan));
        assert.ok(slow.length > 0 && slow.every(isWarning), 'this many dates in 121 days repeat some');
        assert.deepEqual(result.ok && result.warnings, slow);
      }),
      { numRuns: 40 },
    );
  });

  it('not for evaluations: two of one date are two meetings', () => {
    const plan = {
      ...planWith([]),
      evaluations: [
        { date: '2025-06-01', text: 'Styret' },
        { date: '2025-06-01', text: 'Brukerrådet' },
      ],
    };
    assert.deepEqual(checkPlan(plan), []);
  });

  it('still refuses a plan with a problem that is not a warning, and lists the warning with it', () => {
    const plan = planWith(
      [
        { date: '2025-06-01', value: 30 },
        { date: '2025-06-01', value: 31 },
      ],
      { baseline: { value: 5, date: '2025-01-01' }, target: { value: 5, date: '2026-01-01' } },
    );
    const result = parsePlan(plan);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.code), ['target-equals-baseline', 'same-date']);
  });

  it('loses no reading on a draft restore or a CSV merge that leaves the date alone', () => {
    const pair = [
      { date: '2025-06-01', value: 30 },
      { date: '2025-06-01', value: 31 },
    ];
    const plan = planWith(pair);
    const restored = parsePlanDraft(JSON.stringify(plan));
    assert.ok(restored.ok);
    assert.deepEqual(restored.value.plan.indicators[0]!.measurements, pair);
    const merged = valueOf(withMeasurements(plan, [{ indicator: 'antall-deltakere', date: '2025-07-01', value: 40 }], 'merge'));
    assert.deepEqual(
      merged.indicators[0]!.measurements.map((m) => m.value),
      [30, 31, 40],
    );
    // A row of that date replaces both: the file says what the date's reading is.
    const replaced = valueOf(withMeasurements(plan, [{ indicator: 'antall-deltakere', date: '2025-06-01', value: 32 }], 'merge'));
    assert.deepEqual(replaced.indicators[0]!.measurements, [{ date: '2025-06-01', value: 32 }]);
  });
});

describe('a target dated before its baseline', () => {
  const indicator: Indicator = {
    ...createIndicator('a', 'A'),
    baseline: { value: 100, date: '2025-01-01' },
    target: { value: 150, date: '2024-06-30' },
  };

  it('is reported at the target date, as a warning a plan is still taken with', () => {
    const expected: Problem = {
      code: 'target-before-baseline',
      path: ['target', 'date'],
      date: '2024-06-30',
      baseline: '2025-01-01',
    };
    assert.deepEqual(checkIndicator(indicator), [expected]);
    assert.equal(isWarning(expected), true);
    assert.equal(parsePlan({ ...createPlan(), indicators: [indicator] }).ok, true);
    assert.equal(
      describeProblem({ ...expected, path: [] }),
      'Måldatoen 2024-06-30 kommer før datoen for nullpunktet (2025-01-01).',
    );
  });

  it('is not reported for a target on or after the baseline date', () => {
    assert.deepEqual(checkIndicator({ ...indicator, target: { value: 150, date: '2025-01-01' } }), []);
    assert.deepEqual(checkIndicator({ ...indicator, target: { value: 150, date: '2025-12-31' } }), []);
  });
});

describe('numbers in problem messages', () => {
  // nb groups thousands with a no-break space, as Intl.NumberFormat writes it.
  it('are written in the current language (nb here: 10 000, 1 234,5)', () => {
    assert.equal(describeProblem({ code: 'too-big', path: [], maximum: 10000, of: 'text' }), 'Kan ha høyst 10\u00a0000 tegn.');
    assert.equal(
      describeProblem({ code: 'too-big', path: ['indicators', 0, 'measurements'], maximum: 100_000, of: 'list' }),
      'indicators[0].measurements: Kan ha høyst 100\u00a0000 elementer.',
    );
    assert.match(describeProblem({ code: 'target-equals-baseline', path: [], value: 1234.5 }), /\(1\u00a0234,5\)/);
    assert.equal(describeProblem({ code: 'too-small', path: [], minimum: 0.25, of: 'number' }), 'Må være minst 0,25.');
  });
});
