/**
 * A planner's saved draft: the plan, plus what the user had typed into rows not yet added
 * (a new measurement, a new evaluation) or into a baseline or target not yet whole. On
 * restore one broken part — a 600-character title, one bad measurement — costs only that
 * part; everything else valid is kept and the problems say what was dropped.
 */
import { parseJson, problemsFromZod, REPORT_INPUT, type Problem } from '../problems.js';
import { salvage, type Salvaged } from '../salvage.js';
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
  type ImpactPlan,
} from './plan.js';

/** The draft's extra property, beside the plan's own: unknown to every plan reader, so ignored by them. */
export const UNSAVED_PROPERTY = 'unsaved';
/** Longest text of an unsaved field that is kept (the longest field the plan has). */
const UNSAVED_MAX = 10000;
const UNSAVED_MAX_FIELDS = 2000;

export interface PlanDraft {
  plan: ImpactPlan;
  /** Field name → what was typed, for fields whose text is not (yet) in the plan. */
  unsaved: Array<[string, string]>;
}

/** The text a draft is stored as: the plan's JSON with the unsaved fields beside it. */
export function serializePlanDraft(draft: PlanDraft): string {
  const unsaved = cleanUnsaved(draft.unsaved);
  return JSON.stringify(unsaved.length ? { ...draft.plan, [UNSAVED_PROPERTY]: Object.fromEntries(unsaved) } : draft.plan);
}

function cleanUnsaved(entries: Iterable<readonly [unknown, unknown]>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, text] of entries) {
    if (out.length >= UNSAVED_MAX_FIELDS) break;
    if (typeof key === 'string' && key.length <= 200 && typeof text === 'string' && text.length <= UNSAVED_MAX)
      out.push([key, text]);
  }
  return out;
}

/**
 * Reads a stored draft, keeping every valid part. A draft of another or a newer format is
 * refused whole (`unknown-format`, `newer-format`), never mixed into this one.
 */
export function parsePlanDraft(text: string): Salvaged<PlanDraft> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const raw = json.value;
  let unsaved: Array<[string, string]> = [];
  try {
    const extra = (raw as Record<string, unknown> | null)?.[UNSAVED_PROPERTY];
    if (typeof extra === 'object' && extra !== null && !Array.isArray(extra)) unsaved = cleanUnsaved(Object.entries(extra));
  } catch {
    unsaved = [];
  }
  const whole = parsePlan(raw);
  if (whole.ok) return { ok: true, value: { plan: whole.value, unsaved }, dropped: [] };
  if (whole.problems.some((p) => p.code === 'newer-format' || p.code === 'unknown-format')) return whole;
  const kept = salvagePlan(raw);
  if (!kept.ok) return kept;
  return { ok: true, value: { plan: kept.value, unsaved }, dropped: kept.dropped };
}

/**
 * Every valid part of a plan: its own fields one by one (`salvage`), its indicators,
 * measurements and evaluations item by item. Then the rules beyond the schema: an
 * indicator that still breaks one (a target equal to its baseline, a repeated id) is
 * dropped; evaluations are put back in date order.
 */
export function salvagePlan(raw: unknown): Salvaged<ImpactPlan> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return parsePlanAsSalvage(raw);
  const dropped: Problem[] = [];
  const input = { ...(raw as Record<string, unknown>) };
  const indicators = Array.isArray(input.indicators) ? (input.indicators as unknown[]) : undefined;
  if (indicators) {
    input.indicators = indicators.flatMap((indicator, i) => {
      const kept = salvageIndicator(indicator, ['indicators', i], dropped);
      return kept === undefined ? [] : [kept];
    });
  }
  if (Array.isArray(input.evaluations)) {
    input.evaluations = keepValidItems(input.evaluations as unknown[], evaluationSchema, ['evaluations'], dropped);
  }
  const fallback = createPlan({ locale: typeof input.locale === 'string' ? input.locale : 'nb' });
  const kept = salvage(planSchema, input, fallback);
  if (!kept.ok) return { ok: false, problems: [...dropped, ...kept.problems] };
  const plan = kept.value;
  plan.evaluations = [...plan.evaluations].sort((a, b) => dateValue(a.date) - dateValue(b.date));
  const broken = new Set<number>();
  // A warning (two readings of one date) costs nothing: the planner shows it with the plan.
  for (const problem of checkPlan(plan).filter((p) => !isWarning(p))) {
    if (problem.path[0] === 'indicators' && typeof problem.path[1] === 'number') broken.add(problem.path[1]);
    dropped.push(problem);
  }
  if (broken.size) plan.indicators = plan.indicators.filter((_, i) => !broken.has(i));
  const again = checkPlan(plan).filter((p) => !isWarning(p));
  if (again.length) return { ok: false, problems: [...dropped, ...again] };
  return { ok: true, value: plan, dropped: [...kept.dropped, ...dropped] };
}

function salvageIndicator(indicator: unknown, path: Array<string | number>, dropped: Problem[]): unknown {
  const whole = indicatorSchema.safeParse(indicator);
  if (whole.success) return indicator;
  if (typeof indicator !== 'object' || indicator === null || Array.isArray(indicator)) {
    dropped.push({ code: 'invalid', path });
    return undefined;
  }
  const input = { ...(indicator as Record<string, unknown>) };
  if (Array.isArray(input.measurements)) {
    input.measurements = keepValidItems(input.measurements as unknown[], measurementSchema, [...path, 'measurements'], dropped);
  }
  // Without its own id and name an indicator is not the user's any more: dropped whole.
  const id = indicatorSchema.shape.id.safeParse(input.id);
  const name = indicatorSchema.shape.name.safeParse(input.name);
  if (!id.success || !name.success) {
    dropped.push({ code: 'invalid', path });
    return undefined;
  }
  const kept = salvage(indicatorSchema, input, {
    id: id.data,
    name: name.data,
    level: 'output',
    unit: 'count',
    measurements: [],
  });
  if (!kept.ok) {
    dropped.push(...kept.problems.map((p) => ({ ...p, path: [...path, ...p.path] })));
    return undefined;
  }
  dropped.push(...kept.dropped.map((p) => ({ ...p, path: [...path, ...p.path] })));
  return kept.value;
}

type ItemSchema = typeof measurementSchema | typeof evaluationSchema;

function keepValidItems(
  items: readonly unknown[],
  schema: ItemSchema,
  path: Array<string | number>,
  dropped: Problem[],
): unknown[] {
  return items.filter((item, i) => {
    const parsed = schema.safeParse(item, REPORT_INPUT);
    if (parsed.success) return true;
    dropped.push(...problemsFromZod(parsed.error.issues, [...path, i]));
    return false;
  });
}

function parsePlanAsSalvage(raw: unknown): Salvaged<ImpactPlan> {
  const parsed = parsePlan(raw);
  return parsed.ok ? { ok: true, value: parsed.value, dropped: [] } : parsed;
}
