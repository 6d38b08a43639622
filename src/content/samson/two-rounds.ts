/**
 * A made-up collaboration that went round the SAMSON cycle twice, for the demo page and the
 * stories: "Runde 1" in the spring with ideas for action and a plan for them, "Runde 2" in
 * the autumn with other answers and the spring's actions followed up.
 */
import type { Instrument } from '../../core/samson/instrument.js';
import { createResponse, withAnswer, withWeight, type Rating, type Response } from '../../core/samson/response.js';
import {
  createHistory,
  startNextRound,
  withAction,
  withFollowUp,
  withJointResponse,
  type History,
} from '../../core/samson/history.js';

const SPRING = new Date('2026-03-10T09:00:00Z');
const AUTUMN = new Date('2026-10-06T09:00:00Z');

const IDEAS = [
  'Møtes på biblioteket annenhver gang, ikke bare på rådhuset.',
  'Lage en felles visjon på ett ark sammen med innbyggerne.',
  'Innføre en fast runde om hvordan vi snakker sammen.',
];

function answered(
  instrument: Instrument,
  label: string,
  at: Date,
  rating: (f: number, s: number) => Rating,
  ideas: boolean,
): Response {
  let response = createResponse(instrument, label, at);
  instrument.values.forEach((value, v) => (response = withWeight(response, value.id, [5, 4, 3, 5][v % 4]!, at)));
  instrument.fields.forEach((field, f) =>
    field.statements.forEach((statement, s) => {
      const idea = ideas && s === 0 ? IDEAS[f] : undefined;
      response = withAnswer(response, statement.id, { rating: rating(f, s), ...(idea ? { idea } : {}) }, at);
    }),
  );
  return response;
}

/** Two rounds of `instrument`: the spring's with a plan, the autumn's with the spring's actions followed up. */
export function twoRoundHistory(instrument: Instrument): History {
  const spring = answered(instrument, 'Runde 1', SPRING, (f, s) => (((f + 2 * s) % 4) + 1) as Rating, true);
  let history = withJointResponse(createHistory(instrument, 'Runde 1', SPRING), 'r1', {
    ...spring,
    completedAt: SPRING.toISOString(),
  });
  const [first, second, third] = instrument.fields.map((field) => field.statements[0]!.id);
  if (first) history = withAction(history, 'r1', first, { owner: 'Frivilligsentralen', due: '2026-06-30', quadrant: 'keep-new' });
  if (second) history = withAction(history, 'r1', second, { owner: 'Kommunen', quadrant: 'keep-known' });
  if (third) history = withAction(history, 'r1', third, { quadrant: 'stop-known' });
  history = startNextRound(history, { now: AUTUMN });
  const autumn = answered(
    instrument,
    'Runde 2',
    AUTUMN,
    (f, s) => (f === 1 ? 5 : ((((f + 2 * s) % 4) + 2) as Rating)) as Rating,
    false,
  );
  const next = instrument.fields[3]?.statements[0]?.id;
  history = withJointResponse(
    history,
    'r2',
    next ? withAnswer(autumn, next, { idea: 'Be kommunedirektøren om å delta på to samlinger i året.' }, AUTUMN) : autumn,
  );
  if (next) history = withAction(history, 'r2', next, { owner: 'Prosjektleder', due: '2027-02-01', quadrant: 'keep-new' });
  if (first) history = withFollowUp(history, 'r2', first, { status: 'done', note: 'Fire møter på biblioteket i år.' });
  if (second) history = withFollowUp(history, 'r2', second, { status: 'started', note: 'Utkast til visjon er sendt på høring.' });
  if (third) history = withFollowUp(history, 'r2', third, { status: 'dropped' });
  return history;
}
