import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { latestMeasurement, progress, progressOf } from '../../src/core/soimpact/progress.js';
import { createPlan, parsePlan, type Indicator } from '../../src/core/soimpact/plan.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const distinctPair = fc.tuple(value, value).filter(([a, b]) => Math.abs(a - b) > 1e-6);

function indicator(
  values: number[],
  baseline?: number,
  target?: number,
): Pick<Indicator, 'measurements' | 'baseline' | 'target'> {
  return {
    measurements: values.map((v, i) => ({ date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), value: v })),
    ...(baseline === undefined ? {} : { baseline: { value: baseline, date: '2023-12-31' } }),
    ...(target === undefined ? {} : { target: { value: target, date: '2025-12-31' } }),
  };
}

describe('progress towards a target', () => {
  it('is (latest − baseline) / (target − baseline) for an increase', () => {
    const p = progress(indicator([20, 40], 0, 80));
    assert.equal(p.status, 'on-the-way');
    assert.equal(p.ratio, 0.5);
    assert.equal(p.percent, 50);
    assert.equal(p.direction, 'increase');
    assert.equal(p.change, 40);
    assert.equal(p.remaining, 40);
    assert.equal(p.latest?.value, 40);
  });

  it('handles a decrease: 10 → 5 days, now 7, is 60 % of the way', () => {
    const p = progress(indicator([9, 7], 10, 5));
    assert.equal(p.direction, 'decrease');
    assert.equal(p.status, 'on-the-way');
    assert.ok(Math.abs(p.ratio! - 0.6) < 1e-12);
    assert.equal(p.change, -3);
  });

  it('flags going past the target and clamps the bar to 100 %', () => {
    const p = progress(indicator([130], 0, 100));
    assert.equal(p.status, 'reached');
    assert.equal(p.over, true);
    assert.equal(p.ratio, 1.3);
    assert.equal(p.percent, 100);
    const down = progress(indicator([2], 10, 5));
    assert.equal(down.status, 'reached');
    assert.equal(down.over, true);
  });

  it('says "behind" when the value moved away from the target, and clamps to 0 %', () => {
    const p = progress(indicator([12], 10, 5));
    assert.equal(p.status, 'behind');
    assert.ok(p.ratio! < 0);
    assert.equal(p.percent, 0);
  });

  it('is honest without measurements, baseline or target, and when the target equals the baseline', () => {
    assert.equal(progress(indicator([], 0, 10)).status, 'not-measured');
    assert.equal(progress(indicator([], 0, 10)).latest, undefined);
    const noBaseline = progress(indicator([5], undefined, 10));
    assert.equal(noBaseline.status, 'no-baseline');
    assert.equal(noBaseline.ratio, null);
    assert.equal(noBaseline.remaining, 5);
    assert.equal(noBaseline.direction, undefined);
    const noTarget = progress(indicator([5], 1));
    assert.equal(noTarget.status, 'no-target');
    assert.equal(noTarget.ratio, null);
    assert.equal(noTarget.change, 4);
    const same = progress(indicator([5], 3, 3));
    assert.equal(same.status, 'no-change-wanted');
    assert.equal(same.ratio, null);
    assert.equal(same.percent, null);
  });

  it('takes the latest measurement by date, not by list position', () => {
    const i = {
      measurements: [
        { date: '2024-03-01', value: 3 },
        { date: '2024-05-01', value: 5 },
        { date: '2024-04-01', value: 4 },
      ],
    };
    assert.equal(latestMeasurement(i)?.value, 5);
    assert.equal(
      latestMeasurement({
        measurements: [
          { date: '2024-01-01', value: 1 },
          { date: '2024-01-01', value: 2 },
        ],
      })?.value,
      2,
    );
  });
});

