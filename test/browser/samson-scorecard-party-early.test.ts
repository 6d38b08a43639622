// «Hvem svarer nå?» is on screen from the first load, the rules that keep the round's parties
// apart come later, in a chunk (party-chunk.ts). Whatever the group types before that chunk
// has arrived — over a slow connection, or faster than it loads — must end up where typing it
// afterwards would: no party's answers written over, no joint answers moved to a party.
import { expect } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer, type Response } from '../../src/core/samson/response.js';
import { currentRound, historyFromResponse, withPartyResponse } from '../../src/core/samson/history.js';
import {
  openField,
  openStep,
  press,
  rate,
  scorecard,
  settle,
  shadow,
  type,
  until,
} from '../fixtures/samson-scorecard-helpers.js';

const statements = samsonNb.fields[0]!.statements;
// The test server serves the source: the chunk's `import('./party-chunk.js')` asks for the .ts file.
const CHUNK = '/src/elements/samson-scorecard/party-chunk.ts';

/** The test server holds the chunk's answer (test/server/hold.mjs) until `release`. */
async function holdChunk(): Promise<{ requested: Promise<unknown>; release(): Promise<unknown> }> {
  const hold = await fetch(`/__hold?path=${encodeURIComponent(CHUNK)}`, { method: 'PUT' });
  expect(hold.ok, await hold.text()).to.equal(true);
  return {
    requested: fetch(`/__hold?path=${encodeURIComponent(CHUNK)}&requested`),
    release: () => fetch(`/__hold?path=${encodeURIComponent(CHUNK)}`, { method: 'DELETE' }),
  };
}

/** The group answers the first field together. */
async function answerTogether(el: SamsonScorecard): Promise<Response['answers']> {
  await openField(el, 0);
  for (const [i, statement] of statements.entries()) await rate(el, statement.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5);
  await settle(el);
  return el.response.answers;
}

function navResponse(): Response {
  let response: Response = { ...createResponse(samsonNb, '', new Date('2026-03-01T10:00:00Z')), party: 'NAV' };
  response = withAnswer(response, statements[0]!.id, { rating: 1, idea: 'NAV sin idé' });
  return withAnswer(response, statements[1]!.id, { rating: 5 });
}

function partyField(el: SamsonScorecard): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>('#party-label')!;
}

describe('<samson-scorecard>: typing «Hvem svarer nå?» before the parties chunk has arrived', () => {
  it('opens NAV’s own answers when «NAV» is typed while the chunk is on its way; the joint answer stays', async function () {
    this.timeout(20000);
    const chunk = await holdChunk();
    try {
      const el = await scorecard();
      const joint = await answerTogether(el);
      await openStep(el, 0);
      // A round with a party, as restored on this device: the controller's chunk is needed now, and held.
      const nav = navResponse();
      const history = historyFromResponse(el.response);
      el.history = withPartyResponse(history, currentRound(history).id, nav);
      await chunk.requested;

      partyField(el).focus();
      await type('NAV');
      await until(() => partyField(el).value === 'NAV', 'the name typed, shown in the field while the chunk loads');

      await chunk.release();
      await until(() => el.response.party === 'NAV', 'NAV on screen once the chunk is there');
      await settle(el);
      expect(partyField(el).value).to.equal('NAV');
      expect(el.response.answers, 'NAV’s own answers, not the joint ones written over them').to.deep.equal(nav.answers);
      const round = el.history.rounds.at(-1)!;
      expect(round.joint.answers, 'the joint answer is kept').to.deep.equal(joint);
      expect(round.parties.map((p) => [p.party, p.answers])).to.deep.equal([['NAV', nav.answers]]);
      el.remove();
    } finally {
      await chunk.release();
    }
  });

  it('a name typed over the joint answer and deleted again leaves the joint answer on screen, even when typed before the controller came', async function () {
    this.timeout(20000);
    const el = await scorecard();
    const joint = await answerTogether(el);
    await openStep(el, 0);
    partyField(el).focus();
    await type('kommunen');
    await settle(el);
    expect(el.response.party).to.equal('kommunen');

    partyField(el).select();
    await press('Backspace');
    await settle(el);
    expect(el.response.party).to.equal(undefined);
    expect(el.response.answers, 'the group’s answers are the joint answer again').to.deep.equal(joint);
    expect(el.history.rounds.at(-1)!.parties, 'no party left behind under a name half typed').to.deep.equal([]);
    expect(shadow(el).querySelector('#party-label-status')!.textContent!.trim(), 'nothing to say: nothing moved').to.equal('');
    el.remove();
  });
});
