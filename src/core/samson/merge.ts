import { parseJson, type Problem, type ProblemPath } from '../problems.js';
import type { Instrument } from './instrument.js';
import type { Response } from './response.js';
import {
  HISTORY_FORMAT,
  freeRoundId,
  historyFromResponse,
  parseHistory,
  sameParty,
  type History,
  type Round,
} from './history.js';

/*
 * Bringing together what several devices wrote: each party exports its own file (or a share
 * link), one device imports them all at once. Nothing is sent anywhere, and nothing anyone
 * typed is dropped: a file that cannot be read is listed as a problem, the rest are merged;
 * two different answers under the same party name are both kept, the second renamed.
 */

export interface MergeOptions {
  /** Files of another instrument are refused (with a problem) instead of merged. */
  instrument?: Instrument;
  /** The history to merge into (the one on this device); without it, the first file's is used. */
  into?: History;
  /**
   * What a response file without a `party` label becomes: a party of the current round
   * (`parties`, the default: several people answered on their own and send their files), or
   * a round of its own, ordered by date (`rounds`: files kept from earlier rounds).
   */
  responsesAs?: 'parties' | 'rounds';
}

export interface MergeResult {
  /** Everything that could be read, merged; null when nothing could. */
  history: History | null;
  /** Problems per file, each path starting with the file's position in the list (`[2].answers…`). */
  problems: Problem[];
}

/**
 * Merges several imported files — `samson-history@1` documents, `samson-response@1` files
 * (joint or a party's), as JSON text or parsed objects — into one history.
 *
 * - Rounds are matched by label (ignoring case and spaces around it), else appended, and the
 *   merged rounds are kept in the order they were started.
 * - Parties are matched by label within a round. The same party's identical response (same
 *   `createdAt`) is kept once; a different one is kept as well, as «<party> (2)».
 * - A round's joint answer is the one most recently changed that has any answers.
 * - Follow-ups and action plans are merged statement by statement; where both files say
 *   something, the later round's file wins.
 */
export function mergeImports(inputs: readonly unknown[], options: MergeOptions = {}): MergeResult {
  const problems: Problem[] = [];
  let history = options.into ? structuredClone(options.into) : null;
  const looseResponses: Response[] = [];

  inputs.forEach((input, index) => {
    const text = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
    if (!text.ok) {
      problems.push(...prefixed(text.problems, [index]));
      return;
    }
    const format = (text.value as { format?: unknown } | null)?.format;
    const parsed = parseHistory(text.value, options.instrument ?? instrumentOf(history));
    if (!parsed.ok) {
      problems.push(...prefixed(parsed.problems, [index]));
      return;
    }
    if (format !== HISTORY_FORMAT) {
      // A response file: parties go to the current round below, joint answers by the chosen rule.
      const round = parsed.value.rounds[0]!;
      const response = round.parties[0] ?? round.joint;
      looseResponses.push(response);
      return;
    }
    history = history ? mergeHistories(history, parsed.value) : parsed.value;
  });

  const responsesAs = options.responsesAs ?? 'parties';
  const byDate = [...looseResponses].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const response of byDate) {
    if (response.party?.trim() || responsesAs === 'parties') {
      const asParty: Response = { ...response, party: response.party?.trim() || response.label.trim() || undefined };
      if (!asParty.party) asParty.party = nextUnnamed(history);
      if (!history) history = { ...historyFromResponse(asParty) };
      else history = addParty(history, history.rounds.length - 1, asParty);
    } else {
      const single = historyFromResponse(response);
      history = history ? mergeHistories(history, single) : single;
    }
  }
  return { history, problems };
}

/** Two histories of one instrument as one; see `mergeImports` for the rules. */
export function mergeHistories(a: History, b: History): History {
  let merged: History = structuredClone(a);
  if (!merged.title && b.title) merged.title = b.title;
  for (const incoming of b.rounds) {
    const index = merged.rounds.findIndex((r) => sameLabel(r.label, incoming.label));
    if (index < 0) {
      const id = merged.rounds.some((r) => r.id === incoming.id) ? freeRoundId(merged) : incoming.id;
      merged.rounds.push(structuredClone({ ...incoming, id }));
      continue;
    }
    const round = merged.rounds[index]!;
    const laterWins = incoming.joint.updatedAt > round.joint.updatedAt;
    const incomingHasAnswers = Object.keys(incoming.joint.answers).length > 0;
    const ownHasAnswers = Object.keys(round.joint.answers).length > 0;
    const joint = incomingHasAnswers && (!ownHasAnswers || laterWins) ? incoming.joint : round.joint;
    merged.rounds[index] = {
      ...round,
      startedAt: round.startedAt < incoming.startedAt ? round.startedAt : incoming.startedAt,
      joint: structuredClone({ ...joint, label: round.label }),
      followUps: laterWins ? { ...round.followUps, ...incoming.followUps } : { ...incoming.followUps, ...round.followUps },
      actions: laterWins ? { ...round.actions, ...incoming.actions } : { ...incoming.actions, ...round.actions },
    };
    for (const party of incoming.parties) merged = addParty(merged, index, party);
  }
  merged.rounds.sort((x, y) => x.startedAt.localeCompare(y.startedAt));
  return merged;
}

function addParty(history: History, roundIndex: number, response: Response): History {
  const rounds = [...history.rounds];
  const round: Round = { ...rounds[roundIndex]!, parties: [...rounds[roundIndex]!.parties] };
  const party = response.party!.trim();
  const same = round.parties.find((p) => sameParty(p.party, party));
  if (same && same.createdAt === response.createdAt) {
    // The same party's response twice (imported again, or from two copies): keep the newer.
    if (response.updatedAt > same.updatedAt)
      round.parties[round.parties.indexOf(same)] = structuredClone({ ...response, party: same.party });
  } else {
    let name = party;
    for (let n = 2; round.parties.some((p) => sameParty(p.party, name)); n++) name = `${party} (${n})`;
    round.parties.push(structuredClone({ ...response, party: name }));
  }
  rounds[roundIndex] = round;
  return { ...history, rounds };
}

/** An unnamed file's party is numbered after the parties there are, with a number no party has. */
function nextUnnamed(history: History | null): string {
  const parties = history?.rounds.at(-1)?.parties ?? [];
  let n = parties.length + 1;
  while (parties.some((p) => sameParty(p.party, String(n)))) n++;
  return String(n);
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function instrumentOf(history: History | null): Instrument | undefined {
  // Only the id is compared when parsing; a stand-in with that id is enough.
  return history ? ({ id: history.instrument.id } as Instrument) : undefined;
}

function prefixed(problems: readonly Problem[], prefix: ProblemPath): Problem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}
