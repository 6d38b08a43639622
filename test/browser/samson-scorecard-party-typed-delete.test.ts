// «Slett lagrede svar» deletes everything the scorecard saved, and that includes a party name
// typed in the moment before the parties chunk arrived: it is held in storage beside the draft
// (held-input.ts, `<key>:party-typed`) and on screen. A file of its own: the chunk is held by
// holding its controller, and a module once loaded stays loaded for the page's other tests.
import { expect } from '@open-wc/testing';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse } from '../../src/core/samson/response.js';
import {
  partyField,
  scorecardBeforeChunk,
  settle,
  shadow,
  type,
  uniqueKey,
  until,
} from '../fixtures/samson-scorecard-helpers.js';
import { holdChunk } from '../fixtures/hold.js';

const CHUNK = '/src/elements/samson-scorecard/party-controller.ts';

describe('<samson-scorecard>: deleting the saved answers while a party name waits for its chunk', () => {
  it('forgets «NAV» with the saved answers: «Slett lagrede svar» while the chunk is on its way, then a reload', async function () {
    this.timeout(20000);
    const key = uniqueKey();
    localStorage.setItem(key, JSON.stringify(createResponse(samsonNb, '', new Date('2026-03-01T09:00:00Z'))));
    const chunk = await holdChunk(CHUNK);
    try {
      const el = await scorecardBeforeChunk(key);
      partyField(el).focus();
      await type('NAV');
      await chunk.requested;
      await until(() => localStorage.getItem(`${key}:party-typed`) === 'NAV', 'the name typed, held in storage');

      shadow(el).querySelector<HTMLButtonElement>('#delete-saved')!.click();
      await until(() => shadow(el).querySelector('.confirm') !== null, 'the question «Det kan ikke angres»');
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.confirm button')]
        .find((b) => b.textContent?.includes('Ja, slett'))!
        .click();
      await until(() => localStorage.getItem(key) === null, 'the draft deleted');
      expect(localStorage.getItem(`${key}:party-typed`), 'the name typed is deleted with it').to.equal(null);
      await until(() => partyField(el).value === '', 'the party field empty');
      el.remove();

      // A reload, still before the chunk: nothing comes back.
      const after = await scorecardBeforeChunk(key);
      await chunk.release();
      await settle(after);
      expect(partyField(after).value).to.equal('');
      expect(after.response.party).to.equal(undefined);
      after.remove();
    } finally {
      await chunk.release();
    }
  });
});