describe('latestMeasurement of a validated plan', () => {
  // parsePlan checks the date order; the series it returns end with their latest reading.
  const dates = fc
    .array(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), {
      minLength: 1,
      maxLength: 300,
    })
    .map((ds) =>
      ds
        .map((d, i) => (i % 3 ? d.toISOString().slice(0, 10) : d.toISOString().replace('.000Z', '+02:00')))
        .sort((a, b) => Date.parse(a) - Date.parse(b) || (a < b ? -1 : 1)),
    );

  it('is the reading a walk over every date finds, short and long series, ties to the last listed', () => {
    fc.assert(
      fc.property(dates, fc.boolean(), (sorted, tie) => {
        const rows = sorted.map((date, value) => ({ date, value }));
        if (tie) rows.push({ date: rows[rows.length - 1]!.date, value: -1 });
        const plan = createPlan({ id: 'p' });
        plan.indicators = [{ id: 'a', name: 'A', level: 'output', unit: 'count', measurements: rows }];
        const parsed = parsePlan(plan);
        assert.ok(parsed.ok);
        const measurements = parsed.value.indicators[0]!.measurements;
        // The same readings in a fresh array: no knowledge of its order, so every date is compared.
        assert.deepEqual(latestMeasurement({ measurements }), latestMeasurement({ measurements: [...measurements] }));
      }),
      { numRuns: 300 },
    );
  });

  it('is found again when a reading is added to the end of a series, earlier or later', () => {
    const plan = createPlan({ id: 'p' });
    const rows = Array.from({ length: 150 }, (_, i) => ({
      date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      value: i,
    }));
    plan.indicators = [{ id: 'a', name: 'A', level: 'output', unit: 'count', measurements: rows }];
    const parsed = parsePlan(plan);
    assert.ok(parsed.ok);
    const measurements = [...parsed.value.indicators[0]!.measurements];
    assert.equal(latestMeasurement(parsed.value.indicators[0]!)?.value, 149);
    const series = parsed.value.indicators[0]!.measurements as Array<{ date: string; value: number }>;
    series.push({ date: '2023-06-01', value: -5 });
    assert.equal(latestMeasurement(parsed.value.indicators[0]!)?.value, 149, 'an earlier reading at the end');
    series.push({ date: '2030-01-01', value: 7 });
    assert.equal(latestMeasurement(parsed.value.indicators[0]!)?.value, 7, 'a later one');
    assert.equal(latestMeasurement({ measurements })?.value, 149);
  });
});

describe('progress, property-based', () => {
  it('is 0 at the baseline and 1 at the target, for increases and decreases alike', () => {
    fc.assert(
      fc.property(distinctPair, ([baseline, target]) => {
        assert.equal(progressOf(baseline, baseline, target).ratio, 0);
        assert.equal(progressOf(target, baseline, target).ratio, 1);
        assert.equal(progressOf(target, baseline, target).status, 'reached');
      }),
    );
  });

  it('is monotone: moving towards the target never lowers progress', () => {
    fc.assert(
      fc.property(distinctPair, value, value, ([baseline, target], a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const towards = target > baseline ? [low, high] : [high, low];
        const before = progressOf(towards[0], baseline, target);
        const after = progressOf(towards[1], baseline, target);
        assert.ok(after.ratio! >= before.ratio!, `${before.ratio} then ${after.ratio}`);
        assert.ok(after.percent! >= before.percent!);
      }),
    );
  });

  it('treats a decrease as the mirror of an increase', () => {
    fc.assert(
      fc.property(distinctPair, value, ([baseline, target], v) => {
        const down = progressOf(-v, -baseline, -target);
        const up = progressOf(v, baseline, target);
        assert.ok(Math.abs(down.ratio! - up.ratio!) <= 1e-9 * Math.max(1, Math.abs(up.ratio!)));
        assert.notEqual(down.direction, up.direction);
      }),
    );
  });

  it('keeps the bar within 0–100 % and flags everything past the target', () => {
    fc.assert(
      fc.property(distinctPair, value, ([baseline, target], v) => {
        const p = progressOf(v, baseline, target);
        assert.ok(p.percent! >= 0 && p.percent! <= 100);
        assert.equal(p.over, p.ratio! > 1);
        assert.equal(p.status, p.ratio! >= 1 ? 'reached' : p.ratio! < 0 ? 'behind' : 'on-the-way');
      }),
    );
  });

  it('never invents a ratio when the baseline or the target is missing', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 20 }),
        fc.option(value, { nil: undefined }),
        fc.option(value, { nil: undefined }),
        (values, baseline, target) => {
          const p = progress(indicator(values, baseline, target));
          if (values.length === 0) assert.equal(p.status, 'not-measured');
          if (baseline === undefined || target === undefined || baseline === target) {
            assert.equal(p.ratio, null);
            assert.equal(p.percent, null);
            assert.equal(p.over, false);
          }
          if (values.length && target === undefined) assert.equal(p.status, 'no-target');
          if (values.length && target !== undefined && baseline === undefined) assert.equal(p.status, 'no-baseline');
          if (values.length) assert.equal(p.latest?.value, values[values.length - 1]);
        },
      ),
    );
  });
});
