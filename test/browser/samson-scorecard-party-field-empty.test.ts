// Emptying «Hvem svarer nå?» in the introduction while a party answers means "we answer
// together again": the round's joint answer comes back on screen as the group left it, and the
// party's own answers stay under its name, listed among the parties and ready to reopen — also
// after a reload. Typing a party's name again opens its answers; it never overwrites them.
import { expect } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import type { Response } from '../../src/core/samson/response.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  openField,
  openStep,
  press,
  rate,
  scorecard,
  settle,
  shadow,
  type,
  uniqueKey,
  until,
  visibleText,
  writeIdea,
  buttonNamed,
  findButton,
  answerFirstFieldTogether,
  startNextParty,
} from '../fixtures/samson-scorecard-helpers.js';

const RESULTS = stepIndex(scorecardSteps(samsonNb), 'results');
const statements = samsonNb.fields[0]!.statements;

/** «Neste part» on the results step; the party answers the first statements its own way and writes an idea. */
async function partyAnswers(el: SamsonScorecard, name: string): Promise<Response['answers']> {
  await startNextParty(el, RESULTS, name);
  await openField(el, 0);
  await rate(el, statements[0]!.id, 5);
  await rate(el, statements[1]!.id, 'not-relevant');
  await writeIdea(el, statements[0]!.id, 'Kommunen sin egen idé');
  await settle(el);
  expect(el.response.party).to.equal(name);
  return el.response.answers;
}

/** The introduction's party field, focused, as a keyboard user would reach it. */
async function partyField(el: SamsonScorecard): Promise<HTMLInputElement> {
  await openStep(el, 0);
  const field = shadow(el).querySelector<HTMLInputElement>('#party-label')!;
  field.focus();
  return field;
}

async function reload(el: SamsonScorecard, key: string): Promise<SamsonScorecard> {
  el.remove();
  return scorecard(key);
}

function partiesOf(el: SamsonScorecard): Array<[string | undefined, Response['answers']]> {
  return el.history.rounds.at(-1)!.parties.map((p) => [p.party, p.answers]);
}

describe('<samson-scorecard>: emptying «Hvem svarer nå?» while a party answers', () => {
  for (const how of ['select all and delete', 'backspace letter by letter'] as const) {
    it(`brings the joint answer back and keeps the party's answers under its name (${how}), through a reload`, async function () {
      this.timeout(20000);
      const key = uniqueKey();
      let el = await scorecard(key);
      const joint = await answerFirstFieldTogether(el);
      const own = await partyAnswers(el, 'kommunen');
      expect(own).not.to.deep.equal(joint);

      const field = await partyField(el);
      if (how === 'select all and delete') {
        field.select();
        await press('Backspace');
      } else for (let i = 0; i < 'kommunen'.length; i++) await press('Backspace');
      await settle(el);

      expect(el.response.party, 'the joint answer is on screen').to.equal(undefined);
      expect(el.response.answers, 'the joint answer is the group’s, unchanged').to.deep.equal(joint);
      expect(partiesOf(el), 'the party keeps its own answers under its name').to.deep.equal([['kommunen', own]]);
      expect(field.value).to.equal('');
      const status = shadow(el).querySelector('#party-label-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Dere svarer sammen nå');
      expect(status.textContent).to.contain('kommunen');

      el = await reload(el, key);
      expect(el.response.party).to.equal(undefined);
      expect(el.response.answers, 'the joint answer after a reload').to.deep.equal(joint);
      expect(partiesOf(el), 'the party’s answers after a reload').to.deep.equal([['kommunen', own]]);

      await openStep(el, RESULTS);
      await until(() => Boolean(findButton(el, 'Åpne svarene til kommunen')), 'the party listed');
      buttonNamed(el, 'Åpne svarene til kommunen').click();
      await settle(el);
      expect(el.response.party).to.equal('kommunen');
      expect(el.response.answers, 'the party reopened with its own answers').to.deep.equal(own);
      expect(el.history.rounds.at(-1)!.joint.answers).to.deep.equal(joint);
      el.remove();
    });
  }

  it('opens the party’s answers when its name is typed again, overwriting neither answer', async function () {
    this.timeout(20000);
    const key = uniqueKey();
    let el = await scorecard(key);
    const joint = await answerFirstFieldTogether(el);
    const own = await partyAnswers(el, 'kommunen');

    const field = await partyField(el);
    field.select();
    await press('Backspace');
    await settle(el);
    expect(el.response.answers).to.deep.equal(joint);

    await type('kommunen');
    await settle(el);
    expect(el.response.party).to.equal('kommunen');
    expect(el.response.answers, 'the party’s own answers, not a copy of the joint one').to.deep.equal(own);
    expect(el.history.rounds.at(-1)!.joint.answers, 'the joint answer stays').to.deep.equal(joint);
    expect(
      partiesOf(el).map(([name]) => name),
      'no half-typed party left behind',
    ).to.deep.equal(['kommunen']);

    el = await reload(el, key);
    expect(el.response.answers).to.deep.equal(own);
    expect(el.history.rounds.at(-1)!.joint.answers).to.deep.equal(joint);
    expect(visibleText(el)).not.to.contain('Dere svarer sammen nå');
    el.remove();
  });
});
