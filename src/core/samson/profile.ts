import * as z from '../zod.js';
import type { Instrument } from './instrument.js';
import type { Response } from './response.js';
import {
  scaleToTen,
  scoresSchema,
  weightsGiven,
  type FieldScore,
  type Priority,
  type Scores,
  type StatementScore,
} from './scoring.js';
import { valueImportance } from './weighting.js';
import { lazyObject, once } from '../lazy-schema.js';

/*
 * What the spider profile reads off one or more scored responses: the points it draws, the
 * mean of many responses, what changed between two rounds and the facts its text summary
 * states. Pure data in, data out, so the element only words and draws it.
 */

const scoreSchema = once(() => z.nullable(z.number().check(z.gte(0), z.lte(10))));

/** One axis of a profile: a field (overview) or a statement (drill-down). */
export const profilePointSchema = lazyObject(() => ({
  /** The field or statement id. */
  id: z.string(),
  score: scoreSchema(),
  importance: scoreSchema(),
}));

/** How one axis moved from one response to the next. */
export const profileChangeSchema = lazyObject(() => ({
  id: z.string(),
  before: z.number(),
  after: z.number(),
  /** after − before, one decimal. */
  change: z.number(),
}));

const scoredPointSchema = lazyObject(() => ({ id: z.string(), score: z.number() }));

export const profileSummarySchema = lazyObject(() => ({
  /** Highest score; the first in order among equals. Null when nothing has a score. */
  strongest: z.nullable(scoredPointSchema),
  /** Lowest score; the first in order among equals. */
  weakest: z.nullable(scoredPointSchema),
  /**
   * The axis where importance − score is largest (the reading SAMSON teaches: important, but
   * weak). The gap may be zero or negative when the group scores itself at or above what it
   * says matters everywhere.
   */
  biggestGap: z.nullable(z.object({ id: z.string(), score: z.number(), importance: z.number(), gap: z.number() })),
  /** The largest move since the previous response, either way; null without one or when nothing moved. */
  largestChange: z.nullable(profileChangeSchema),
  /** Axes with a score, and all axes. */
  scored: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
}));

/** Scores averaged over several responses, with how many responses went in. */
export const aggregatedScoresSchema = lazyObject(() => ({
  ...scoresSchema.shape,
  respondents: z.int().check(z.gte(0)),
}));

export type ProfilePoint = z.infer<typeof profilePointSchema>;
export type ProfileChange = z.infer<typeof profileChangeSchema>;
export type ProfileSummary = z.infer<typeof profileSummarySchema>;
export type AggregatedScores = z.infer<typeof aggregatedScoresSchema>;

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** The seven (or however many) field axes of the overview, in the instrument's order. */
export function fieldPoints(scores: Scores): ProfilePoint[] {
  return scores.fields.map((f) => ({ id: f.fieldId, score: f.score, importance: f.importance }));
}

/** The statement axes of one field's drill-down, in the instrument's order; empty for an unknown field. */
export function statementPoints(scores: Scores, fieldId: string): ProfilePoint[] {
  return scores.statements
    .filter((s) => s.fieldId === fieldId)
    .map((s) => ({ id: s.statementId, score: s.score, importance: s.importance }));
}

/**
 * Sums and counts of one quantity for every axis, in typed arrays indexed by axis: adding a
 * response allocates nothing. Sums are kept in whole tenths, so the mean of one-decimal scores
 * is exact and does not depend on the order they came in.
 */
class Means {
  readonly tenths: Float64Array;
  readonly counts: Float64Array;

  constructor(axes: number) {
    this.tenths = new Float64Array(axes);
    this.counts = new Float64Array(axes);
  }

  add(axis: number, value: number | null): void {
    if (value === null) return;
    this.tenths[axis]! += Math.round(value * 10);
    this.counts[axis]!++;
  }

  value(axis: number): number | null {
    const n = this.counts[axis]!;
    return n ? Math.round(this.tenths[axis]! / n) / 10 : null;
  }
}

/** Running means over many responses, axis by axis, in one fixed order. */
class Accumulator {
  readonly fieldScore: Means;
  readonly fieldImportance: Means;
  readonly statementScore: Means;
  readonly statementImportance: Means;
  /** Per field: statements answered (a rating or "not relevant"), "not relevant", all. */
  readonly answered: Float64Array;
  readonly notRelevant: Float64Array;
  readonly total: Float64Array;
  readonly completeness = { answered: 0, total: 0, weightsGiven: 0, weightsTotal: 0 };
  respondents = 0;

