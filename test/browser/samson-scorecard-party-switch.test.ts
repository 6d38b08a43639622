// Moving between the joint answer and the parties on one device («Neste part», «Åpne svarene
// til …», «Svar sammen nå»): a group that answered together first keeps its joint answer as
// the round's joint answer through every switch and a reload, and a new party starts at its
// own introduction.
import { expect } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  deepActive,
  headingText,
  openField,
  openStep,
  rate,
  scorecard,
  settle,
  shadow,
  uniqueKey,
  buttonNamed,
  answerFirstFieldTogether,
  startNextParty,
} from '../fixtures/samson-scorecard-helpers.js';

const RESULTS = stepIndex(scorecardSteps(samsonNb), 'results');
const statements = samsonNb.fields[0]!.statements;

async function answerTogetherNow(el: SamsonScorecard): Promise<void> {
  await openStep(el, RESULTS);
  buttonNamed(el, 'Svar sammen nå').click();
  await settle(el);
}

/** The element taken off the page (its saves are flushed) and a new one on the same key, as a reload. */
async function reload(el: SamsonScorecard, key: string): Promise<SamsonScorecard> {
  el.remove();
  return scorecard(key);
}

describe('<samson-scorecard>: the joint answer through the party switches', () => {
  it('keeps the joint answer when a party starts, brings it back with «Svar sammen nå», through reloads', async () => {
    const key = uniqueKey();
    let el = await scorecard(key);
    const joint = await answerFirstFieldTogether(el);

    await startNextParty(el, RESULTS, 'innbyggerne');
    expect(el.response.party).to.equal('innbyggerne');
    expect(el.response.answers, 'the new party starts empty').to.deep.equal({});
    expect(el.history.rounds.at(-1)!.joint.answers, 'the joint answer stays the round’s').to.deep.equal(joint);

    el = await reload(el, key);
    expect(el.response.party, 'the party is still answering after a reload').to.equal('innbyggerne');
    expect(el.history.rounds.at(-1)!.joint.answers).to.deep.equal(joint);

    await answerTogetherNow(el);
    expect(el.response.party).to.equal(undefined);
    expect(el.response.answers, 'the joint answer is back on screen').to.deep.equal(joint);
    expect(el.history.rounds.at(-1)!.parties.map((p) => p.party)).to.deep.equal(['innbyggerne']);

    el = await reload(el, key);
    expect(el.response.answers).to.deep.equal(joint);
    expect(el.history.rounds.at(-1)!.parties.map((p) => p.party)).to.deep.equal(['innbyggerne']);
    el.remove();
  });

  it('keeps the joint answer and each party’s answers when switching from party to party and back to joint', async () => {
    const key = uniqueKey();
    let el = await scorecard(key);
    const joint = await answerFirstFieldTogether(el);

    await startNextParty(el, RESULTS, 'kommunen');
    await openField(el, 0);
    await rate(el, statements[0]!.id, 1);
    await startNextParty(el, RESULTS, 'frivilligheten');
    await openField(el, 0);
    await rate(el, statements[0]!.id, 5);
    await openStep(el, RESULTS);
    buttonNamed(el, 'Åpne svarene til kommunen').click();
    await settle(el);
    expect(el.response.party).to.equal('kommunen');
    expect(el.response.answers[statements[0]!.id]?.rating).to.equal(1);

    el = await reload(el, key);
    const round = el.history.rounds.at(-1)!;
    expect(round.joint.answers).to.deep.equal(joint);
    expect(round.parties.map((p) => [p.party, p.answers[statements[0]!.id]?.rating])).to.deep.equal([
      ['kommunen', 1],
      ['frivilligheten', 5],
    ]);

    await answerTogetherNow(el);
    expect(el.response.answers).to.deep.equal(joint);
    el.remove();
  });

  it('opens a new party’s form at its introduction, its name there and focus on the heading', async () => {
    const el = await scorecard();
    await answerFirstFieldTogether(el);
    await startNextParty(el, RESULTS, 'innbyggerne');
    expect(headingText(el)).to.equal('Innledning');
    expect(deepActive()?.id).to.equal('step-heading');
    expect(shadow(el).querySelector<HTMLInputElement>('#party-label')!.value).to.equal('innbyggerne');
  });
});
