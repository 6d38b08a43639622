/**
 * What the scorecard's results and report steps show, worked out without a DOM: the action
 * plan (every idea for action, by field), what is still missing, a new round from an old
 * response, and the name an exported file gets.
 */
import type { Field, Instrument, InstrumentValue, Statement } from './instrument.js';
import { createResponse, type Rating, type Response } from './response.js';
import { own } from '../own.js';
import { slugOf } from '../slug.js';
import { weightingMethod, weightingStatus } from './weighting.js';

export interface ActionItem {
  statement: Statement;
  /** 1-based position of the statement within its field, as the field step numbers it. */
  number: number;
  idea: string;
  rating?: Rating;
}

export interface ActionGroup {
  field: Field;
  items: ActionItem[];
}

/**
 * Every idea for action the group wrote, grouped by field in the instrument's order. Ideas
 * that are only whitespace are left out; the text itself is kept exactly as typed.
 */
export function actionPlan(instrument: Instrument, response: Response): ActionGroup[] {
  const groups: ActionGroup[] = [];
  for (const field of instrument.fields) {
    const items: ActionItem[] = [];
    field.statements.forEach((statement, i) => {
      const answer = own(response.answers, statement.id);
      if (!answer?.idea || !answer.idea.trim()) return;
      const item: ActionItem = { statement, number: i + 1, idea: answer.idea };
      if (answer.rating !== undefined) item.rating = answer.rating;
      items.push(item);
    });
    if (items.length) groups.push({ field, items });
  }
  return groups;
}

/** Statements of a field with a rating or "not relevant". */
export function answeredIn(field: Field, response: Response): number {
  let answered = 0;
  for (const statement of field.statements) if (own(response.answers, statement.id)?.rating !== undefined) answered++;
  return answered;
}

export interface FieldGap {
  field: Field;
  /** Position of the field in the instrument, 0-based. */
  index: number;
  unanswered: Statement[];
}

export interface Missing {
  /** Values not weighted yet. */
  values: InstrumentValue[];
  /** Fields with at least one unanswered statement. */
  fields: FieldGap[];
  complete: boolean;
}

/** What the group has not answered yet: unweighted values and unanswered statements. */
export function missingAnswers(instrument: Instrument, response: Response): Missing {
  // Shared points (1.1): nothing is missing once every point is shared; until then, the values without points.
  const values =
    weightingMethod(response) === 'points'
      ? weightingStatus(instrument, response) === 'complete'
        ? []
        : instrument.values.filter((value) => own(response.points ?? {}, value.id) === undefined)
      : instrument.values.filter((value) => own(response.weights, value.id) === undefined);
  const fields: FieldGap[] = [];
  instrument.fields.forEach((field, index) => {
    const unanswered = field.statements.filter((s) => own(response.answers, s.id)?.rating === undefined);
    if (unanswered.length) fields.push({ field, index, unanswered });
  });
  return { values, fields, complete: values.length === 0 && fields.length === 0 };
}

/** "Time 1" → "Time 2", "Runde 9" → "Runde 10"; a label without a trailing number is kept. */
export function nextLabel(label: string): string {
  const match = /^(.*?)(\d+)(\s*)$/.exec(label);
  if (!match) return label;
  const next = `${match[1]}${Number(match[2]) + 1}${match[3]}`;
  return next.length <= 200 ? next : label;
}

/**
 * A new round started from an earlier response. It keeps the value weights — the group's
 * ambitions, which they revisit on the weighting step rather than rebuild — and the label
 * with its trailing number counted up, and starts with no answers, no ideas and new dates:
 * the earlier file stays the record of the earlier round.
 */
export function nextRound(previous: Response, instrument: Instrument, now = new Date()): Response {
  const weights: Record<string, number> = {};
  for (const value of instrument.values) {
    const weight = own(previous.weights, value.id);
    if (weight !== undefined) weights[value.id] = weight;
  }
  const next: Response = { ...createResponse(instrument, nextLabel(previous.label), now), weights };
  if (previous.points)
    next.points = Object.fromEntries(
      instrument.values.flatMap((v) => (own(previous.points!, v.id) === undefined ? [] : [[v.id, previous.points![v.id]!]])),
    );
  return next;
}

/** A file name that is safe everywhere: `samson-time-1-2026-11-25.json`. */
export function exportFileName(response: Response, now = new Date()): string {
  const slug = slugOf(response.label);
  const date = now.toISOString().slice(0, 10);
  return [response.instrument.id, slug, date].filter(Boolean).join('-') + '.json';
}