  constructor(
    private readonly fieldIds: readonly string[],
    private readonly statements: ReadonlyArray<readonly [statementId: string, fieldId: string]>,
  ) {
    this.fieldScore = new Means(fieldIds.length);
    this.fieldImportance = new Means(fieldIds.length);
    this.statementScore = new Means(statements.length);
    this.statementImportance = new Means(statements.length);
    this.answered = new Float64Array(fieldIds.length);
    this.notRelevant = new Float64Array(fieldIds.length);
    this.total = new Float64Array(fieldIds.length);
  }

  result(): AggregatedScores {
    const fields: FieldScore[] = this.fieldIds.map((fieldId, f) => ({
      fieldId,
      score: this.fieldScore.value(f),
      importance: this.fieldImportance.value(f),
      answered: this.answered[f]!,
      notRelevant: this.notRelevant[f]!,
      total: this.total[f]!,
    }));
    const statements: StatementScore[] = this.statements.map(([statementId, fieldId], s) => ({
      statementId,
      fieldId,
      score: this.statementScore.value(s),
      importance: this.statementImportance.value(s),
    }));
    // Worked out as `scoreResponse` does, so one response's overall score comes out unchanged.
    const fieldScores = fields.flatMap((f) => (f.score === null ? [] : [f.score]));
    const c = this.completeness;
    return {
      overall:
        fieldScores.length > 0 && fieldScores.length * 2 >= fields.length
          ? oneDecimal(sumOf(fieldScores) / fieldScores.length)
          : null,
      fields,
      statements,
      priorities: prioritiesOf(statements),
      completeness: { ...c, ratio: c.total ? c.answered / c.total : 0 },
      respondents: this.respondents,
    };
  }
}

/**
 * The mean of several scored responses to one instrument ("parties", or many respondents
 * answering alone): per field and per statement, the mean of the scores and importances that
 * exist, so a respondent who left a field without a score does not pull it towards zero. The
 * overall score follows the single-response rule (mean of field scores, none while fewer than
 * half of the fields have one); counts are summed; priorities are read from the means.
 * Axes are matched by id and listed in the first response's order.
 */
export function aggregateScores(all: readonly Scores[]): AggregatedScores {
  const first = all[0];
  const acc = new Accumulator(
    first ? first.fields.map((f) => f.fieldId) : [],
    first ? first.statements.map((s) => [s.statementId, s.fieldId] as const) : [],
  );
  const fieldAt = new Map(first?.fields.map((f, i) => [f.fieldId, i]));
  const statementAt = new Map(first?.statements.map((s, i) => [s.statementId, i]));
  for (const scores of all) {
    acc.respondents++;
    for (const f of scores.fields) {
      const into = fieldAt.get(f.fieldId);
      if (into === undefined) continue;
      acc.fieldScore.add(into, f.score);
      acc.fieldImportance.add(into, f.importance);
      acc.answered[into]! += f.answered;
      acc.notRelevant[into]! += f.notRelevant;
      acc.total[into]! += f.total;
    }
    for (const s of scores.statements) {
      const into = statementAt.get(s.statementId);
      if (into === undefined) continue;
      acc.statementScore.add(into, s.score);
      acc.statementImportance.add(into, s.importance);
    }
    const c = acc.completeness;
    c.answered += scores.completeness.answered;
    c.total += scores.completeness.total;
    c.weightsGiven += scores.completeness.weightsGiven;
    c.weightsTotal += scores.completeness.weightsTotal;
  }
  return acc.result();
}

/**
 * Scores every response against the instrument and averages them: the same numbers as
 * `aggregateScores(responses.map((r) => scoreResponse(instrument, r)))` (a property test
 * holds the two together), but with the instrument's shape worked out once instead of per
 * response, which makes a thousand responses about ten times faster.
 */
export function aggregateResponses(instrument: Instrument, responses: readonly Response[]): AggregatedScores {
  const aggregator = new ResponseAggregator(instrument);
  for (const response of responses) aggregator.add(response);
  return aggregator.result();
}

/**
 * `aggregateResponses` one response at a time, so that a caller can spread a hundred
 * thousand responses over several tasks (the page stays responsive) and ask for the
 * result at the end.
 *
 * The instrument is flattened once into arrays indexed by statement, and adding a response
 * allocates nothing but `valueImportance`'s small map. A statement's importance depends only
 * on which values it expresses, so a response works out the importance of each distinct list
 * of values (a handful) and the means are kept per list, not per statement.
 */
