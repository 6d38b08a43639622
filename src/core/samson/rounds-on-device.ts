/**
 * The rules that keep a device's rounds (`samson-history@1`) beside the scorecard's
 * response, as pure functions (the scorecard's HistoryController calls them): how the two
 * make one history, when the history is worth a storage entry of its own, and which file is
 * a history file.
 */
import type { Response } from './response.js';
import { currentRound, historyFromResponse, startNextRound, withPartyResponse, type History, type Round } from './history.js';

/**
 * The history with the scorecard's response as the current round's joint answer (or, for a
 * party answering on this device, as one of the round's parties). Without a stored history
 * of the same instrument, the response alone is a one-round history.
 */
export function composeHistory(stored: History | undefined, response: Response, word: string): History {
  const base = stored && stored.instrument.id === response.instrument.id ? stored : undefined;
  if (!base) return historyFromResponse(response, word);
  const round = currentRound(base);
  if (response.party?.trim()) return withPartyResponse(base, round.id, response);
  const current: Round = { ...round, label: response.label.trim() || round.label, joint: withoutParty(response) };
  return { ...base, instrument: { ...response.instrument }, rounds: [...base.rounds.slice(0, -1), current] };
}

/** The next round, which also keeps SAMSON 1.1's shared points (the core's `startNextRound` copies the 1.0 weights). */
export function startRoundKeepingPoints(history: History, options: { word: string; label?: string }): History {
  const last = currentRound(history).joint;
  const next = startNextRound(history, { word: options.word, ...(options.label?.trim() ? { label: options.label } : {}) });
  if (!last.points) return next;
  const round = currentRound(next);
  return { ...next, rounds: [...next.rounds.slice(0, -1), { ...round, joint: { ...round.joint, points: { ...last.points } } }] };
}

/** More than the response alone says: a second round, parties, follow-ups, a plan, a title. */
export function holdsMoreThanResponse(history: History | undefined): boolean {
  if (!history) return false;
  const round = currentRound(history);
  return (
    history.rounds.length > 1 ||
    history.title !== undefined ||
    round.parties.length > 0 ||
    Object.keys(round.followUps).length > 0 ||
    Object.keys(round.actions).length > 0
  );
}

/** The round's joint answer named like the round (the scorecard shows and edits the response's label). */
export function labelledJoint(round: Round): Response {
  return { ...round.joint, label: round.joint.label.trim() || round.label };
}

/** Whether a file's text says it is a history (`samson-history@…`), not a single response. */
export function isHistoryFile(text: string | undefined): boolean {
  let format: unknown;
  try {
    format = (JSON.parse(text ?? '') as { format?: unknown } | null)?.format;
  } catch {
    return false;
  }
  return typeof format === 'string' && format.startsWith('samson-history@');
}

function withoutParty(response: Response): Response {
  if (response.party === undefined) return response;
  const { party: _party, ...rest } = response;
  return rest;
}
