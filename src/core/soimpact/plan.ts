import * as z from '../zod.js';
import { fail, ok, parseJson, problemsFromZod, REPORT_INPUT, type Problem, type Result } from '../problems.js';
import { idSchema } from '../samson/instrument.js';
import { calendarDateTime, isCalendarDate } from './calendar-date.js';
import { lazyObject, once } from '../lazy-schema.js';
import { markInDateOrder, sameDatesIn } from './date-order.js';

/** The format this version writes. `@2` added `completedAt`; `@1` plans open, migrated. */
export const PLAN_FORMAT = 'soimpact-plan@2' as const;
/** Every format a release ever wrote: each keeps opening (DESIGN.md). */
export const PLAN_FORMATS = ['soimpact-plan@1', PLAN_FORMAT] as const;
const FORMAT_PATTERN = /^soimpact-plan@(\d+)$/;
const CURRENT_VERSION = 2;

/**
 * The three measured levels of the chain: resultater (output), virkninger (outcome) and
 * effekter (impact). Innsatsfaktorer, aktiviteter and samfunnsverdi are described in text,
 * not measured (reference/soimpact.md §1, §2.1 step 5).
 */
export const INDICATOR_LEVELS = ['output', 'outcome', 'impact'] as const;

/**
 * How an indicator's values read. `percent` and `share` are both stored in percentage
 * points (0–100); `share` is a yes/no share of a group (for example "andel i jobb") and
 * so cannot leave 0–100. `nok` is Norwegian kroner; `scale` a rating scale the method
 * describes (for example 1–5 in a survey).
 */
export const INDICATOR_UNITS = ['count', 'percent', 'days', 'nok', 'scale', 'share'] as const;

export const indicatorLevelSchema = z.enum(INDICATOR_LEVELS);
export const indicatorUnitSchema = z.enum(INDICATOR_UNITS);

/** A calendar date (2025-03-31) or, for data that is updated more often, a timestamp. */
export const dateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const nameSchema = once(() => z.string().check(z.minLength(1), z.maxLength(500)));
/** Free text a step asks for; empty while not written yet. */
export const stepTextSchema = z.string().check(z.maxLength(10000));
const shortTextSchema = once(() => z.string().check(z.maxLength(1000)));

/** A finite number (JSON has no NaN or Infinity, and neither does a measurement). */
export const measuredValueSchema = z.number();

export const pointSchema = lazyObject(() => ({
  value: measuredValueSchema,
  date: dateSchema,
}));

/** The most readings one indicator holds: 100,000 (a reading an hour for eleven years). */
export const MAX_MEASUREMENTS = 100_000;

export const measurementSchema = lazyObject(() => ({
  date: dateSchema,
  value: measuredValueSchema,
  /** What the entrepreneur wants a reader to know about this reading. */
  note: z.optional(shortTextSchema()),
}));

export const indicatorSchema = lazyObject(() => ({
  id: idSchema,
  /** What is counted, in the documents' style: "Antall flyktninger som har mottatt assistanse". */
  name: nameSchema(),
  level: indicatorLevelSchema,
  unit: indicatorUnitSchema,
  /**
   * A heading several indicators share, as in the Boost Refugee table where "Antall
   * flyktninger som har kommet i dialog med arbeidsgivere" groups three indicators.
   */
  group: z.optional(nameSchema()),
  description: z.optional(stepTextSchema),
  /** Step 6: how it is measured (register count, survey before and after, interview, …). */
  method: z.optional(shortTextSchema()),
  /** Where the numbers come from. */
  dataSource: z.optional(shortTextSchema()),
  /** How often it is measured, in words: "månedlig", "ved kursslutt", "en gang i året". */
  frequency: z.optional(shortTextSchema()),
  /** Which of the target groups from step 3 the indicator is about. */
  targetGroup: z.optional(shortTextSchema()),
  /** Step 8: the zero-point measurement, before the effort starts. */
  baseline: z.optional(pointSchema),
  /** Step 7: the måltall, and when it should be reached. A target below the baseline is a decrease. */
  target: z.optional(pointSchema),
  /** Step 9, in date order. Empty means "foreløpig ikke målt" (not measured yet); may be left out when reading. */
  measurements: z._default(z.array(measurementSchema).check(z.maxLength(MAX_MEASUREMENTS)), () => []),
}));