export class ResponseAggregator {
  private readonly valueIds: string[];
  private readonly statementIds: string[];
  /** Where each field's statements start in `statementIds`, and one more entry: where the last ends. */
  private readonly fieldStart: number[];
  /** The distinct lists of value indices that statements express, each in its statement's order. */
  private readonly valueLists: number[][];
  /** Per statement, its list in `valueLists` (values the instrument does not have are left out). */
  private readonly listOf: Uint32Array;
  /** The statements' importance means, per list in `valueLists`. */
  private readonly listMeans: Means;
  private readonly acc: Accumulator;
  // Scratch for the response being added.
  private readonly weights: Float64Array;
  private readonly weighted: Uint8Array;
  private readonly listImportance: Float64Array;
  private readonly listWeighted: Uint8Array;

  constructor(private readonly instrument: Instrument) {
    const valueIds = instrument.values.map((v) => v.id);
    const valueIndex = new Map(valueIds.map((id, i) => [id, i]));
    const statements = instrument.fields.flatMap((f) => f.statements);
    const listIndex = new Map<string, number>();
    const valueLists: number[][] = [];
    this.listOf = Uint32Array.from(statements, (statement) => {
      const list = statement.values.flatMap((id) => (valueIndex.has(id) ? [valueIndex.get(id)!] : []));
      const key = list.join(' ');
      if (!listIndex.has(key)) listIndex.set(key, valueLists.push(list) - 1);
      return listIndex.get(key)!;
    });
    this.valueIds = valueIds;
    this.valueLists = valueLists;
    this.statementIds = statements.map((s) => s.id);
    this.fieldStart = [0];
    for (const field of instrument.fields) this.fieldStart.push(this.fieldStart.at(-1)! + field.statements.length);
    this.acc = new Accumulator(
      instrument.fields.map((f) => f.id),
      instrument.fields.flatMap((f) => f.statements.map((s) => [s.id, f.id] as const)),
    );
    this.listMeans = new Means(valueLists.length);
    this.weights = new Float64Array(valueIds.length);
    this.weighted = new Uint8Array(valueIds.length);
    this.listImportance = new Float64Array(valueLists.length);
    this.listWeighted = new Uint8Array(valueLists.length);
  }

  /** How many responses were added. */
  get count(): number {
    return this.acc.respondents;
  }

  add(response: Response): void {
    const { acc, valueIds, weights, weighted, valueLists, listImportance, listWeighted, listMeans } = this;
    acc.respondents++;
    // Shared points (1.1) or 1–5 weights (1.0), whichever the response has: weighting.ts.
    const importanceOf = valueImportance(this.instrument, response);
    for (let v = 0; v < valueIds.length; v++) {
      const weight = importanceOf.get(valueIds[v]!);
      weighted[v] = weight === undefined ? 0 : 1;
      weights[v] = weight ?? 0;
    }
    // A statement's importance is the mean of its values' (statementImportance, weighting.ts).
    for (let l = 0; l < valueLists.length; l++) {
      const list = valueLists[l]!;
      let sum = 0;
      let n = 0;
      for (let i = 0; i < list.length; i++) {
        const v = list[i]!;
        if (weighted[v]) {
          sum += weights[v]!;
          n++;
        }
      }
      listWeighted[l] = n ? 1 : 0;
      listImportance[l] = n ? oneDecimal(sum / n) : 0;
      if (n) listMeans.add(l, listImportance[l]!);
    }
    const { statementIds, fieldStart, listOf } = this;
    const { tenths: scoreTenths, counts: scoreCounts } = acc.statementScore;
    const answers = response.answers;
    let s = 0;
    for (let f = 0; f + 1 < fieldStart.length; f++) {
      const end = fieldStart[f + 1]!;
      const statements = end - s;
      let notRelevant = 0;
      // Added left to right, as `scoreResponse` adds, so the rounding agrees to the last bit.
      let scoreSum = 0;
      let scored = 0;
      let importanceSum = 0;
      let importances = 0;
      for (; s < end; s++) {
        const id = statementIds[s]!;
        const rating = Object.hasOwn(answers, id) ? answers[id]?.rating : undefined;
        if (rating === 'not-relevant') notRelevant++;
        else if (typeof rating === 'number') {
          const score = scaleToTen(rating);
          scoreSum += score;
          scored++;
          scoreTenths[s]! += Math.round(score * 10);
          scoreCounts[s]!++;
        }
        const list = listOf[s]!;
        if (listWeighted[list]) {
          importanceSum += listImportance[list]!;
          importances++;
        }
      }
      const relevant = statements - notRelevant;
      acc.fieldScore.add(f, scored > 0 && scored * 2 >= relevant ? oneDecimal(scoreSum / scored) : null);
      acc.fieldImportance.add(f, importances ? oneDecimal(importanceSum / importances) : null);
      acc.answered[f]! += scored + notRelevant;
      acc.notRelevant[f]! += notRelevant;
      acc.total[f]! += statements;
      acc.completeness.answered += scored + notRelevant;
      acc.completeness.total += statements;
    }
    acc.completeness.weightsGiven += weightsGiven(this.instrument, response, importanceOf);
    acc.completeness.weightsTotal += valueIds.length;
  }

