/**
 * How much each of the four values matters to the group, and from that how much each field
 * and statement matters (the grey "importance" layer).
 *
 * Two ways to say it:
 * - **Shared points (1.1, recommended).** The group shares out {@link POINTS_BUDGET} points
 *   between the values — its «ambisjoner» (001:4024). Because the points are limited, giving
 *   one value more means giving another less, so the weighting says what matters *more*.
 *   A value's importance is its points relative to the value with most points: that value is
 *   10, one with half as many points 5, one with none 0.
 * - **Importance per value (1.0).** Each value rated 1 "ikke viktig" … 5 "svært viktig",
 *   mapped to 0–10. Kept so that responses from 1.0 open and mean what they meant; a group
 *   that rated everything «svært viktig» sees a flat grey layer, which is why 1.1 asks for points.
 *
 * When a response has both, the shared points win. Importance never changes a score: it only
 * feeds the grey layer and the priority list (importance − score).
 *
 * What a weighting step in the UI must do (see docs/instrument-1.1.md):
 * 1. Show the four values with their description and a whole-number control per value
 *    (0…{@link POINTS_BUDGET}), plus «N poeng igjen» from {@link pointsLeft}.
 * 2. On change, store `withPoints(response, valueId, points)` (response.ts) — it never lets the
 *    total exceed the budget ({@link clampPoints}).
 * 3. Treat the step as done when {@link weightingStatus} is `'complete'` (all points shared);
 *    `'partial'` still yields importance, relative to what has been given so far.
 * 4. Show {@link valueImportance} next to each value so the group sees what its points mean,
 *    and a hint when {@link isFlat} is true (every value equal: the grey layer cannot show priorities).
 * 5. For an old response with only 1–5 weights, show them read-only with an offer to
 *    «Fordel poeng i stedet» — starting from {@link pointsFromLegacyWeights}.
 */
import * as z from '../zod.js';
import type { Instrument, Statement } from './instrument.js';

/** Points the group shares out between the values (four values: an even split is 5 each). */
export const POINTS_BUDGET = 20;

/** Shared points per value id, whole numbers 0…budget; their sum is at most the budget. */
export const pointsSchema = z.record(z.string(), z.int().check(z.gte(0), z.lte(POINTS_BUDGET))).check(
  z.refine((points) => Object.values(points).reduce((a, b) => a + b, 0) <= POINTS_BUDGET, {
    message: `at most ${POINTS_BUDGET} points in all`,
  }),
);

export type Points = z.infer<typeof pointsSchema>;

