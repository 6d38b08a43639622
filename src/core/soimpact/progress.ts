import { dateValue, type Indicator, type Measurement } from './plan.js';
import { isInDateOrder } from './date-order.js';

/**
 * Where an indicator stands. Only `behind`, `on-the-way` and `reached` have a progress
 * ratio; the others say honestly why there is none.
 *
 * - `not-measured` — no measurements yet ("foreløpig ikke målt").
 * - `no-baseline` — measured, with a target, but no zero-point to measure progress from.
 * - `no-target` — measured, but there is no måltall to measure progress towards.
 * - `no-change-wanted` — the target equals the baseline: there is no distance to cover.
 * - `behind` — the latest value has moved away from the target, past the baseline.
 * - `on-the-way` — between baseline and target.
 * - `reached` — at or past the target (`over` says whether past it).
 */
export type ProgressStatus =
  'not-measured' | 'no-baseline' | 'no-target' | 'no-change-wanted' | 'behind' | 'on-the-way' | 'reached';

export interface Progress {
  status: ProgressStatus;
  /** The measurement with the latest date (the last of those sharing it); absent when not measured. */
  latest?: Measurement;
  baseline?: number;
  target?: number;
  /** Whether the target is above (`increase`) or below (`decrease`) the baseline; absent when either is missing or equal. */
  direction?: 'increase' | 'decrease';
  /** (latest − baseline) / (target − baseline), unclamped: 1.25 is 125 % of the way; negative is backwards. */
  ratio: number | null;
  /** The ratio as a percentage clamped to 0–100, for a bar; null where there is no ratio. */
  percent: number | null;
  /** Past the target (ratio > 1): the bar is full and the display should say by how much. */
  over: boolean;
  /** latest − baseline, in the indicator's unit; null without both. */
  change: number | null;
  /** target − latest, signed (negative while a decrease target is still ahead); null without a target. */
  remaining: number | null;
}

/**
 * The last answer of {@link latestMeasurement} per series: a chart or planner asks several
 * times per render, and a series may hold 100,000 readings. Series are replaced, never
 * changed in place, in this library; an entry counts only while the series' length and last
 * reading are still the ones it was found with.
 */
const latestOf = new WeakMap<
  readonly Measurement[],
  { length: number; last: Measurement | undefined; latest: Measurement | undefined }
>();

/** The measurement with the latest date; among equal dates the last one listed. */
export function latestMeasurement(indicator: Pick<Indicator, 'measurements'>): Measurement | undefined {
  const { measurements } = indicator;
  const last = measurements[measurements.length - 1];
  const known = latestOf.get(measurements);
  if (known && known.length === measurements.length && known.last === last) return known.latest;
  // A series the plan's validation found in date order ends with its latest reading.
  const latest = isInDateOrder(measurements) ? last : findLatest(measurements);
  latestOf.set(measurements, { length: measurements.length, last, latest });
  return latest;
}

function findLatest(measurements: readonly Measurement[]): Measurement | undefined {
  let latest: Measurement | undefined;
  let latestTime: number | undefined = -Infinity;
  // An index, not for…of: before the loop is optimised, each step of an iterator allocates.
  for (let i = 0; i < measurements.length; i++) {
    const measurement = measurements[i]!;
    // Calendar dates compare as text, without parsing (a series may hold 100,000 of them).
    if (latest && measurement.date.length === 10 && latest.date.length === 10) {
      if (measurement.date >= latest.date) {
        latest = measurement;
        latestTime = undefined;
      }
      continue;
    }
    latestTime ??= dateValue(latest!.date);
    const time = dateValue(measurement.date);
    if (!(time < latestTime)) {
      latest = measurement;
      latestTime = time;
    }
  }
  return latest;
}

/** Progress of an indicator towards its target, from its latest measurement. Pure; never throws. */
export function progress(indicator: Pick<Indicator, 'measurements' | 'baseline' | 'target'>): Progress {
  const latest = latestMeasurement(indicator);
  const result = progressOf(latest?.value, indicator.baseline?.value, indicator.target?.value);
  if (latest) result.latest = latest;
  return result;
}

/**
 * Progress of a value from a baseline towards a target — the same maths for a value that
 * is not (yet) a measurement, such as a point on a chart.
 */
export function progressOf(value: number | undefined, baseline: number | undefined, target: number | undefined): Progress {
  const result: Progress = { status: 'not-measured', ratio: null, percent: null, over: false, change: null, remaining: null };
  if (isNumber(baseline)) result.baseline = baseline;
  if (isNumber(target)) result.target = target;
  if (isNumber(baseline) && isNumber(target) && target !== baseline) {
    result.direction = target > baseline ? 'increase' : 'decrease';
  }
  if (!isNumber(value)) return result;
  if (isNumber(baseline)) result.change = value - baseline;
  if (isNumber(target)) result.remaining = target - value;
  if (!isNumber(target)) {
    result.status = 'no-target';
    return result;
  }
  if (!isNumber(baseline)) {
    result.status = 'no-baseline';
    return result;
  }
  if (target === baseline) {
    result.status = 'no-change-wanted';
    return result;
  }
  // `|| 0` turns −0 (at the baseline of a decrease) into 0, so it never shows as "−0 %".
  const ratio = (value - baseline) / (target - baseline) || 0;
  result.ratio = ratio;
  result.percent = Math.min(100, Math.max(0, ratio * 100));
  result.over = ratio > 1;
  result.status = ratio >= 1 ? 'reached' : ratio < 0 ? 'behind' : 'on-the-way';
  return result;
}

function isNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
