import * as z from '../zod.js';
import type { Instrument } from './instrument.js';
import type { Response } from './response.js';
import { scaleToTen, scoresSchema, type FieldScore, type Priority, type Scores, type StatementScore } from './scoring.js';
import { own } from '../own.js';
import { valueImportance } from './weighting.js';

/*
 * What the spider profile reads off one or more scored responses: the points it draws, the
 * mean of many responses, what changed between two rounds and the facts its text summary
 * states. Pure data in, data out, so the element only words and draws it.
 */

const scoreSchema = z.nullable(z.number().check(z.gte(0), z.lte(10)));

/** One axis of a profile: a field (overview) or a statement (drill-down). */
export const profilePointSchema = z.object({
  /** The field or statement id. */
  id: z.string(),
  score: scoreSchema,
  importance: scoreSchema,
});

/** How one axis moved from one response to the next. */
export const profileChangeSchema = z.object({
  id: z.string(),
  before: z.number(),
  after: z.number(),
  /** after − before, one decimal. */
  change: z.number(),
});

const scoredPointSchema = z.object({ id: z.string(), score: z.number() });

export const profileSummarySchema = z.object({
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
});

/** Scores averaged over several responses, with how many responses went in. */
export const aggregatedScoresSchema = z.extend(scoresSchema, {
  respondents: z.int().check(z.gte(0)),
});

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

/** Sums in whole tenths, so the mean of one-decimal scores is exact and does not depend on their order. */
class Mean {
  tenths = 0;
  n = 0;
  add(value: number | null): void {
    if (value === null) return;
    this.tenths += Math.round(value * 10);
    this.n++;
  }
  get value(): number | null {
    return this.n ? Math.round(this.tenths / this.n) / 10 : null;
  }
}

interface FieldAcc {
  fieldId: string;
  score: Mean;
  importance: Mean;
  answered: number;
  notRelevant: number;
  total: number;
}
interface StatementAcc {
  statementId: string;
  fieldId: string;
  score: Mean;
  importance: Mean;
}

/** Running means over many responses, axis by axis, in one fixed order. */
class Accumulator {
  readonly fields: FieldAcc[];
  readonly statements: StatementAcc[];
  readonly completeness = { answered: 0, total: 0, weightsGiven: 0, weightsTotal: 0 };
  respondents = 0;

  constructor(fieldIds: readonly string[], statements: ReadonlyArray<readonly [statementId: string, fieldId: string]>) {
    this.fields = fieldIds.map((fieldId) => ({
      fieldId,
      score: new Mean(),
      importance: new Mean(),
      answered: 0,
      notRelevant: 0,
      total: 0,
    }));
    this.statements = statements.map(([statementId, fieldId]) => ({
      statementId,
      fieldId,
      score: new Mean(),
      importance: new Mean(),
    }));
  }

  result(): AggregatedScores {
    const fields: FieldScore[] = this.fields.map((f) => ({
      fieldId: f.fieldId,
      score: f.score.value,
      importance: f.importance.value,
      answered: f.answered,
      notRelevant: f.notRelevant,
      total: f.total,
    }));
    const statements: StatementScore[] = this.statements.map((s) => ({
      statementId: s.statementId,
      fieldId: s.fieldId,
      score: s.score.value,
      importance: s.importance.value,
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
  const fieldAt = new Map(acc.fields.map((f) => [f.fieldId, f]));
  const statementAt = new Map(acc.statements.map((s) => [s.statementId, s]));
  for (const scores of all) {
    acc.respondents++;
    for (const f of scores.fields) {
      const into = fieldAt.get(f.fieldId);
      if (!into) continue;
      into.score.add(f.score);
      into.importance.add(f.importance);
      into.answered += f.answered;
      into.notRelevant += f.notRelevant;
      into.total += f.total;
    }
    for (const s of scores.statements) {
      const into = statementAt.get(s.statementId);
      if (!into) continue;
      into.score.add(s.score);
      into.importance.add(s.importance);
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
 */
export class ResponseAggregator {
  private readonly valueIds: string[];
  private readonly shape: Array<{ statements: Array<{ id: string; values: number[] }> }>;
  private readonly acc: Accumulator;
  private readonly weights: Array<number | undefined>;
  private readonly scored: number[] = [];
  private readonly importances: number[] = [];

  constructor(private readonly instrument: Instrument) {
    const valueIds = instrument.values.map((v) => v.id);
    const valueIndex = new Map(valueIds.map((id, i) => [id, i]));
    this.valueIds = valueIds;
    this.shape = instrument.fields.map((field) => ({
      statements: field.statements.map((s) => ({
        id: s.id,
        values: s.values.flatMap((id) => (valueIndex.has(id) ? [valueIndex.get(id)!] : [])),
      })),
    }));
    this.acc = new Accumulator(
      instrument.fields.map((f) => f.id),
      instrument.fields.flatMap((f) => f.statements.map((s) => [s.id, f.id] as const)),
    );
    this.weights = new Array<number | undefined>(valueIds.length);
  }

  /** How many responses were added. */
  get count(): number {
    return this.acc.respondents;
  }

  add(response: Response): void {
    const { instrument, valueIds, shape, acc, weights, scored, importances } = this;
    acc.respondents++;
    let weightsGiven = 0;
    // Shared points (1.1) or 1–5 weights (1.0), whichever the response has: weighting.ts.
    const importanceOf = valueImportance(instrument, response);
    for (let v = 0; v < valueIds.length; v++) {
      weights[v] = importanceOf.get(valueIds[v]!);
      if (weights[v] !== undefined) weightsGiven++;
    }
    let s = 0;
    shape.forEach((field, f) => {
      scored.length = 0;
      importances.length = 0;
      let notRelevant = 0;
      for (const statement of field.statements) {
        const rating = own(response.answers, statement.id)?.rating;
        if (rating === 'not-relevant') notRelevant++;
        const score = typeof rating === 'number' ? scaleToTen(rating) : null;
        if (score !== null) scored.push(score);
        let sum = 0;
        let n = 0;
        for (const v of statement.values) {
          const weight = weights[v];
          if (weight !== undefined) {
            sum += weight;
            n++;
          }
        }
        const importance = n ? oneDecimal(sum / n) : null;
        if (importance !== null) importances.push(importance);
        const into = acc.statements[s++]!;
        into.score.add(score);
        into.importance.add(importance);
      }
      const relevant = field.statements.length - notRelevant;
      const into = acc.fields[f]!;
      into.score.add(scored.length > 0 && scored.length * 2 >= relevant ? oneDecimal(sumOf(scored) / scored.length) : null);
      into.importance.add(importances.length ? oneDecimal(sumOf(importances) / importances.length) : null);
      into.answered += scored.length + notRelevant;
      into.notRelevant += notRelevant;
      into.total += field.statements.length;
      acc.completeness.answered += scored.length + notRelevant;
      acc.completeness.total += field.statements.length;
    });
    acc.completeness.weightsGiven += weightsGiven;
    acc.completeness.weightsTotal += valueIds.length;
  }

  result(): AggregatedScores {
    return this.acc.result();
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
