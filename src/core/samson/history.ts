import * as z from '../zod.js';
import { fail, ok, parseJson, problemsFromZod, REPORT_INPUT, type Problem, type Result } from '../problems.js';
import { idSchema, type Instrument } from './instrument.js';
import { createResponse, parseResponse, responseSchema, type Answer, type Response } from './response.js';
import { own } from '../own.js';
import { lazyObject, once } from '../lazy-schema.js';

/*
 * One collaboration's SAMSON cycle as one document: the rounds it went through (answer, read
 * the profile, agree on actions, work, come back: research report ch. 7, R:3962-3984), and in
 * each round the joint response, the parties' own responses, the follow-up of the previous
 * round's actions and the action plan. Everything here is pure: each function returns a new
 * history and never changes the one it was given, so an element can keep the old one for undo
 * and hand a copy out in an event.
 *
 * How a scorecard drives the cycle with it (ids are `Round.id`, stable across renames):
 * - open: `parseHistory(fileOrDraft, instrument)` (a single response file or an old draft
 *   opens as one round); several files at once: `mergeImports(files, { instrument, into })`
 *   (merge.ts); a share link: `readShareLink(location.hash)` then
 *   `withPartyResponse` (share-link.ts);
 * - answer: keep the current round's joint response in step with `withJointResponse`
 *   (`currentRound(h).id`), a party's with `withPartyResponse`;
 * - "Start ny runde": `startNextRound(h, { word: msg('Runde') })`, then dispatch `samson-round`
 *   with `{ history }` (`SamsonRoundDetail`);
 * - the list of rounds: `renameRound`, `deleteRound` (a `Result`: the only round stays);
 * - the quiet "last time" line and the follow-ups: `lastTime(h, roundId)`, `withFollowUp`;
 * - the action plan and report: `withAction`, `roundActions`, `groupActions`;
 * - results and report: `compareRounds` (what moved), `partySpread` / `disagreements` (where
 *   parties lie ≥ 2 points apart, widest first), `agreeJointAnswer` to settle one.
 * `<samson-profile for=…>` reads the scorecard's `history` property and `samson-round` events.
 */

export const HISTORY_FORMAT = 'samson-history@1';
const HISTORY_PATTERN = /^samson-history@(\d+)$/;
const RESPONSE_PATTERN = /^samson-response@(\d+)$/;
const CURRENT_VERSION = 1;

const labelSchema = once(() => z.string().check(z.maxLength(200)));
const noteSchema = once(() => z.string().check(z.maxLength(4000)));

/** What became of an action agreed in the previous round. */
export const FOLLOW_UP_STATUSES = ['done', 'started', 'not-started', 'dropped'] as const;
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);

export const followUpSchema = lazyObject(() => ({
  status: followUpStatusSchema,
  note: z.optional(noteSchema()),
}));

/**
 * Where an action sits in the report's review matrix (research report Figur 2, R:1519-1537):
 * keep / do more of it, or stop / do less of it, × something the collaboration already does
 * (known) or something new.
 */
export const ACTION_QUADRANTS = ['keep-known', 'keep-new', 'stop-known', 'stop-new'] as const;
export const actionQuadrantSchema = z.enum(ACTION_QUADRANTS);

/** The plan for one idea for action (the idea's text stays in the joint response's answer). */
export const actionPlanEntrySchema = lazyObject(() => ({
  /** Who sees to it: a person, a role or a party. */
  owner: z.optional(labelSchema()),
  /** By when, a calendar date (2026-05-31). */
  due: z.optional(z.iso.date()),
  quadrant: z.optional(actionQuadrantSchema),
}));

export const roundSchema = lazyObject(() => ({
  /** Stable within the history (`r1`, `r2`, …): renaming a round keeps its id. */
  id: idSchema,
  /** What the group calls the round: "Runde 2", "Høst 2026". */
  label: labelSchema(),
  startedAt: z.iso.datetime(),
  /** Set when the next round was started. */
  closedAt: z.optional(z.iso.datetime()),
  /** The answer the group agreed together; its ideas for action are the round's actions. */
  joint: responseSchema,
  /** Each party's own response, told apart by `party`; empty when the group only answered together. */
  parties: z._default(z.array(responseSchema).check(z.maxLength(50)), () => []),
  /** Follow-up of the previous round's actions, keyed by the statement the idea was written under. */
  followUps: z._default(z.record(idSchema, followUpSchema), () => ({})),
  /** The action plan of this round, keyed by the statement the idea for action is written under. */
  actions: z._default(z.record(idSchema, actionPlanEntrySchema), () => ({})),
}));

