/**
 * What `<samson-profile>` shows, worked out from its inputs: which lines (rounds, parties, a
 * band), how each looks, and the numbers the summary and the table state. No DOM and no
 * drawing here; the element renders this and the chart draws it.
 */
import { msg, str } from '@lit/localize';
import type { Field, Instrument } from '../../core/samson/instrument.js';
import type { Response } from '../../core/samson/response.js';
import { scoreResponse, type Scores } from '../../core/samson/scoring.js';
import { aggregateResponses, fieldPoints, statementPoints, type ProfilePoint } from '../../core/samson/profile.js';
import type { History } from '../../core/samson/history.js';
import { partySpread, type PartySpread } from '../../core/samson/compare.js';
import { seriesLook, type SeriesLook, type StyledSeries } from './series-style.js';

/** How parties are drawn: one line each, as a band around the joint line, or not at all (rounds only). */
export type PartiesMode = 'lines' | 'band' | 'off';

/** One line of the profile. */
export interface Series {
  label: string;
  scores: Scores;
  look: SeriesLook;
}

export interface ProfileView {
  /** `rounds`: the joint answer of every round; `parties`: the parties of one round. */
  kind: 'rounds' | 'parties';
  /** The lines, in drawing order; for a band, the band's two edges are derived from `parties` when drawn. */
  series: Series[];
  /** The line the summary, the importance layer and the axis buttons speak of: the current round, or the joint line. */
  main: Series;
  /** Rounds: the round before the main one, for "what changed". */
  previous?: Series;
  /** Parties: each party's scores and the spread per field and statement. */
  parties?: { names: string[]; scores: Scores[]; spread: PartySpread; band: boolean; joint: Series | null };
  /** Set when there were more rounds or parties than one figure can show: how many are drawn of how many. */
  capped?: { kind: 'rounds' | 'parties'; shown: number; total: number };
}

/**
 * The most lines one profile draws (and the table has columns for): beyond about a dozen,
 * lines and their legend can no longer be told apart, and a hundred thousand would freeze
 * the page. The latest rounds are kept, and the first parties; the mean of every response
 * (`aggregate`) still counts them all.
 */
export const MAX_LINES = 12;

/** The responses a profile draws, gathered from its inputs (all validated already). */
export interface ProfileInput {
  instrument: Instrument;
  /** A collaboration's history (the `history` property, or the followed scorecard's). */
  history?: History;
  /** Loose responses (the `responses` property): joint ones are rounds, those with `party` the parties of the last round. */
  responses: readonly Response[];
  /** The followed scorecard's current response: the current round's joint answer. */
  live?: Response;
  parties: PartiesMode;
  /** Id of the round whose parties are shown; the current round when absent or unknown. */
  round?: string | null;
  aggregate: boolean;
  /** The mean of `responses`, worked out already (in slices, for very many): used when nothing else is drawn. */
  aggregated?: Scores;
}

interface RoundData {
  label: string;
  joint: Response | null;
  parties: Response[];
}

/** The view for the inputs; null when there is nothing to draw. */
export function buildView(input: ProfileInput): ProfileView | null {
  const rounds = gatherRounds(input);
  const { instrument } = input;
  const chosen = rounds.find((r) => input.round && r.id === input.round) ?? rounds.at(-1);

  if (input.aggregate) {
    const all = rounds.flatMap((r) => [...(r.joint ? [r.joint] : []), ...r.parties]);
    if (all.length > 1) {
      const series: Series = {
        label: msg(str`Gjennomsnitt av ${all.length} svar`),
        scores: input.aggregated && !input.history && !input.live ? input.aggregated : aggregateResponses(instrument, all),
        look: seriesLook('current', 0, 1),
      };
      return { kind: 'rounds', series: [series], main: series };
    }
  }

  if (chosen && chosen.parties.length && input.parties !== 'off') {
    const shownParties = chosen.parties.slice(0, MAX_LINES);
    const scores = shownParties.map((p) => scoreResponse(instrument, p));
    const spread = partySpread(instrument, shownParties);
    const hasJoint = chosen.joint !== null && Object.keys(chosen.joint.answers).length > 0;
    const joint: Series | null = hasJoint
      ? {
          label: msg(str`Felles svar (${chosen.label})`),
          scores: scoreResponse(instrument, chosen.joint!),
          look: seriesLook('current', 0, 1),
        }
      : null;
    const band = input.parties === 'band';
    const partyLines = spread.parties.map((name, i) => ({
      label: name,
      scores: scores[i]!,
      look: seriesLook('party', i, scores.length),
    }));
    const main: Series = joint ?? {
      label: msg(str`Gjennomsnitt av ${scores.length} parter`),
      scores: aggregateResponses(instrument, shownParties),
      look: seriesLook('current', 0, 1),
    };
    return {
      kind: 'parties',
      series: band ? [main] : partyLines,
      main,
      parties: { names: spread.parties, scores, spread, band, joint },
      ...(chosen.parties.length > MAX_LINES
        ? { capped: { kind: 'parties' as const, shown: MAX_LINES, total: chosen.parties.length } }
        : {}),
    };
  }

  const allJoints = rounds.filter((r): r is RoundData & { joint: Response } => r.joint !== null);
  if (!allJoints.length) return null;
  const skipped = Math.max(0, allJoints.length - MAX_LINES);
  const joints = allJoints.slice(skipped);
  const series = joints.map((round, i) => ({
    label: round.label.trim() || msg(str`Svar ${skipped + i + 1}`),
    scores: scoreResponse(instrument, round.joint),
    look: seriesLook(i === joints.length - 1 ? 'current' : 'earlier', i, joints.length),
  }));
  return {
    kind: 'rounds',
    series,
    main: series.at(-1)!,
    previous: series.at(-2),
    ...(skipped ? { capped: { kind: 'rounds' as const, shown: joints.length, total: allJoints.length } } : {}),
  };
}