/** A research reference that argues for the societal value (samfunnsverdi); it is argued, not measured. */
export const referenceSchema = lazyObject(() => ({
  text: nameSchema(),
  url: z.optional(z.url({ protocol: /^https?$/ })),
}));

export const evaluationSchema = lazyObject(() => ({
  date: dateSchema,
  /** Step 10: what the measurements showed and what was adjusted. */
  text: z.string().check(z.minLength(1), z.maxLength(10000)),
}));

export const planSchema = lazyObject(() => ({
  /** `soimpact-plan@2`; a `@1` plan (the same fields, without `completedAt`) is read too and written as `@2`. */
  format: z.enum(PLAN_FORMATS),
  id: idSchema,
  title: nameSchema(),
  /** The language the plan is written in: nb, da, en or another BCP 47 tag. */
  locale: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  /** Who is behind the effort (an entrepreneur, a municipality, a partnership). */
  organisation: z.optional(shortTextSchema()),
  /** When the effort runs. */
  period: z.optional(z.object({ from: z.optional(dateSchema), to: z.optional(dateSchema) })),
  /** Set when the numbers are made up to show how the tool works; displays must say so. */
  illustrative: z.optional(z.boolean()),
  /** Where published numbers come from, e.g. a report and page. */
  source: z.optional(shortTextSchema()),
  /** Step 1: the societal problem the effort is meant to solve. */
  problem: z.optional(stepTextSchema),
  /** Step 2: overall objectives. */
  goals: z.optional(stepTextSchema),
  /** Step 3: target-group analysis. */
  targetGroups: z.optional(stepTextSchema),
  /** Step 4: main activities … */
  activities: z.optional(stepTextSchema),
  /** … and the theory of change (endringsteori) that links them to the results. */
  theoryOfChange: z.optional(stepTextSchema),
  /** Innsatsfaktorer: the resources put in. Outside what the tool measures, but part of the chain. */
  inputs: z.optional(stepTextSchema),
  /** Steps 6 and 9 for the plan as a whole: who collects which data, who follows it up, when and how. */
  measurementPlan: z.optional(stepTextSchema),
  /** Samfunnsverdi: argued from research, never measured by the tool. */
  societalValue: z.optional(
    z.object({
      text: stepTextSchema,
      references: z.array(referenceSchema).check(z.maxLength(50)),
    }),
  ),
  /** Steps 5–9. */
  indicators: z.array(indicatorSchema).check(z.maxLength(200)),
  /** Step 10: evaluations and adjustments, in date order; may be left out when reading. */
  evaluations: z._default(z.array(evaluationSchema).check(z.maxLength(1000)), () => []),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** When the group marked the plan finished (step 10); measuring and evaluating go on after it. */
  completedAt: z.optional(z.iso.datetime({ offset: true })),
}));

export type IndicatorLevel = z.infer<typeof indicatorLevelSchema>;
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type ImpactPlan = z.infer<typeof planSchema>;

/** Milliseconds since 1970 for a plan date; dates without a time are midnight UTC. */
export function dateValue(date: string): number {
  return calendarDateTime(date) ?? Date.parse(date);
}

/**
 * The title a plan has until someone names it (a new plan, or measurements read without a
 * plan). It names the method, not the plan: a chart does not show it as its heading.
 */
export const PLACEHOLDER_TITLE = 'SoImpact';

