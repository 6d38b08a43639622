// A party name typed in the moment before the parties chunk has arrived waits for it
// (party-view.ts), and the draft gets it only then. A reload in that moment must not lose it:
// the new page shows the name typed, and applies it as typing it again would once the chunk
// is there. The chunk is held by holding its controller (party-controller.ts): the party chunk
// itself is held by samson-scorecard-party-early.test.ts, and two test files run at once.
import { expect } from '@open-wc/testing';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer, type Response } from '../../src/core/samson/response.js';
import { currentRound, historyFromResponse, withPartyResponse } from '../../src/core/samson/history.js';
import { partyField, scorecardBeforeChunk, settle, type, uniqueKey, until } from '../fixtures/samson-scorecard-helpers.js';
import { holdChunk } from '../fixtures/hold.js';

const statements = samsonNb.fields[0]!.statements;
// The test server serves the source: the chunk's `import('./party-chunk.js')` asks for the .ts files.
const CHUNK = '/src/elements/samson-scorecard/party-controller.ts';

function navResponse(): Response {
  let response: Response = { ...createResponse(samsonNb, '', new Date('2026-03-01T10:00:00Z')), party: 'NAV' };
  response = withAnswer(response, statements[0]!.id, { rating: 1, idea: 'NAV sin idé' });
  return withAnswer(response, statements[1]!.id, { rating: 5 });
}

describe('<samson-scorecard>: a party name typed before the parties chunk came, and a reload', () => {
  it('shows «NAV» again after a reload while the chunk is on its way, and opens NAV’s answers once it is there', async function () {
    this.timeout(20000);
    const key = uniqueKey();
    // The group answered the first field together, and NAV on its own, earlier on this device
    // (the drafts as the scorecard saves them: the chunk must not be loaded before it is held).
    let together = createResponse(samsonNb, '', new Date('2026-03-01T09:00:00Z'));
    for (const [i, statement] of statements.entries())
      together = withAnswer(together, statement.id, { rating: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 });
    const joint = together.answers;
    const nav = navResponse();
    const history = historyFromResponse(together);
    localStorage.setItem(key, JSON.stringify(together));
    localStorage.setItem(`${key}:history`, JSON.stringify(withPartyResponse(history, currentRound(history).id, nav)));

    const chunk = await holdChunk(CHUNK);
    try {
      const before = await scorecardBeforeChunk(key);
      await chunk.requested;
      partyField(before).focus();
      await type('NAV');
      await until(() => partyField(before).value === 'NAV', 'the name typed, in the field while the chunk loads');
      // The reload: this element goes (its page with it), a new one opens the same draft.
      before.remove();

      const after = await scorecardBeforeChunk(key);
      await until(() => partyField(after).value === 'NAV', 'the name typed before the reload, in the field again');
      expect(after.response.party, 'nothing applied before the chunk is there').to.equal(undefined);

      await chunk.release();
      await until(() => after.response.party === 'NAV', 'NAV on screen once the chunk is there');
      await settle(after);
      expect(partyField(after).value).to.equal('NAV');
      expect(after.response.answers, 'NAV’s own answers, not the joint ones written over them').to.deep.equal(nav.answers);
      const round = after.history.rounds.at(-1)!;
      expect(round.joint.answers, 'the joint answer is kept').to.deep.equal(joint);
      after.remove();

      // And it is in the draft: one more reload opens NAV, with nothing held any more.
      const again = await scorecardBeforeChunk(key);
      await settle(again);
      expect(again.response.party).to.equal('NAV');
      expect(again.response.answers).to.deep.equal(nav.answers);
      expect(localStorage.getItem(`${key}:party-typed`), 'nothing held once the draft has it').to.equal(null);
      again.remove();
    } finally {
      await chunk.release();
    }
  });
});