/** Rounds oldest first: the history's, then loose responses, then the live one as the current round's answer. */
function gatherRounds(input: ProfileInput): Array<RoundData & { id?: string }> {
  const rounds: Array<RoundData & { id?: string }> = [];
  if (input.history) {
    for (const round of input.history.rounds)
      rounds.push({ id: round.id, label: round.label, joint: round.joint, parties: [...round.parties] });
  }
  const looseParties: Response[] = [];
  for (const response of input.responses) {
    if (response.party?.trim()) looseParties.push(response);
    else rounds.push({ label: response.label, joint: response, parties: [] });
  }
  if (input.live) {
    const last = rounds.at(-1);
    // With a history, the scorecard's response is the current round's joint answer; without, the latest round.
    if (input.history && last && last.id === input.history.rounds.at(-1)!.id) last.joint = input.live;
    else rounds.push({ label: input.live.label, joint: input.live, parties: [] });
  }
  if (looseParties.length) {
    const last = rounds.at(-1);
    if (last) last.parties.push(...looseParties);
    else rounds.push({ label: '', joint: null, parties: looseParties });
  }
  return rounds;
}

/** The points of a series on the current axes: the fields, or one field's statements. */
export function pointsOf(scores: Scores, field: Field | undefined): ProfilePoint[] {
  return field ? statementPoints(scores, field.id) : fieldPoints(scores);
}

/** The band's edges on the current axes: the lowest and the highest party per axis (null where no party has a score). */
export function bandEdges(
  view: ProfileView,
  field: Field | undefined,
): { low: Array<number | null>; high: Array<number | null> } {
  const perParty = (view.parties?.scores ?? []).map((s) => pointsOf(s, field).map((p) => p.score));
  const axes = perParty[0]?.length ?? 0;
  const low: Array<number | null> = [];
  const high: Array<number | null> = [];
  for (let a = 0; a < axes; a++) {
    const values = perParty.flatMap((scores) => (scores[a] === null || scores[a] === undefined ? [] : [scores[a]!]));
    low.push(values.length ? Math.min(...values) : null);
    high.push(values.length ? Math.max(...values) : null);
  }
  return { low, high };
}

/**
 * The lines of one chart: every line overlaid, or line `only` alone (side by side). With a
 * band, its two edges come first: the highest party fills down to the lowest.
 */
export function chartLines(view: ProfileView, field: Field | undefined, only?: number): StyledSeries[] {
  const lines = view.series.map((series, i) => ({
    label: series.label,
    scores: pointsOf(series.scores, field).map((p) => p.score),
    look: series.look,
    // Lower is drawn on top: the current round over the earlier ones, the first party over the others.
    order: series.look.role === 'earlier' ? view.series.length - i : i,
  }));
  if (only !== undefined) return [lines[only]!];
  if (!view.parties?.band) return lines;
  const { low, high } = bandEdges(view, field);
  return [
    { label: msg('Høyeste part'), scores: high, look: seriesLook('band-high', 0, 2), order: 50 },
    { label: msg('Laveste part'), scores: low, look: seriesLook('band-low', 1, 2), order: 51 },
    ...lines,
  ];
}