/** The part of a response the weighting reads (1.0 `weights`, 1.1 `points`). */
export interface WeightingInput {
  weights: Readonly<Record<string, number>>;
  points?: Readonly<Record<string, number>> | undefined;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** A value's points, read as an own key only: a value id like "constructor" must not find Object.prototype. */
function pointsOf(response: WeightingInput, valueId: string): number | undefined {
  return response.points && Object.hasOwn(response.points, valueId) ? response.points[valueId] : undefined;
}

/** Points given so far, counting only the instrument's values. */
export function pointsGiven(instrument: Instrument, response: WeightingInput): number {
  return instrument.values.reduce((sum, value) => sum + (pointsOf(response, value.id) ?? 0), 0);
}

/** Points still to share out. */
export function pointsLeft(instrument: Instrument, response: WeightingInput): number {
  return POINTS_BUDGET - pointsGiven(instrument, response);
}

/** The most a value can be given now without the total going over the budget. */
export function clampPoints(instrument: Instrument, response: WeightingInput, valueId: string, wanted: number): number {
  const others = pointsGiven(instrument, response) - (pointsOf(response, valueId) ?? 0);
  return Math.max(0, Math.min(Math.round(wanted), POINTS_BUDGET - others));
}

/**
 * `'points'` while the response uses shared points (any given), `'legacy'` when it has only
 * 1.0 importance ratings, `'none'` when nothing is given.
 */
export function weightingMethod(response: WeightingInput): 'points' | 'legacy' | 'none' {
  if (response.points && Object.values(response.points).some((p) => p > 0)) return 'points';
  if (Object.keys(response.weights).length) return 'legacy';
  return 'none';
}

/** `'complete'` when every point is shared (or, for 1.0, every value rated). */
export function weightingStatus(instrument: Instrument, response: WeightingInput): 'none' | 'partial' | 'complete' {
  const method = weightingMethod(response);
  if (method === 'none') return 'none';
  if (method === 'points') return pointsLeft(instrument, response) === 0 ? 'complete' : 'partial';
  return instrument.values.every((v) => Object.hasOwn(response.weights, v.id)) ? 'complete' : 'partial';
}

/**
 * Importance 0–10 of each value, keyed by value id; a value without a weight is absent.
 * Shared points: relative to the value with most points (that one is 10, and a value given
 * no points is 0 — "matters least", not "unanswered"). 1.0 weights: 1…5 → 0…10.
 */
export function valueImportance(instrument: Instrument, response: WeightingInput): Map<string, number> {
  const importance = new Map<string, number>();
  if (weightingMethod(response) === 'points') {
    const most = Math.max(...instrument.values.map((v) => pointsOf(response, v.id) ?? 0));
    for (const value of instrument.values)
      importance.set(value.id, oneDecimal((10 * (pointsOf(response, value.id) ?? 0)) / most));
    return importance;
  }
  for (const value of instrument.values) {
    const weight = Object.hasOwn(response.weights, value.id) ? response.weights[value.id] : undefined;
    if (weight !== undefined) importance.set(value.id, (weight - 1) * 2.5);
  }
  return importance;
}

/** True when every value has the same importance: the grey layer then shows no priorities. */
export function isFlat(importance: ReadonlyMap<string, number>): boolean {
  return importance.size > 1 && new Set(importance.values()).size === 1;
}

/** A statement's importance: the mean of its values' importance, or null if none is weighted. */
export function statementImportance(
  statement: Pick<Statement, 'values'>,
  importance: ReadonlyMap<string, number>,
): number | null {
  const known = statement.values.flatMap((id) => (importance.has(id) ? [importance.get(id)!] : []));
  return known.length ? oneDecimal(known.reduce((a, b) => a + b, 0) / known.length) : null;
}

/** Each field's importance (mean of its statements'), keyed by field id; null where nothing is weighted. */
export function fieldImportance(instrument: Instrument, importance: ReadonlyMap<string, number>): Map<string, number | null> {
  return new Map(
    instrument.fields.map((field) => {
      const values = field.statements.flatMap((s) => {
        const i = statementImportance(s, importance);
        return i === null ? [] : [i];
      });
      return [field.id, values.length ? oneDecimal(values.reduce((a, b) => a + b, 0) / values.length) : null];
    }),
  );
}

/**
 * Each field's share of each value, 0–1 (a statement with two values counts half to each):
 * the value profile of a field, used to check the tagging (tilrettelegging is «ledelsesverdiens
 * handlingsfelt», 000:1642-1644) and to explain the grey layer.
 */
export function valueShares(instrument: Instrument): Map<string, Map<string, number>> {
  return new Map(
    instrument.fields.map((field) => {
      const shares = new Map(instrument.values.map((v) => [v.id, 0]));
      for (const statement of field.statements) {
        for (const id of statement.values)
          shares.set(id, (shares.get(id) ?? 0) + 1 / statement.values.length / field.statements.length);
      }
      return [field.id, shares];
    }),
  );
}

/**
 * A starting point for shared points from 1.0 weights: the budget split in proportion to
 * each value's 0–10 importance, rounded so the total is exactly the budget (largest remainder).
 * Every value 0 ("ikke viktig" everywhere) gives an even split.
 */
export function pointsFromLegacyWeights(instrument: Instrument, weights: Readonly<Record<string, number>>): Points {
  const raw = instrument.values.map((v) => {
    const weight = Object.hasOwn(weights, v.id) ? weights[v.id] : undefined;
    return { id: v.id, w: weight === undefined ? 0 : (weight - 1) * 2.5 };
  });
  const total = raw.reduce((a, r) => a + r.w, 0);
  const exact = raw.map((r) => ({ id: r.id, x: total ? (POINTS_BUDGET * r.w) / total : POINTS_BUDGET / raw.length }));
  const points = exact.map((e) => ({ id: e.id, p: Math.floor(e.x), rest: e.x - Math.floor(e.x) }));
  let left = POINTS_BUDGET - points.reduce((a, p) => a + p.p, 0);
  for (const p of [...points].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    p.p++;
    left--;
  }
  return Object.fromEntries(points.map((p) => [p.id, p.p]));
}