export const historySchema = lazyObject(() => ({
  format: z.literal(HISTORY_FORMAT),
  instrument: z.object({ id: idSchema, version: z.string().check(z.minLength(1), z.maxLength(40)) }),
  /** The collaboration's name, if the group gave one. */
  title: z.optional(labelSchema()),
  /** Oldest first; the last round is the current one. */
  rounds: z.array(roundSchema).check(z.minLength(1), z.maxLength(100)),
}));

export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type ActionQuadrant = z.infer<typeof actionQuadrantSchema>;
export type ActionPlanEntry = z.infer<typeof actionPlanEntrySchema>;
export type Round = z.infer<typeof roundSchema>;
export type History = z.infer<typeof historySchema>;

/** The detail of `samson-round` (a new round was started) and of anything else that hands out a history. */
export interface SamsonRoundDetail {
  history: History;
}

/** The word a new round's label is built from when the previous label has no number to count on. */
export const DEFAULT_ROUND_WORD = 'Runde';

// ————— creating and reading —————

/** A history with one empty round, `Runde 1` unless told otherwise. */
export function createHistory(instrument: Instrument, label = `${DEFAULT_ROUND_WORD} 1`, now = new Date()): History {
  return {
    format: HISTORY_FORMAT,
    instrument: { id: instrument.id, version: instrument.version },
    rounds: [emptyRound('r1', label, createResponse(instrument, label, now), now)],
  };
}

/**
 * A single response opened as a one-round history: a joint response becomes the round's joint
 * answer; a party's response becomes the round's only party, beside an empty joint answer
 * with the same weights. The round is named after the response's label, or `Runde 1`.
 */
export function historyFromResponse(response: Response, word = DEFAULT_ROUND_WORD): History {
  const label = response.label.trim() || `${word} 1`;
  const party = response.party?.trim();
  const joint: Response = party
    ? { ...withoutParty(response), label, answers: {}, completedAt: undefined }
    : withoutParty(response);
  if (joint.completedAt === undefined) delete joint.completedAt;
  return {
    format: HISTORY_FORMAT,
    instrument: { ...response.instrument },
    rounds: [
      {
        ...emptyRound('r1', label, joint, new Date(response.createdAt)),
        parties: party ? [{ ...response, party }] : [],
      },
    ],
  };
}

/** The round being worked on: the last one. */
export function currentRound(history: History): Round {
  return history.rounds.at(-1)!;
}

/** The round with this id, or undefined. */
export function findRound(history: History, roundId: string): Round | undefined {
  return history.rounds.find((r) => r.id === roundId);
}

/** The round before this one, or undefined for the first (or an unknown id). */
export function previousRound(history: History, roundId: string): Round | undefined {
  const index = history.rounds.findIndex((r) => r.id === roundId);
  return index > 0 ? history.rounds[index - 1] : undefined;
}

/**
 * Validates a history from an object or JSON text, and opens older shapes: a single
 * `samson-response@1` file becomes a one-round history (see `historyFromResponse`). Unknown
 * properties are dropped; a newer format (`samson-history@2`, `samson-response@2`) is refused
 * with a problem asking to update; with `instrument`, a history of another instrument is
 * refused. Never throws.
 */
export function parseHistory(input: unknown, instrument?: Instrument): Result<History> {
  try {
    if (typeof input === 'string') {
      const json = parseJson(input);
      if (!json.ok) return json;
      input = json.value;
    }
    const format = (input as { format?: unknown } | null)?.format;
    if (typeof format === 'string' && RESPONSE_PATTERN.test(format)) {
      const response = parseResponse(input, instrument);
      return response.ok ? ok(historyFromResponse(response.value)) : response;
    }
    if (typeof input === 'object' && input !== null && format !== HISTORY_FORMAT) {
      const version = typeof format === 'string' ? HISTORY_PATTERN.exec(format)?.[1] : undefined;
      return fail({
        code: version && Number(version) > CURRENT_VERSION ? 'newer-format' : 'unknown-format',
        path: ['format'],
        found: typeof format === 'string' ? format : String(format ?? '—'),
        expected: HISTORY_FORMAT,
      });
    }
    const parsed = historySchema.safeParse(input, REPORT_INPUT);
    if (!parsed.success) return fail(...problemsFromZod(parsed.error.issues));
    const problems = consistencyProblems(parsed.data, instrument);
    return problems.length ? fail(...problems) : ok(normalized(parsed.data));
  } catch {
    // A getter that throws, a proxy, a cycle: input no JSON file can produce, refused as such.
    return fail({ code: 'invalid', path: [] });
  }
}