/** A fresh, empty plan. */
export function createPlan(options: { id?: string; title?: string; locale?: string } = {}, now = new Date()): ImpactPlan {
  const stamp = now.toISOString();
  return {
    format: PLAN_FORMAT,
    id: options.id ?? 'plan',
    title: options.title ?? PLACEHOLDER_TITLE,
    locale: options.locale ?? 'nb',
    problem: '',
    goals: '',
    targetGroups: '',
    activities: '',
    theoryOfChange: '',
    inputs: '',
    measurementPlan: '',
    societalValue: { text: '', references: [] },
    indicators: [],
    evaluations: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** A new indicator with no baseline, target or measurements yet. */
export function createIndicator(
  id: string,
  name: string,
  level: IndicatorLevel = 'output',
  unit: IndicatorUnit = 'count',
): Indicator {
  return { id, name, level, unit, measurements: [] };
}

/**
 * Validates a plan, from an object or from JSON text: its shape, then what a schema
 * cannot say — indicator ids unique, measurements and evaluations in date order, shares
 * within 0–100, and no target equal to its baseline (progress towards it means nothing).
 * Unknown properties are dropped. A plan of a newer format version is refused with a
 * message saying so. What only {@link isWarning} (two readings of one date, a target dated
 * before its baseline) is taken, with those problems as `warnings`.
 */
export function parsePlan(input: unknown): Result<ImpactPlan> {
  try {
    return parseUntrusted(input);
  } catch {
    // A hostile Proxy or a throwing getter: refused, never thrown at the caller.
    return fail({ code: 'invalid', path: [] });
  }
}

/**
 * Validates a plan like {@link parsePlan}, a few milliseconds at a time: between slices of
 * `sliceMs` it waits for `pause()` (a task of its own, so input and rendering go on), and it
 * starts only after the first pause, so the caller's task ends at once. `progress` hears how
 * many readings are checked; when `current()` turns false the work stops and the promise
 * resolves to `undefined` (a newer input replaced this one). For plans with long series:
 * 100,000 readings take far longer than a frame.
 */
export async function parsePlanGradually(
  input: unknown,
  options: {
    pause: () => Promise<void>;
    sliceMs?: number;
    progress?: (checked: number) => void;
    current?: () => boolean;
  },
): Promise<Result<ImpactPlan> | undefined> {
  const sliceMs = options.sliceMs ?? 12;
  try {
    const steps = readPlan(input);
    let until = 0;
    for (;;) {
      if (performance.now() >= until) {
        await options.pause();
        if (options.current && !options.current()) return undefined;
        until = performance.now() + sliceMs;
      }
      const step = steps.next();
      if (step.done) return step.value;
      options.progress?.(step.value);
    }
  } catch {
    return fail({ code: 'invalid', path: [] });
  }
}

/** How many readings a plan given by a page holds (0 for anything that is not a plan object); never throws. */
export function readingsIn(input: unknown): number {
  try {
    const indicators = (input as { indicators?: unknown } | null)?.indicators;
    if (!Array.isArray(indicators)) return 0;
    let count = 0;
    for (const indicator of indicators as unknown[]) {
      const list = (indicator as { measurements?: unknown } | null)?.measurements;
      if (Array.isArray(list)) count += list.length;
    }
    return count;
  } catch {
    return 0;
  }
}

function parseUntrusted(input: unknown): Result<ImpactPlan> {
  const steps = readPlan(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Readings checked between two points where a gradual parse may pause. */
const ROWS_PER_STEP = 1_000;

/**
 * The one parse of a plan, as steps: it yields how many readings of its long series it has
 * checked, every {@link ROWS_PER_STEP}, so a caller can pause between steps (`parsePlanGradually`)
 * or run it to the end (`parsePlan`). Long series (over 100 readings) are checked row by row
 * ({@link plainRow}, zod only for a row that is not plainly valid, with zod's problems); zod
 * parses the rest of the plan.
 */
function* readPlan(input: unknown): Generator<number, Result<ImpactPlan>, void> {
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) return json;
    input = json.value;
  }
  const format = (input as { format?: unknown } | null)?.format;
  if (
    typeof input === 'object' &&
    input !== null &&
    !Array.isArray(input) &&
    !(PLAN_FORMATS as readonly unknown[]).includes(format)
  ) {
    const version = typeof format === 'string' ? FORMAT_PATTERN.exec(format)?.[1] : undefined;
    return fail({
      code: version && Number(version) > CURRENT_VERSION ? 'newer-format' : 'unknown-format',
      path: ['format'],
      found: typeof format === 'string' ? format : String(format ?? '—'),
      expected: PLAN_FORMAT,
    });
  }
  const split = withoutLongSeries(input);
  const parsed = planSchema.safeParse(split ? split.rest : input, REPORT_INPUT);
  const problems = parsed.success ? [] : problemsFromZod(parsed.error.issues);
  const checked: Array<Measurement[] | undefined> = [];
  let count = 0;
  for (const [i, list] of (split?.series ?? []).entries()) {
    if (!list) continue;
    const path = ['indicators', i, 'measurements'];
    if (list.length > MAX_MEASUREMENTS) {
      problems.push({ code: 'too-big', path, maximum: MAX_MEASUREMENTS, of: 'list' });
      continue;
    }
    if (checkedSeries.has(list)) {
      checked[i] = list as Measurement[];
      continue;
    }
    const rows = new Array<Measurement>(list.length);
    // The date order is checked on the way, so `checkPlan` need not walk the series again.
    // Readings of one date too: in date order they sit side by side, so the same comparison finds them.
    let inDateOrder = true;
    const sameDates: number[] = [];
    let previous: string | undefined;
    for (let j = 0; j < list.length; j++) {
      const row = plainRow(list[j]) ?? zodRow(list[j], [...path, j], problems);
      if (row) {
        rows[j] = row;
        if (previous !== undefined && inDateOrder) {
          const order = compareDates(row.date, previous);
          if (order < 0) inDateOrder = false;
          else if (order === 0) sameDates.push(j);
        }
        previous = row.date;
      } else inDateOrder = false;
      if (++count % ROWS_PER_STEP === 0) yield count;
    }
    if (inDateOrder) markInDateOrder(rows, sameDates);
    checkedSeries.add(rows);
    checked[i] = rows;
  }
  if (!parsed.success || problems.length) return fail(...problems);
  // Migration: an older plan is read as the current format (its fields are a subset).
  const plan: ImpactPlan = { ...parsed.data, format: PLAN_FORMAT };
  checked.forEach((rows, i) => rows && (plan.indicators[i]!.measurements = rows));
  const more = checkPlan(plan);
  if (more.some((problem) => !isWarning(problem))) return fail(...more);
  return ok(plan, more);
}

/**
 * The problems that do not refuse a plan. A plan that has one is taken as it is and the
 * problem shown beside it, because a refusal would cost data the user entered — a chart left
 * blank, a draft's indicator dropped on restore — and the user can fix it where they see it.
 * Editors still refuse to make a new one (`measurementsWith`, the planner's baseline and target).
 */
const WARNING_CODES: ReadonlySet<Problem['code']> = new Set(['same-date', 'target-before-baseline']);

export function isWarning(problem: Problem): boolean {
  return WARNING_CODES.has(problem.code);
}

/** What a plan that was taken still has to be fixed: the {@link isWarning} problems of {@link checkPlan}. */
export function planWarnings(plan: ImpactPlan): Problem[] {
  return checkPlan(plan).filter(isWarning);
}

/** The checks beyond the schema, for a plan that already has the right shape; {@link isWarning} tells which refuse it. */
export function checkPlan(plan: ImpactPlan): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  plan.indicators.forEach((indicator, i) => {
    const path = ['indicators', i];
    if (seen.has(indicator.id)) problems.push({ code: 'duplicate-id', path: [...path, 'id'], id: indicator.id });
    seen.add(indicator.id);
    problems.push(...checkIndicator(indicator, path));
  });
  problems.push(...checkDateOrder(plan.evaluations, ['evaluations']));
  return problems;
}

/** The checks for one indicator; `path` is where it sits in its plan. */
export function checkIndicator(indicator: Indicator, path: Array<string | number> = []): Problem[] {
  const problems: Problem[] = [];
  if (indicator.baseline && indicator.target && indicator.baseline.value === indicator.target.value) {
    problems.push({ code: 'target-equals-baseline', path: [...path, 'target', 'value'], value: indicator.target.value });
  }
  if (indicator.baseline && indicator.target && compareDates(indicator.target.date, indicator.baseline.date) < 0) {
    problems.push({
      code: 'target-before-baseline',
      path: [...path, 'target', 'date'],
      date: indicator.target.date,
      baseline: indicator.baseline.date,
    });
  }
  if (indicator.unit === 'share') {
    const check = (value: number, at: Array<string | number>) => {
      if (value < 0) problems.push({ code: 'too-small', path: at, minimum: 0, of: 'number' });
      if (value > 100) problems.push({ code: 'too-big', path: at, maximum: 100, of: 'number' });
    };
    if (indicator.baseline) check(indicator.baseline.value, [...path, 'baseline', 'value']);
    if (indicator.target) check(indicator.target.value, [...path, 'target', 'value']);
    indicator.measurements.forEach((m, j) => check(m.value, [...path, 'measurements', j, 'value']));
  }
  // The schema says it too; an editor that adds one reading checks this, not the whole schema.
  if (indicator.measurements.length > MAX_MEASUREMENTS) {
    problems.push({ code: 'too-big', path: [...path, 'measurements'], maximum: MAX_MEASUREMENTS, of: 'list' });
  }
  problems.push(...checkDateOrder(indicator.measurements, [...path, 'measurements'], 'one-a-date'));
  return problems;
}

/**
 * Below 0 when `date` is before `previous`, 0 for the same moment, above 0 after. Two
 * calendar dates compare as text; only timestamps (with offsets) need parsing. The same
 * moment is what the CSV import calls one date (`checkRows`), so both paths agree.
 */
function compareDates(date: string, previous: string): number {
  if (previous.length === 10 && date.length === 10) return date < previous ? -1 : date === previous ? 0 : 1;
  return dateValue(date) - dateValue(previous);
}

/**
 * Dates that go backwards; with `one-a-date` (measurements, not evaluations: two
 * evaluations of one meeting are fine) also a date given twice. In date order the
 * readings of one date are neighbours, so one pass over neighbours finds both.
 */
function checkDateOrder(
  items: ReadonlyArray<{ date: string }>,
  path: Array<string | number>,
  sameDate: 'one-a-date' | 'any' = 'any',
): Problem[] {
  const problems: Problem[] = [];
  const sameDateAt = (j: number) => problems.push({ code: 'same-date', path: [...path, j, 'date'], date: items[j]!.date });
  // A long series the parse checked on its way through the rows (see `readPlan`).
  const known = sameDatesIn(items);
  if (known) {
    if (sameDate === 'one-a-date') known.forEach(sameDateAt);
    return problems;
  }
  for (let j = 1; j < items.length; j++) {
    const previous = items[j - 1]!.date;
    const date = items[j]!.date;
    const order = compareDates(date, previous);
    if (order < 0) problems.push({ code: 'out-of-order', path: [...path, j, 'date'], date, previous });
    else if (order === 0 && sameDate === 'one-a-date') sameDateAt(j);
  }
  return problems;
}

/** The plan with one indicator replaced (matched by id) or appended; never mutates the original. */
export function withIndicator(plan: ImpactPlan, indicator: Indicator, now = new Date()): ImpactPlan {
  const index = plan.indicators.findIndex((i) => i.id === indicator.id);
  const indicators = index < 0 ? [...plan.indicators, indicator] : plan.indicators.map((i, k) => (k === index ? indicator : i));
  return { ...plan, indicators, updatedAt: now.toISOString() };
}

/** Indicators of one level, in plan order. */
export function indicatorsAt(plan: ImpactPlan, level: IndicatorLevel): Indicator[] {
  return plan.indicators.filter((indicator) => indicator.level === level);
}

/** The pattern of a timestamp, from the schema itself (calendar dates are checked by `isCalendarDate`). */
const DATE_PATTERNS = (
  dateSchema as unknown as { _zod: { def: { options: Array<{ _zod: { def: { pattern: RegExp } } }> } } }
)._zod.def.options.map((option) => option._zod.def.pattern);
const NOTE_MAX = 1000;
const MEASUREMENT_KEYS = new Set(['date', 'value', 'note']);
/** Series longer than this are checked row by row; zod takes ~4 µs a row (~400 ms for 100,000). */
const LONG_SERIES = 100;

/** The plan with its long measurement series taken out (zod parses the rest), and those series; undefined when it has none. */
function withoutLongSeries(input: unknown): { rest: unknown; series: Array<unknown[] | undefined> } | undefined {
  const indicators = (input as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(indicators)) return undefined;
  const series = indicators.map((indicator: unknown) => {
    const list = (indicator as { measurements?: unknown } | null)?.measurements;
    return Array.isArray(list) && list.length > LONG_SERIES ? (list as unknown[]) : undefined;
  });
  if (!series.some(Boolean)) return undefined;
  const rest = {
    ...(input as object),
    indicators: indicators.map((indicator: unknown, i) =>
      series[i] ? { ...(indicator as object), measurements: [] } : indicator,
    ),
  };
  return { rest, series };
}

/**
 * Rows this module has validated and frozen: a series saved again after one edit (the
 * planner's draft, a chart preview of the same plan) is checked row by row only where it
 * changed. Frozen, so a row cannot change after it was checked.
 */
const checkedRows = new WeakSet<object>();
/**
 * Long series this module has checked, whole: a plan handed on unchanged (the planner's plan to
 * its chart preview) is not checked again. These arrays stay inside the elements (a page gets
 * copies: `copyPlan`) and are replaced, never changed, so they are not frozen — a frozen array
 * of 100,000 rows makes `JSON.stringify` of the draft slower.
 */
const checkedSeries = new WeakSet<readonly unknown[]>();

function checkedRow(row: Measurement): Measurement {
  const frozen = Object.freeze(row);
  checkedRows.add(frozen);
  return frozen;
}

/** A row exactly as `measurementSchema` accepts it, as a frozen copy; undefined for anything else (zod decides then). */
function plainRow(row: unknown): Measurement | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  if (checkedRows.has(row)) return row as Measurement;
  if (Array.isArray(row) || Object.getPrototypeOf(row) !== Object.prototype) return undefined;
  for (const key in row) if (!MEASUREMENT_KEYS.has(key)) return undefined;
  const { date, value, note } = row as Record<string, unknown>;
  if (typeof date !== 'string' || !(isCalendarDate(date) || (date.length > 10 && DATE_PATTERNS.some((p) => p.test(date)))))
    return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX)) return undefined;
  return checkedRow(note === undefined ? { date, value } : { date, value, note });
}

/** A row that is not plainly valid, through zod: its parsed copy, or its problems added to `problems`. */
function zodRow(row: unknown, path: Array<string | number>, problems: Problem[]): Measurement | undefined {
  const parsed = measurementSchema.safeParse(row, REPORT_INPUT);
  if (parsed.success) return checkedRow(parsed.data);
  problems.push(...problemsFromZod(parsed.error.issues, path));
  return undefined;
}
