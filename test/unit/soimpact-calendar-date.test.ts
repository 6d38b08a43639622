import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { calendarDateTime, isCalendarDate } from '../../src/core/soimpact/calendar-date.js';
import { dateSchema, parsePlan, parsePlanGradually, createPlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';

// zod's own calendar-date pattern, the one isCalendarDate stands in for.
const zodDate = (dateSchema as unknown as { _zod: { def: { options: Array<{ _zod: { def: { pattern: RegExp } } }> } } })._zod.def
  .options[0]!._zod.def.pattern;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isCalendarDate: the same answer as z.iso.date()', () => {
  it('for every day-shaped string of years around the leap-year rules', () => {
    for (const year of [0, 4, 100, 400, 1800, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          assert.equal(isCalendarDate(text), zodDate.test(text), text);
        }
      }
    }
  });

  it('for arbitrary strings and near-dates', () => {
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const mangled = fc
      .tuple(nearDate, fc.nat(9), fc.constantFrom('/', ' ', 'x', '1', '-', ''))
      .map(([text, at, c]) => text.slice(0, at) + c + text.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(fc.string(), nearDate, mangled), (text) => isCalendarDate(text) === zodDate.test(text)),
      { numRuns: 20_000 },
    );
  });
});

describe('calendarDateTime: what Date.parse gives for a calendar date', () => {
  it('for every day from year 0 to 9999 that fast-check picks, and for the years Date.UTC would misread', () => {
    const date = fc
      .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (text) => (calendarDateTime(text) ?? Date.parse(text)) === Date.parse(text)),
      { numRuns: 20_000 },
    );
    for (const text of ['0050-03-01', '0099-12-31', '0100-01-01', '1970-01-01', '2024-02-29'])
      assert.equal(calendarDateTime(text) ?? Date.parse(text), Date.parse(text), text);
    assert.equal(calendarDateTime('2023-02-29'), undefined);
    assert.equal(calendarDateTime('2023-02-28T10:00:00Z'), undefined);
  });
});

function longPlan(rows: Array<Record<string, unknown>>): ImpactPlan {
  const plan = createPlan({ id: 'p' });
  plan.indicators = [{ id: 'a', name: 'A', level: 'output', unit: 'count', measurements: rows as never }];
  return plan;
}

describe('parsePlanGradually: the same result as parsePlan, in slices', () => {
  const rows = Array.from({ length: 5_000 }, (_, i) => ({
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    value: i,
  }));
  // A yield like the element's, without a clock: the slices' results must not depend on time.
  const pause = () => Promise.resolve();

  it('a valid long series: equal plans, with pauses between slices', async () => {
    let pauses = 0;
    const plan = longPlan(rows);
    const gradual = await parsePlanGradually(plan, { pause: () => (pauses++, pause()), sliceMs: 0 });
    assert.deepEqual(gradual, parsePlan(plan));
    assert.ok(pauses >= 5, `paused ${pauses} times`);
  });

  it('bad rows: zod’s problems, with their paths in the plan', async () => {
    const bad = rows.map((row, i) => (i === 3_000 ? { ...row, date: '2001-02-29' } : i === 4_000 ? { ...row, value: 'x' } : row));
    const plan = longPlan(bad);
    const gradual = await parsePlanGradually(plan, { pause });
    assert.deepEqual(gradual, parsePlan(plan));
    assert.equal(gradual?.ok, false);
    assert.deepEqual(!gradual?.ok && gradual?.problems.map((p) => p.path.join('.')), [
      'indicators.0.measurements.3000.date',
      'indicators.0.measurements.4000.value',
    ]);
  });

  it('a row with an unknown key is taken without it, as zod does', async () => {
    const extra = rows.map((row, i) => (i === 10 ? { ...row, colour: 'red' } : row));
    const gradual = await parsePlanGradually(longPlan(extra), { pause });
    assert.ok(gradual?.ok);
    assert.deepEqual(gradual.value.indicators[0]!.measurements[10], rows[10]);
  });

  it('stops when a newer input replaced it', async () => {
    let current = true;
    const gradual = parsePlanGradually(longPlan(rows), {
      pause,
      sliceMs: 0,
      progress: () => (current = false),
      current: () => current,
    });
    assert.equal(await gradual, undefined);
  });
});

describe('parsePlan: a long series’ date order, checked on the way through its rows', () => {
  const rows = Array.from({ length: 500 }, (_, i) => ({
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    value: i,
  }));

  it('refuses readings out of order with the same problems as a short series gets', () => {
    const swapped = rows.map((row, i) => (i === 300 ? rows[301]! : i === 301 ? rows[300]! : row));
    const long = parsePlan(longPlan(swapped));
    const short = parsePlan(longPlan(swapped.slice(250, 350)));
    assert.equal(long.ok, false);
    assert.deepEqual(!long.ok && long.problems, [
      {
        code: 'out-of-order',
        path: ['indicators', 0, 'measurements', 301, 'date'],
        date: rows[300]!.date,
        previous: rows[301]!.date,
      },
    ]);
    assert.deepEqual(!short.ok && short.problems, [
      {
        code: 'out-of-order',
        path: ['indicators', 0, 'measurements', 51, 'date'],
        date: rows[300]!.date,
        previous: rows[301]!.date,
      },
    ]);
  });

  it('compares timestamps with offsets by time, as the check of a short series does', () => {
    const at = (date: string) => rows.map((row, i) => ({ ...row, date: i === 200 ? date : row.date }));
    // Row 200 is 2000-07-19 and row 201 2000-07-20. 01:00 at +02:00 on the 20th is 23:00 UTC on
    // the 19th: before row 201 in time, though after it as text.
    const inTime = parsePlan(longPlan(at('2000-07-20T01:00:00+02:00')));
    assert.equal(inTime.ok, true);
    // 23:30 at -02:00 on the 19th is 01:30 UTC on the 20th: row 201 comes before it.
    const late = at('2000-07-19T23:30:00-02:00');
    const refused = parsePlan(longPlan(late));
    assert.deepEqual(!refused.ok && refused.problems.map((p) => p.path.join('.')), ['indicators.0.measurements.201.date']);
    const short = parsePlan(longPlan(late.slice(150, 250)));
    assert.deepEqual(!short.ok && short.problems.map((p) => p.path.join('.')), ['indicators.0.measurements.51.date']);
  });
});