/** What the schema cannot say: one instrument throughout, unique round ids and party labels. */
function consistencyProblems(history: History, instrument?: Instrument): Problem[] {
  const problems: Problem[] = [];
  const id = instrument?.id ?? history.instrument.id;
  if (instrument && history.instrument.id !== instrument.id) {
    problems.push({ code: 'other-instrument', path: ['instrument', 'id'], found: history.instrument.id, expected: id });
  }
  const roundIds = new Set<string>();
  history.rounds.forEach((round, r) => {
    if (roundIds.has(round.id)) problems.push({ code: 'duplicate-id', path: ['rounds', r, 'id'], id: round.id });
    roundIds.add(round.id);
    const responses: Array<[Response, Array<string | number>]> = [
      [round.joint, ['rounds', r, 'joint']],
      ...round.parties.map((p, i): [Response, Array<string | number>] => [p, ['rounds', r, 'parties', i]]),
    ];
    for (const [response, path] of responses) {
      if (response.instrument.id !== id) {
        problems.push({
          code: 'other-instrument',
          path: [...path, 'instrument', 'id'],
          found: response.instrument.id,
          expected: id,
        });
      }
    }
    const parties = new Set<string>();
    round.parties.forEach((p, i) => {
      const name = p.party?.trim() ?? '';
      if (!name) problems.push({ code: 'missing', path: ['rounds', r, 'parties', i, 'party'] });
      else if (parties.has(name.toLowerCase()))
        problems.push({ code: 'duplicate-id', path: ['rounds', r, 'parties', i, 'party'], id: name });
      parties.add(name.toLowerCase());
    });
  });
  return problems;
}

/** The joint answer never carries a party label; party labels are trimmed. */
function normalized(history: History): History {
  return {
    ...history,
    rounds: history.rounds.map((round) => ({
      ...round,
      joint: withoutParty(round.joint),
      parties: round.parties.map((p) => ({ ...p, party: p.party!.trim() })),
    })),
  };
}

// ————— rounds —————

/**
 * The label after `previous`: its last number counted on ("Runde 2" → "Runde 3", "Time 1" →
 * "Time 2"), or `<word> <n>` when it ends in no number.
 */
export function nextRoundLabel(previous: string, n: number, word = DEFAULT_ROUND_WORD): string {
  const match = /^(.*?)(\d+)(\D*)$/.exec(previous.trim());
  return match ? `${match[1]}${Number(match[2]) + 1}${match[3]}` : `${word} ${n}`;
}

/**
 * Closes the current round and starts the next: the same value weights and shared points (the
 * group may change them), no answers, no parties yet, and the next label. The earlier rounds are kept as they
 * were. The new round is the last one.
 */
export function startNextRound(history: History, options: { label?: string; word?: string; now?: Date } = {}): History {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const last = currentRound(history);
  const label = options.label?.trim() || nextRoundLabel(last.label, history.rounds.length + 1, options.word);
  const joint: Response = {
    format: last.joint.format,
    instrument: { ...history.instrument },
    label,
    createdAt: stamp,
    updatedAt: stamp,
    weights: { ...last.joint.weights },
    // SAMSON 1.1 weighs with shared points; without them the new round would start unweighted.
    ...(last.joint.points ? { points: { ...last.joint.points } } : {}),
    answers: {},
  };
  return {
    ...history,
    rounds: [
      ...history.rounds.slice(0, -1),
      { ...last, closedAt: last.closedAt ?? stamp },
      emptyRound(freeRoundId(history), label, joint, now),
    ],
  };
}