  result(): AggregatedScores {
    const { listOf, listMeans, acc } = this;
    for (let s = 0; s < listOf.length; s++) {
      acc.statementImportance.tenths[s] = listMeans.tenths[listOf[s]!]!;
      acc.statementImportance.counts[s] = listMeans.counts[listOf[s]!]!;
    }
    return acc.result();
  }
}

/** Left to right, as `scoreResponse` adds, so the rounding agrees to the last bit. */
function sumOf(numbers: readonly number[]): number {
  let sum = 0;
  for (const n of numbers) sum += n;
  return sum;
}

function prioritiesOf(statements: readonly StatementScore[]): Priority[] {
  return statements
    .flatMap((s, order) =>
      s.score !== null && s.importance !== null && s.importance > s.score
        ? [{ statementId: s.statementId, fieldId: s.fieldId, gap: oneDecimal(s.importance - s.score), order }]
        : [],
    )
    .sort((a, b) => b.gap - a.gap || a.order - b.order)
    .map(({ statementId, fieldId, gap }) => ({ statementId, fieldId, gap }));
}

/**
 * How every axis that has a score in both profiles moved, largest move first (ties keep the
 * axes' order). Axes are matched by id, so the profiles may list them in any order.
 */
export function compareProfiles(before: readonly ProfilePoint[], after: readonly ProfilePoint[]): ProfileChange[] {
  const earlier = new Map(before.map((p) => [p.id, p.score]));
  return after
    .flatMap((p, order) => {
      const was = earlier.get(p.id);
      return was === undefined || was === null || p.score === null
        ? []
        : [{ id: p.id, before: was, after: p.score, change: oneDecimal(p.score - was), order }];
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.order - b.order)
    .map(({ id, before: b, after: a, change }) => ({ id, before: b, after: a, change }));
}

/** The axes that rose most and fell most, up to `limit` of each; axes that did not move are left out. */
export function whatChanged(
  before: readonly ProfilePoint[],
  after: readonly ProfilePoint[],
  limit = 3,
): { rises: ProfileChange[]; falls: ProfileChange[] } {
  const changes = compareProfiles(before, after);
  return {
    rises: changes.filter((c) => c.change > 0).slice(0, limit),
    falls: changes.filter((c) => c.change < 0).slice(0, limit),
  };
}

/** The facts the profile's text summary states, for the current response and optionally the one before. */
export function summarizeProfile(current: readonly ProfilePoint[], previous?: readonly ProfilePoint[]): ProfileSummary {
  let strongest: { id: string; score: number } | null = null;
  let weakest: { id: string; score: number } | null = null;
  let biggestGap: ProfileSummary['biggestGap'] = null;
  let scored = 0;
  for (const p of current) {
    if (p.score === null) continue;
    scored++;
    if (!strongest || p.score > strongest.score) strongest = { id: p.id, score: p.score };
    if (!weakest || p.score < weakest.score) weakest = { id: p.id, score: p.score };
    if (p.importance !== null) {
      const gap = oneDecimal(p.importance - p.score);
      if (!biggestGap || gap > biggestGap.gap) biggestGap = { id: p.id, score: p.score, importance: p.importance, gap };
    }
  }
  const largest = previous ? compareProfiles(previous, current)[0] : undefined;
  return {
    strongest,
    weakest,
    biggestGap,
    largestChange: largest && largest.change !== 0 ? largest : null,
    scored,
    total: current.length,
  };
}
