import * as z from '../zod.js';
import { fail, ok, parseJson, problemsFromZod, REPORT_INPUT, type Problem, type Result } from '../problems.js';
import { idSchema } from '../samson/instrument.js';
import { lazyObject } from '../lazy-schema.js';
import {
  INDICATOR_LEVELS,
  PLAN_FORMAT,
  PLACEHOLDER_TITLE,
  checkPlan,
  dateSchema,
  dateValue,
  isWarning,
  measuredValueSchema,
  type ImpactPlan,
  type Indicator,
  type Measurement,
} from './plan.js';

/**
 * One measurement with the indicator it belongs to: the row of a measurements file (CSV
 * columns `indicator,date,value,note`, or a JSON list of these objects).
 */
export const measurementRowSchema = lazyObject(() => ({
  indicator: idSchema,
  date: dateSchema,
  value: measuredValueSchema,
  note: z.optional(z.string().check(z.maxLength(1000))),
}));

/** A list of measurements, for several indicators, each indicator's rows in date order. */
export const measurementListSchema = z.array(measurementRowSchema).check(z.maxLength(1000000));

export type MeasurementRow = z.infer<typeof measurementRowSchema>;

/**
 * Validates a JSON list of measurements (text or value): each row's shape, then each
 * indicator's rows in date order and no indicator measured twice on one date.
 */
export function parseMeasurementList(input: unknown): Result<MeasurementRow[]> {
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) return json;
    input = json.value;
  }
  const parsed = measurementListSchema.safeParse(input, REPORT_INPUT);
  if (!parsed.success) return fail(...problemsFromZod(parsed.error.issues));
  if (parsed.data.length === 0) return fail({ code: 'no-data', path: [] });
  const problems = checkRows(parsed.data, (index) => ({ path: [index, 'date'] }));
  return problems.length ? fail(...problems) : ok(parsed.data);
}

/**
 * Per indicator: dates never go backwards, and no date twice. `where` says how to point
 * at a row (a JSON path, or a CSV line).
 */
export function checkRows(
  rows: readonly MeasurementRow[],
  where: (index: number) => { path: Array<string | number>; line?: number },
): Problem[] {
  const problems: Problem[] = [];
  const last = new Map<string, { time: number; date: string }>();
  rows.forEach((row, index) => {
    const time = dateValue(row.date);
    const previous = last.get(row.indicator);
    const at = where(index);
    if (previous && time < previous.time) {
      problems.push({
        code: 'out-of-order',
        path: at.path,
        date: row.date,
        previous: previous.date,
        ...(at.line ? { line: at.line } : {}),
      });
    } else if (previous && time === previous.time) {
      problems.push({
        code: 'duplicate-row',
        path: at.path,
        line: at.line ?? index + 1,
        indicator: row.indicator,
        date: row.date,
      });
    }
    if (!previous || time >= previous.time) last.set(row.indicator, { time, date: row.date });
  });
  return problems;
}

/** The rows grouped by indicator id, in order of first appearance, as plan measurements. */
export function groupRows(rows: readonly MeasurementRow[]): Map<string, Measurement[]> {
  const groups = new Map<string, Measurement[]>();
  for (const row of rows) {
    const measurement: Measurement = { date: row.date, value: row.value };
    if (row.note) measurement.note = row.note;
    let list = groups.get(row.indicator);
    if (!list) groups.set(row.indicator, (list = []));
    list.push(measurement);
  }
  return groups;
}

/** Every measurement of a plan as rows, indicator by indicator in plan order. */
export function rowsOf(plan: Pick<ImpactPlan, 'indicators'>): MeasurementRow[] {
  return plan.indicators.flatMap((indicator) => indicator.measurements.map((m) => ({ indicator: indicator.id, ...m })));
}

/**
 * Puts measurements into a plan. `replace` (for a live source that always sends the whole
 * series) replaces the measurements of every indicator the rows mention; `merge` (for an
 * import) adds them, a row replacing the existing measurements of its date. Rows for an
 * indicator the plan does not have are a problem; the result is checked like any plan (with
 * its warnings, as `parsePlan`).
 */
export function withMeasurements(
  plan: ImpactPlan,
  rows: readonly MeasurementRow[],
  mode: 'replace' | 'merge' = 'replace',
  now?: Date,
): Result<ImpactPlan> {
  const groups = groupRows(rows);
  const known = new Set(plan.indicators.map((i) => i.id));
  const problems: Problem[] = [];
  for (const id of groups.keys()) if (!known.has(id)) problems.push({ code: 'unknown-indicator', path: [], id });
  if (problems.length) return fail(...problems);
  const indicators = plan.indicators.map((indicator): Indicator => {
    const incoming = groups.get(indicator.id);
    if (!incoming) return indicator;
    if (mode === 'replace') return { ...indicator, measurements: incoming };
    // A row replaces the readings of its date; every other reading stays, also two of one date
    // that an older plan holds (the plan check reports them; an import must not drop one unasked).
    const replaced = new Set(incoming.map((m) => dateValue(m.date)));
    const timed: Array<[number, Measurement]> = [];
    for (const m of indicator.measurements) {
      const time = dateValue(m.date);
      if (!replaced.has(time)) timed.push([time, m]);
    }
    for (const m of incoming) timed.push([dateValue(m.date), m]);
    // A stable sort: readings of one date keep their order.
    const measurements = timed.sort((a, b) => a[0] - b[0]).map(([, m]) => m);
    return { ...indicator, measurements };
  });
  const next: ImpactPlan = { ...plan, indicators, ...(now ? { updatedAt: now.toISOString() } : {}) };
  const checked = checkPlan(next);
  return checked.some((problem) => !isWarning(problem)) ? fail(...checked) : ok(next, checked);
}