/** The round renamed (its joint response's label follows); an empty label is ignored. */
export function renameRound(history: History, roundId: string, label: string): History {
  const name = label.trim().slice(0, 200);
  if (!name) return history;
  return mapRound(history, roundId, (round) => ({ ...round, label: name, joint: { ...round.joint, label: name } }));
}

/** The history without that round; the only round cannot be deleted (a history has at least one). */
export function deleteRound(history: History, roundId: string): Result<History> {
  const index = history.rounds.findIndex((r) => r.id === roundId);
  if (index < 0) return fail({ code: 'unknown-reference', path: ['rounds'], id: roundId });
  if (history.rounds.length === 1) return fail({ code: 'too-small', path: ['rounds'], minimum: 1, of: 'list' });
  const rounds = history.rounds.filter((r) => r.id !== roundId);
  // The follow-ups of the round after the deleted one now follow up the round before it; they stay, as notes.
  return ok({ ...history, rounds });
}

/** The round's joint response replaced (e.g. from the scorecard's `samson-change`). */
export function withJointResponse(history: History, roundId: string, response: Response): History {
  return mapRound(history, roundId, (round) => ({ ...round, joint: withoutParty({ ...response, label: round.label }) }));
}

/** A party's response added to the round, or replacing that party's earlier one (matched by label, ignoring case). */
export function withPartyResponse(history: History, roundId: string, response: Response): History {
  const party = response.party?.trim();
  if (!party) return history;
  return mapRound(history, roundId, (round) => {
    const index = round.parties.findIndex((p) => sameParty(p.party, party));
    const parties = [...round.parties];
    if (index < 0) parties.push({ ...response, party });
    else parties[index] = { ...response, party };
    return { ...round, parties };
  });
}

/**
 * A party's response under a new label, in the place the party had in the round (its line, its
 * column and its colour stay where the group saw them). Without a party labelled `from` it is
 * added as {@link withPartyResponse} adds it; an entry under the new label is replaced.
 */
export function withPartyRenamed(history: History, roundId: string, from: string, response: Response): History {
  const party = response.party?.trim();
  if (!party) return history;
  return mapRound(history, roundId, (round) => {
    if (sameParty(from, party) || !round.parties.some((p) => sameParty(p.party, from))) {
      const index = round.parties.findIndex((p) => sameParty(p.party, party));
      const parties = [...round.parties];
      if (index < 0) parties.push({ ...response, party });
      else parties[index] = { ...response, party };
      return { ...round, parties };
    }
    const parties = round.parties
      .filter((p) => !sameParty(p.party, party))
      .map((p) => (sameParty(p.party, from) ? { ...response, party } : p));
    return { ...round, parties };
  });
}

/** The round without that party's response. */
export function withoutPartyResponse(history: History, roundId: string, party: string): History {
  return mapRound(history, roundId, (round) => ({ ...round, parties: round.parties.filter((p) => !sameParty(p.party, party)) }));
}

/**
 * Sets the round's joint answer for one statement once the parties have talked it over: the
 * rating and idea for action the group agrees on. The parties' own answers are kept as they were.
 */
export function agreeJointAnswer(
  history: History,
  roundId: string,
  statementId: string,
  answer: Answer,
  now = new Date(),
): History {
  return mapRound(history, roundId, (round) => {
    const next: Answer = {};
    if (answer.rating !== undefined) next.rating = answer.rating;
    if (answer.idea?.trim()) next.idea = answer.idea;
    const answers = { ...round.joint.answers };
    if (next.rating === undefined && next.idea === undefined) delete answers[statementId];
    else answers[statementId] = next;
    return { ...round, joint: { ...round.joint, answers, updatedAt: now.toISOString() } };
  });
}

/** Records (or with `undefined`, clears) what became of the previous round's action under a statement. */
export function withFollowUp(history: History, roundId: string, statementId: string, followUp: FollowUp | undefined): History {
  return mapRound(history, roundId, (round) => {
    const followUps = { ...round.followUps };
    if (followUp) followUps[statementId] = cleanFollowUp(followUp);
    else delete followUps[statementId];
    return { ...round, followUps };
  });
}

