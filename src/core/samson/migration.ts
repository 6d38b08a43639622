/**
 * Moving a response from SAMSON 1.0 to 1.1. Statements whose meaning changed got new ids
 * (docs/instrument-1.1.md); an answer to an unchanged statement is kept as it is, and an
 * answer to a changed or removed one moves to `response.earlierAnswers` with the ids of the
 * 1.1 statements that took its place — so nothing the group rated or wrote is lost, and an
 * element can show the note in `instrument.guidance.migrated` with those earlier answers.
 */
import type { Answer, Response } from './response.js';

/** 1.0 statement id → the 1.1 statement ids that replace it ([] = removed without a successor). */
export const SAMSON_1_0_REPLACED: Readonly<Record<string, readonly string[]>> = {
  'likeverdighet-3': ['likeverdighet-10'],
  'likeverdighet-6': ['likeverdighet-11'],
  'felles-mal-1': ['felles-mal-9'],
  'felles-mal-3': ['felles-mal-10'],
  'kommunikasjon-4': ['kommunikasjon-8'],
  'kommunikasjon-5': [],
  'kommunikasjon-6': [],
  'forankring-2': ['forankring-10'],
  'forankring-5': ['forankring-12'],
  'forankring-6': ['forankring-12'],
  'tilrettelegging-4': ['tilrettelegging-10'],
  'tilrettelegging-6': ['tilrettelegging-11'],
  'ressursfokus-3': ['ressursfokus-9'],
  'ressursfokus-4': ['ressursfokus-10'],
  'ressursfokus-5': [],
  'ressursfokus-8': ['ressursfokus-12'],
  'kompetansekomplementaritet-4': ['kompetansekomplementaritet-10'],
  'kompetansekomplementaritet-9': ['kompetansekomplementaritet-11'],
};

/** 1.1 statements with no 1.0 predecessor: new sub-themes (F1.h, F2.i, F3.l, F3.q, F4.b, F6.g). */
export const SAMSON_1_1_ADDED: readonly string[] = [
  'likeverdighet-12',
  'felles-mal-11',
  'kommunikasjon-9',
  'kommunikasjon-10',
  'forankring-14',
  'ressursfokus-11',
];

/** An answer kept from an earlier instrument version, with what replaced its statement. */
export interface EarlierAnswer extends Answer {
  /** The instrument version it was given to. */
  version: string;
  /** The statements of the current version that took its place; empty when it was removed. */
  replacedBy: string[];
}

/** True for a response to SAMSON 1.0 that should move to 1.1. */
export function needsMigration(response: Pick<Response, 'instrument'>, instrument: { id: string; version: string }): boolean {
  return (
    response.instrument.id === 'samson' &&
    instrument.id === 'samson' &&
    /^1\.0(\.|$)/.test(response.instrument.version) &&
    /^1\.1(\.|$)/.test(instrument.version)
  );
}

/**
 * The response moved to the instrument's version (pure; `updatedAt` is left alone because the
 * group changed nothing). Answers to statements that are the same in 1.1 stay; the others move
 * to `earlierAnswers`. 1.0 weights are kept as they are and still count (weighting.ts).
 */
export function migrateResponse(response: Response, instrument: { id: string; version: string }): Response {
  if (!needsMigration(response, instrument)) return response;
  const answers: Record<string, Answer> = {};
  const earlierAnswers: Record<string, EarlierAnswer> = { ...(response.earlierAnswers ?? {}) };
  for (const [id, answer] of Object.entries(response.answers)) {
    const replacedBy = SAMSON_1_0_REPLACED[id];
    if (replacedBy) earlierAnswers[id] = { ...answer, version: response.instrument.version, replacedBy: [...replacedBy] };
    else answers[id] = answer;
  }
  const migrated: Response = {
    ...response,
    instrument: { id: instrument.id, version: instrument.version },
    answers,
    migratedFrom: response.instrument.version,
  };
  if (Object.keys(earlierAnswers).length) migrated.earlierAnswers = earlierAnswers;
  return migrated;
}
