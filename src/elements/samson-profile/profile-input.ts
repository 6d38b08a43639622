/**
 * What the profile draws, from what the page gave it: each input validated on its own (the
 * `responses` in slices, incremental.ts), every refusal kept as a problem with the path of the
 * property it came from, and the view built from whatever was valid.
 */
import type { Problem, ProblemPath } from '../../core/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import { parseResponse, type Response } from '../../core/samson/response.js';
import { parseHistory, type History } from '../../core/samson/history.js';
import type { ResponsesState } from './incremental.js';
import { buildView, type PartiesMode, type ProfileView } from './view.js';

export const partiesModes: readonly PartiesMode[] = ['lines', 'band', 'off'];

export interface ProfileSources {
  instrument: Instrument;
  /** The `responses` property as given. */
  responses: unknown;
  /** Its validation, when it is an array. */
  job: Extract<ResponsesState, { status: 'done' }> | undefined;
  /** The `history` property as given. */
  history: unknown;
  /** The followed scorecard (`for`): its id, current response and history. */
  followed: { id: string; response: unknown; history: unknown };
  field: string | null | undefined;
  parties: string;
  round: string | null;
  aggregate: boolean;
}

export function withPrefix(problems: readonly Problem[], prefix: ProblemPath): Problem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

/** The view and every problem found on the way (after the instrument's own, which the caller adds). */
export function profileFromSources(sources: ProfileSources): { view: ProfileView | null; problems: Problem[] } {
  const { instrument, responses, job, followed } = sources;
  const problems: Problem[] = [];
  if (responses !== undefined && responses !== null && !Array.isArray(responses)) {
    problems.push({ code: 'wrong-type', path: ['responses'], expected: 'array' });
  } else if (job) {
    problems.push(...job.result.problems);
  }
  const history = validHistory(
    instrument,
    sources.history ?? followed.history,
    sources.history !== undefined ? ['history'] : [`#${followed.id}`, 'history'],
    problems,
  );
  let live: Response | undefined;
  if (followed.response !== undefined) {
    const parsed = parseResponse(followed.response, instrument);
    if (parsed.ok) live = parsed.value;
    else problems.push(...withPrefix(parsed.problems, [`#${followed.id}`]));
  }
  if (sources.field && !instrument.fields.some((f) => f.id === sources.field)) {
    problems.push({ code: 'unknown-reference', path: ['field'], id: sources.field });
  }
  const parties = partiesModes.find((mode) => mode === sources.parties);
  if (!parties) problems.push({ code: 'not-one-of', path: ['parties'], allowed: partiesModes });
  const view = buildView({
    instrument,
    history,
    responses: job ? job.result.valid : [],
    live,
    parties: parties ?? 'lines',
    round: sources.round,
    aggregate: sources.aggregate,
    aggregated: job ? job.result.aggregated : undefined,
  });
  return { view, problems };
}

function validHistory(instrument: Instrument, input: unknown, path: ProblemPath, problems: Problem[]): History | undefined {
  if (input === undefined || input === null) return undefined;
  const parsed = parseHistory(input, instrument);
  if (parsed.ok) return parsed.value;
  problems.push(...withPrefix(parsed.problems, path));
  return undefined;
}
