import * as z from '../zod.js';
import type { Instrument } from './instrument.js';
import { responseSchema, type Rating, type Response } from './response.js';
import { own } from '../own.js';
import { lazyObject, once } from '../lazy-schema.js';
import { statementImportance, valueImportance, weightingMethod } from './weighting.js';

/** A 0–10 number with one decimal, or null where there is too little to say. */
const scoreSchema = once(() => z.nullable(z.number().check(z.gte(0), z.lte(10))));
const countSchema = once(() => z.int().check(z.gte(0)));

export const fieldScoreSchema = lazyObject(() => ({
  fieldId: z.string(),
  /** Mean of the answered statements; null while fewer than half of the relevant ones are answered. */
  score: scoreSchema(),
  /** Mean importance of the field's statements, from the value weighting (weighting.ts). */
  importance: scoreSchema(),
  answered: countSchema(),
  notRelevant: countSchema(),
  total: countSchema(),
}));

export const statementScoreSchema = lazyObject(() => ({
  statementId: z.string(),
  fieldId: z.string(),
  score: scoreSchema(),
  importance: scoreSchema(),
}));

export const prioritySchema = lazyObject(() => ({
  statementId: z.string(),
  fieldId: z.string(),
  /** importance − score: how far the group is from what it says matters. */
  gap: z.number(),
}));

export const scoresSchema = lazyObject(() => ({
  /** Mean of the field scores; null while fewer than half of the fields have one. */
  overall: scoreSchema(),
  fields: z.array(fieldScoreSchema),
  statements: z.array(statementScoreSchema),
  /** Important but weak first: statements whose importance exceeds their score, largest gap first. */
  priorities: z.array(prioritySchema),
  completeness: z.object({
    /** Statements with a rating or "not relevant". */
    answered: countSchema(),
    total: countSchema(),
    weightsGiven: countSchema(),
    weightsTotal: countSchema(),
    /** answered / total, 0–1. */
    ratio: z.number().check(z.gte(0), z.lte(1)),
  }),
}));

export type FieldScore = z.infer<typeof fieldScoreSchema>;
export type StatementScore = z.infer<typeof statementScoreSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type Scores = z.infer<typeof scoresSchema>;

/** 1–5 on the agreement or importance scale → 0–10. */
export function scaleToTen(point: number): number {
  return (point - 1) * 2.5;
}

export function statementScore(rating: Rating | undefined): number | null {
  return typeof rating === 'number' ? scaleToTen(rating) : null;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

function mean(numbers: readonly number[]): number | null {
  return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
}

/**
 * Scores a response against its instrument. The weighting (shared points, or 1.0's 1–5
 * weights) only ever feeds importance and priorities: a score depends on the ratings alone.
 * "Not relevant" is left out of both the mean and the half-answered count.
 */
export function scoreResponse(instrument: Instrument, response: Response): Scores {
  const weightOf = valueImportance(instrument, response);

  const statements: StatementScore[] = [];
  const fields: FieldScore[] = [];
  let answeredTotal = 0;
  let statementTotal = 0;

  for (const field of instrument.fields) {
    const scored: number[] = [];
    const importances: number[] = [];
    let notRelevant = 0;
    for (const statement of field.statements) {
      const rating = own(response.answers, statement.id)?.rating;
      if (rating === 'not-relevant') notRelevant++;
      const score = statementScore(rating);
      if (score !== null) scored.push(score);
      const importance = statementImportance(statement, weightOf);
      if (importance !== null) importances.push(importance);
      statements.push({ statementId: statement.id, fieldId: field.id, score, importance });
    }
    const relevant = field.statements.length - notRelevant;
    const enough = scored.length > 0 && scored.length * 2 >= relevant;
    const fieldMean = mean(scored);
    const fieldImportance = mean(importances);
    fields.push({
      fieldId: field.id,
      score: enough && fieldMean !== null ? oneDecimal(fieldMean) : null,
      importance: fieldImportance === null ? null : oneDecimal(fieldImportance),
      answered: scored.length + notRelevant,
      notRelevant,
      total: field.statements.length,
    });
    answeredTotal += scored.length + notRelevant;
    statementTotal += field.statements.length;
  }

  const fieldScores = fields.flatMap((f) => (f.score === null ? [] : [f.score]));
  const overallMean = fieldScores.length * 2 >= fields.length ? mean(fieldScores) : null;

  const priorities = statements
    .flatMap((s, order) =>
      s.score !== null && s.importance !== null && s.importance > s.score
        ? [{ statementId: s.statementId, fieldId: s.fieldId, gap: oneDecimal(s.importance - s.score), order }]
        : [],
    )
    .sort((a, b) => b.gap - a.gap || a.order - b.order)
    .map(({ statementId, fieldId, gap }) => ({ statementId, fieldId, gap }));

  return {
    overall: overallMean === null ? null : oneDecimal(overallMean),
    fields,
    statements,
    priorities,
    completeness: {
      answered: answeredTotal,
      total: statementTotal,
      weightsGiven: weightsGiven(instrument, response, weightOf),
      weightsTotal: instrument.values.length,
      ratio: statementTotal ? answeredTotal / statementTotal : 0,
    },
  };
}

/**
 * How many of the instrument's values the response weighted: with shared points the values it
 * gave points to (one left out still has importance 0, but was not given), with 1.0 weights the
 * values it rated. `weightOf` is the response's `valueImportance`.
 */
export function weightsGiven(instrument: Instrument, response: Response, weightOf: ReadonlyMap<string, number>): number {
  if (weightingMethod(response) !== 'points') return weightOf.size;
  const points = response.points!;
  return instrument.values.filter((v) => Object.hasOwn(points, v.id)).length;
}

/** The detail of `samson-change` and `samson-complete`: what a page stores. */
export const samsonResultSchema = lazyObject(() => ({
  response: responseSchema,
  scores: scoresSchema,
}));

export type SamsonResult = z.infer<typeof samsonResultSchema>;
