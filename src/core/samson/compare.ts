import type { Instrument } from './instrument.js';
import type { Rating, Response } from './response.js';
import { scoreResponse } from './scoring.js';
import { compareProfiles, fieldPoints, type ProfileChange, type ProfilePoint } from './profile.js';
import type { Round } from './history.js';
import { own } from '../own.js';

/*
 * Reading rounds and parties side by side: what moved between two rounds («Hva har skjedd
 * siden sist?»), and where parties who answered on their own see it differently («Er det
 * sprikende oppfatninger om dette?», handbook H:1360-1362). Pure: responses in, numbers out.
 */

/** Scale points (1–5) at which parties are said to see a statement differently. */
export const DISAGREEMENT_POINTS = 2;

export interface RoundComparison {
  /** Overall score before and after, and the change (one decimal); null without both. */
  overall: ProfileChange | null;
  /** Every field with a score in both rounds, the largest move (either way) first. */
  fields: ProfileChange[];
  /** Every statement with a score in both rounds, the largest move first. */
  statements: ProfileChange[];
}

/** How the joint answer moved from one round to another (`before` is usually the earlier). */
export function compareRounds(instrument: Instrument, before: Round | Response, after: Round | Response): RoundComparison {
  const a = scoreResponse(instrument, jointOf(before));
  const b = scoreResponse(instrument, jointOf(after));
  const statementAxes = (scores: typeof a): ProfilePoint[] =>
    scores.statements.map((s) => ({ id: s.statementId, score: s.score, importance: s.importance }));
  return {
    overall:
      a.overall !== null && b.overall !== null
        ? { id: 'overall', before: a.overall, after: b.overall, change: Math.round((b.overall - a.overall) * 10) / 10 }
        : null,
    fields: compareProfiles(fieldPoints(a), fieldPoints(b)),
    statements: compareProfiles(statementAxes(a), statementAxes(b)),
  };
}

/** One party's value on one axis. */
export interface PartyValue {
  party: string;
  /** For a statement the rating 1–5 (or "not-relevant"); absent when the party left it open. */
  rating?: Rating;
  /** The 0–10 score; null when the party gave none (unanswered, not relevant, too few answers). */
  score: number | null;
}

/** How far apart the parties are on one statement or field. */
export interface Spread {
  /** The statement or field id. */
  id: string;
  /** The field the statement belongs to (for a field: its own id). */
  fieldId: string;
  /** One per party, in the parties' order. */
  values: PartyValue[];
  /** Lowest and highest score (0–10) among parties with one; null when fewer than one has a score. */
  lowest: number | null;
  highest: number | null;
  /** highest − lowest on 0–10, one decimal; 0 with fewer than two scores. */
  spread: number;
  /** For statements: highest − lowest rating in scale points (1–5 → 0–4); for fields: spread / 2.5. */
  points: number;
  /** Two parties or more gave a score and they lie DISAGREEMENT_POINTS scale points apart or more. */
  disagree: boolean;
}

export interface PartySpread {
  parties: string[];
  /** Every field in the instrument's order. */
  fields: Spread[];
  /**
   * Every statement: first those the parties see differently (≥ 2 scale points apart), the
   * widest first, then the rest in the instrument's order — the order to talk them over in.
   */
  statements: Spread[];
}

/**
 * Each party's answer and the spread, per statement and per field. `parties` are responses
 * with a `party` label (a round's `parties`), or any responses (then named by label or
 * "2", "3" …). Statements nobody answered have no spread.
 */
export function partySpread(instrument: Instrument, parties: readonly Response[]): PartySpread {
  const names = parties.map((p, i) => p.party?.trim() || p.label.trim() || String(i + 1));
  const scored = parties.map((p) => scoreResponse(instrument, p));
  const fields = instrument.fields.map((field, f) =>
    spreadOf(
      field.id,
      field.id,
      parties.map((_, i) => ({ party: names[i]!, score: scored[i]!.fields[f]!.score })),
      2.5,
    ),
  );
  const statements: Array<Spread & { order: number }> = [];
  let s = 0;
  for (const field of instrument.fields) {
    for (const statement of field.statements) {
      const values = parties.map((p, i) => {
        const rating = own(p.answers, statement.id)?.rating;
        const value: PartyValue = { party: names[i]!, score: scored[i]!.statements[s]!.score };
        if (rating !== undefined) value.rating = rating;
        return value;
      });
      statements.push({ ...spreadOf(statement.id, field.id, values, 2.5), order: s++ });
    }
  }
  statements.sort(
    (a, b) => Number(b.disagree) - Number(a.disagree) || (a.disagree ? b.points - a.points : 0) || a.order - b.order,
  );
  return { parties: names, fields, statements: statements.map(({ order: _order, ...rest }) => rest) };
}

/** The statements parties see differently (≥ 2 scale points apart), widest first. */
export function disagreements(spread: PartySpread): Spread[] {
  return spread.statements.filter((s) => s.disagree);
}

/** The widest spread among `items` (first in order among equals), or null when none has two scores. */
export function widest(items: readonly Spread[]): Spread | null {
  let best: Spread | null = null;
  for (const item of items) {
    if (item.values.filter((v) => v.score !== null).length < 2) continue;
    if (!best || item.spread > best.spread) best = item;
  }
  return best && best.spread > 0 ? best : null;
}

function spreadOf(id: string, fieldId: string, values: PartyValue[], perPoint: number): Spread {
  const scores = values.flatMap((v) => (v.score === null ? [] : [v.score]));
  const lowest = scores.length ? Math.min(...scores) : null;
  const highest = scores.length ? Math.max(...scores) : null;
  const spread = lowest === null || highest === null ? 0 : Math.round((highest - lowest) * 10) / 10;
  const points = Math.round((spread / perPoint) * 10) / 10;
  return { id, fieldId, values, lowest, highest, spread, points, disagree: scores.length >= 2 && points >= DISAGREEMENT_POINTS };
}

function jointOf(input: Round | Response): Response {
  return 'joint' in input ? input.joint : input;
}