/**
 * A minimal plan around bare measurements, for a chart given only a measurements file:
 * one indicator per id (named by its id, counted, at output level — a file of rows says
 * nothing more), no baseline or target.
 */
export function planFromMeasurements(rows: readonly MeasurementRow[], locale = 'nb', now = new Date()): ImpactPlan {
  const stamp = now.toISOString();
  return {
    format: PLAN_FORMAT,
    id: 'measurements',
    title: PLACEHOLDER_TITLE,
    locale,
    indicators: [...groupRows(rows)].map(([id, measurements]) => ({
      id,
      name: id,
      level: 'output',
      unit: 'count',
      measurements,
    })),
    evaluations: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * The unit an axis is drawn in. `share` and `percent` are both percentage points (0–100),
 * so they share an axis; every other unit has its own. Two units never share one axis: a
 * 1–5 scale beside a percentage would lie flat along the bottom.
 */
export type AxisUnit = Exclude<Indicator['unit'], 'share'>;

export function axisUnitOf(unit: Indicator['unit']): AxisUnit {
  return unit === 'share' ? 'percent' : unit;
}

/** One small-multiple panel: the indicators drawn against one axis unit. */
export interface UnitPanel {
  unit: AxisUnit;
  indicators: Indicator[];
}

/**
 * How a chart shows a set of indicators: an indicator with fewer than two measurements
 * has no line to draw and is shown as a figure (its number, baseline and target); the
 * rest are drawn in one panel per axis unit, panels in the order their first indicator
 * comes, indicators in their given order.
 */
export function splitForDisplay(indicators: readonly Indicator[]): { figures: Indicator[]; panels: UnitPanel[] } {
  const figures: Indicator[] = [];
  const panels: UnitPanel[] = [];
  for (const indicator of indicators) {
    if (indicator.measurements.length < 2) {
      figures.push(indicator);
      continue;
    }
    const unit = axisUnitOf(indicator.unit);
    const panel = panels.find((p) => p.unit === unit);
    if (panel) panel.indicators.push(indicator);
    else panels.push({ unit, indicators: [indicator] });
  }
  return { figures, panels };
}

/** The date of the latest measurement among the indicators ("data as of"), or undefined when none is measured. */
export function latestMeasurementDate(indicators: readonly Pick<Indicator, 'measurements'>[]): string | undefined {
  let latest: { date: string; time: number } | undefined;
  for (const indicator of indicators) {
    // Measurements are in date order (the schema checks), so the last one is the latest.
    const last = indicator.measurements[indicator.measurements.length - 1];
    const time = last ? dateValue(last.date) : NaN;
    if (last && Number.isFinite(time) && (!latest || time > latest.time)) latest = { date: last.date, time };
  }
  return latest?.date;
}

/**
 * The indicators a chart shows: the ids asked for (comma-separated, in that order), else
 * every indicator of `level`, else every measured one (or the first, when none is). `unknown`
 * lists the ids asked for that the plan does not have; when none of them is known, the
 * default choice is shown. `problems` says what was asked for and is not there: ids the plan
 * lacks, a `level` that is no level (ignored, as if not set: a typo such as `outcomes` must not
 * leave the chart empty), or a level the plan has no indicator of.
 */
export function pickIndicators(
  plan: Pick<ImpactPlan, 'indicators'>,
  ids: string | undefined,
  level: string | null | undefined,
): { indicators: Indicator[]; unknown: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = (INDICATOR_LEVELS as readonly string[]).includes(level ?? '') ? (level as Indicator['level']) : undefined;
  if (level && !known) problems.push({ code: 'not-one-of', path: ['level'], allowed: INDICATOR_LEVELS });
  const byDefault = (): Indicator[] => {
    if (known) return plan.indicators.filter((i) => i.level === known);
    const measured = plan.indicators.filter((i) => i.measurements.length);
    return measured.length ? measured : plan.indicators.slice(0, 1);
  };
  const wanted = (ids ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const unknown = wanted.filter((id) => !byId.has(id));
  problems.push(...unknown.map((id): Problem => ({ code: 'unknown-indicator', path: [], id })));
  const asked = wanted.flatMap((id) => byId.get(id) ?? []);
  const indicators = asked.length ? asked : byDefault();
  if (!asked.length && known && !indicators.length && plan.indicators.length) {
    problems.push({ code: 'unknown-reference', path: ['level'], id: known });
  }
  return { indicators, unknown, problems };
}