/** Sets (or with `undefined`, clears) the action plan for the idea under a statement; empty parts are left out. */
export function withAction(history: History, roundId: string, statementId: string, entry: ActionPlanEntry | undefined): History {
  return mapRound(history, roundId, (round) => {
    const actions = { ...round.actions };
    const clean: ActionPlanEntry = {};
    if (entry?.owner?.trim()) clean.owner = entry.owner.trim();
    if (entry?.due) clean.due = entry.due;
    if (entry?.quadrant) clean.quadrant = entry.quadrant;
    if (Object.keys(clean).length) actions[statementId] = clean;
    else delete actions[statementId];
    return { ...round, actions };
  });
}

/** One action of a round: the idea for action under a statement, with its plan. */
export interface RoundAction {
  statementId: string;
  fieldId: string;
  idea: string;
  plan: ActionPlanEntry;
}

/** The round's actions (the joint response's ideas for action), in the instrument's order. */
export function roundActions(instrument: Instrument, round: Round): RoundAction[] {
  return instrument.fields.flatMap((field) =>
    field.statements.flatMap((statement) => {
      const idea = own(round.joint.answers, statement.id)?.idea?.trim();
      return idea ? [{ statementId: statement.id, fieldId: field.id, idea, plan: own(round.actions, statement.id) ?? {} }] : [];
    }),
  );
}

/** The actions of a round grouped by field, then by matrix quadrant (`none` for those not placed yet). */
export function groupActions(actions: readonly RoundAction[]): {
  byField: Map<string, RoundAction[]>;
  byQuadrant: Map<ActionQuadrant | 'none', RoundAction[]>;
} {
  const byField = new Map<string, RoundAction[]>();
  const byQuadrant = new Map<ActionQuadrant | 'none', RoundAction[]>([...ACTION_QUADRANTS, 'none' as const].map((q) => [q, []]));
  for (const action of actions) {
    byField.set(action.fieldId, [...(byField.get(action.fieldId) ?? []), action]);
    byQuadrant.get(action.plan.quadrant ?? 'none')!.push(action);
  }
  return { byField, byQuadrant };
}

/**
 * What the group said last time under each statement, for the quiet "last time" line of the
 * next round, and what became of that action: keyed by statement id, only statements answered
 * (or given an idea) in the previous round.
 */
export interface LastTime {
  rating?: Answer['rating'];
  idea?: string;
  plan?: ActionPlanEntry;
  followUp?: FollowUp;
}

export function lastTime(history: History, roundId: string): Map<string, LastTime> {
  const out = new Map<string, LastTime>();
  const before = previousRound(history, roundId);
  const round = findRound(history, roundId);
  if (!before || !round) return out;
  for (const [statementId, answer] of Object.entries(before.joint.answers)) {
    const entry: LastTime = {};
    if (answer.rating !== undefined) entry.rating = answer.rating;
    if (answer.idea?.trim()) {
      entry.idea = answer.idea;
      const plan = own(before.actions, statementId);
      if (plan) entry.plan = plan;
      const followUp = own(round.followUps, statementId);
      if (followUp) entry.followUp = followUp;
    }
    out.set(statementId, entry);
  }
  return out;
}

// ————— helpers —————

function emptyRound(id: string, label: string, joint: Response, startedAt: Date): Round {
  return { id, label, startedAt: startedAt.toISOString(), joint, parties: [], followUps: {}, actions: {} };
}

function mapRound(history: History, roundId: string, change: (round: Round) => Round): History {
  let found = false;
  const rounds = history.rounds.map((round) => {
    if (round.id !== roundId) return round;
    found = true;
    return change(round);
  });
  return found ? { ...history, rounds } : history;
}

/** `r<n>` with the lowest n above every id in use, so a deleted round's id is not reused. */
export function freeRoundId(history: History): string {
  let highest = 0;
  for (const round of history.rounds) {
    const n = /^r(\d+)$/.exec(round.id);
    if (n) highest = Math.max(highest, Number(n[1]));
  }
  let n = Math.max(highest, history.rounds.length) + 1;
  while (history.rounds.some((r) => r.id === `r${n}`)) n++;
  return `r${n}`;
}

function withoutParty(response: Response): Response {
  if (response.party === undefined) return response;
  const { party: _party, ...rest } = response;
  return rest;
}

function cleanFollowUp(followUp: FollowUp): FollowUp {
  return followUp.note?.trim() ? { status: followUp.status, note: followUp.note } : { status: followUp.status };
}

export function sameParty(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}
