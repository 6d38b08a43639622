/**
 * Date ticks for a linear time axis (milliseconds since 1970) without a date adapter: at
 * whole days, month starts, quarter starts or year starts (UTC, as plan dates are read),
 * with the step chosen so that no more than `maxCount` labels fit — on a phone a year of
 * monthly readings gets four labels, not twelve that run together.
 */
const DAY = 86_400_000;
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

export type TickUnit = 'day' | 'month' | 'year';

export interface CalendarTicks {
  values: number[];
  /** How the labels should be written: a day, a month, or a year. */
  unit: TickUnit;
}

export function calendarTicks(min: number, max: number, maxCount: number): CalendarTicks {
  const limit = Math.max(2, Math.floor(maxCount));
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max))
    return { values: Number.isFinite(min) ? [min] : [], unit: 'day' };
  const span = max - min;
  for (const step of DAY_STEPS) {
    if (span / (step * DAY) > limit) continue;
    if (span > 62 * DAY) break;
    const values: number[] = [];
    const start = Math.ceil(min / DAY) * DAY;
    for (let t = start; t <= max; t += step * DAY) values.push(t);
    return { values, unit: 'day' };
  }
  const first = new Date(min);
  const startMonth =
    first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 || first.getUTCHours() > 0 ? 1 : 0);
  const last = new Date(max);
  const endMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  for (const step of MONTH_STEPS) {
    const aligned = Math.ceil(startMonth / step) * step;
    const count = aligned > endMonth ? 0 : Math.floor((endMonth - aligned) / step) + 1;
    if (count > limit && step !== MONTH_STEPS[MONTH_STEPS.length - 1]) continue;
    const values: number[] = [];
    for (let m = aligned; m <= endMonth; m += step) values.push(Date.UTC(Math.floor(m / 12), m % 12, 1));
    // A span inside one month has no month start: label its two ends instead.
    return { values: values.length ? values : [min, max], unit: step >= 12 ? 'year' : values.length ? 'month' : 'day' };
  }
  return { values: [min, max], unit: 'day' };
}
