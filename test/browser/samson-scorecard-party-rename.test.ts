// Typing another party's name in «Hvem svarer nå?» opens that party's answers: the scorecard
// changes under the group's eyes, so a notice under the field (role=status) says whose answers
// are on screen now and where the ones that were there are kept. Neither party's answers are
// written over, also for a party that began as the joint answer; and a name that only begins
// like another party's («NAV» on the way to «NAV Drammen») renames the party on screen.
import { expect } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import type { Response } from '../../src/core/samson/response.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  expectAccessible,
  openField,
  openStep,
  press,
  rate,
  scorecard,
  setLanguage,
  settle,
  shadow,
  type,
  buttonNamed,
} from '../fixtures/samson-scorecard-helpers.js';

const RESULTS = stepIndex(scorecardSteps(samsonNb), 'results');
const statements = samsonNb.fields[0]!.statements;
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function partyField(el: SamsonScorecard): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>('#party-label')!;
}

function status(el: SamsonScorecard): Element {
  return shadow(el).querySelector('#party-label-status')!;
}

function partiesOf(el: SamsonScorecard): Array<[string | undefined, Response['answers']]> {
  return el.history.rounds.at(-1)!.parties.map((p) => [p.party, p.answers]);
}

/** The field emptied and a name typed, as a keyboard user replaces it. */
async function retype(el: SamsonScorecard, name: string): Promise<void> {
  await openStep(el, 0);
  partyField(el).focus();
  partyField(el).select();
  await type(name);
  await settle(el);
}

async function answer(el: SamsonScorecard, rating: 1 | 5): Promise<Response['answers']> {
  await openField(el, 0);
  await rate(el, statements[0]!.id, rating);
  await rate(el, statements[1]!.id, rating);
  await settle(el);
  return el.response.answers;
}

/** NAV types its name in the introduction and answers; «Neste part» Bydelen answers the other way. */
async function navThenBydelen(el: SamsonScorecard): Promise<{ nav: Response['answers']; bydelen: Response['answers'] }> {
  partyField(el).focus();
  await type('NAV');
  await settle(el);
  const nav = await answer(el, 5);
  await openStep(el, RESULTS);
  buttonNamed(el, 'Neste part').click();
  await settle(el);
  await type('Bydelen');
  await press('Enter');
  await settle(el);
  const bydelen = await answer(el, 1);
  expect(partiesOf(el)).to.deep.equal([
    ['NAV', nav],
    ['Bydelen', bydelen],
  ]);
  return { nav, bydelen };
}

describe('<samson-scorecard>: typing another party’s name in «Hvem svarer nå?»', () => {
  it('opens that party’s answers and says where the answers on screen were kept', async function () {
    this.timeout(20000);
    const el = await scorecard();
    const { nav, bydelen } = await navThenBydelen(el);

    await retype(el, 'NAV');
    await press('Tab');
    await settle(el);
    expect(el.response.party).to.equal('NAV');
    expect(el.response.answers).to.deep.equal(nav);
    expect(partiesOf(el), 'both parties’ answers as they were').to.deep.equal([
      ['NAV', nav],
      ['Bydelen', bydelen],
    ]);
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(textOf(status(el))).to.equal(
      'Skjemaet viser nå svarene til «NAV», fordi den parten allerede har svart i denne runden. Svarene som sto her, er tatt vare på under «Bydelen»: skriv «Bydelen» i feltet for å åpne dem igjen.',
    );
    await expectAccessible(el, 'the introduction with the notice');

    await retype(el, 'Bydelen');
    expect(el.response.answers, 'Bydelen’s answers back, as the notice said').to.deep.equal(bydelen);
    expect(textOf(status(el)))
      .to.contain('«Bydelen»')
      .and.to.contain('«NAV»');
    await openField(el, 0);
    expect(textOf(status(el)), 'the notice is gone once the group works on').to.equal('');
    el.remove();
  });

  it('opens a party that began as the joint answer without writing the joint answer over it', async function () {
    this.timeout(20000);
    const el = await scorecard();
    const { nav, bydelen } = await navThenBydelen(el);
    await openStep(el, 0);
    partyField(el).focus();
    partyField(el).select();
    await press('Backspace');
    await settle(el);
    expect(el.response.party, 'answering together').to.equal(undefined);
    const joint = el.response.answers;

    partyField(el).focus();
    await type('NAV');
    await settle(el);
    expect(el.response.party).to.equal('NAV');
    expect(el.response.answers, 'NAV’s own answers').to.deep.equal(nav);
    expect(partiesOf(el)).to.deep.equal([
      ['NAV', nav],
      ['Bydelen', bydelen],
    ]);
    expect(el.history.rounds.at(-1)!.joint.answers).to.deep.equal(joint);
    expect(textOf(status(el))).to.equal(
      'Skjemaet viser nå svarene til «NAV», fordi den parten allerede har svart i denne runden. Det dere svarte sammen, er tatt vare på som felles svar: tøm feltet for å åpne det igjen.',
    );
    el.remove();
  });

  it('renames the party on screen when the name typed only begins like another party’s', async function () {
    this.timeout(20000);
    const el = await scorecard();
    const { nav, bydelen } = await navThenBydelen(el);
    await retype(el, 'NAV Drammen');
    await press('Tab');
    await settle(el);
    expect(el.response.party).to.equal('NAV Drammen');
    expect(el.response.answers, 'the answers on screen stay on screen').to.deep.equal(bydelen);
    expect(partiesOf(el), 'NAV as it was, Bydelen renamed').to.deep.equal([
      ['NAV', nav],
      ['NAV Drammen', bydelen],
    ]);
    expect(textOf(status(el)), 'no party was opened').to.equal('');
    el.remove();
  });

  it('keeps a renamed party in its place among the parties: in the list and the joint view', async function () {
    this.timeout(20000);
    const el = await scorecard();
    await navThenBydelen(el);
    await openStep(el, RESULTS);
    buttonNamed(el, 'Åpne svarene til NAV').click();
    await settle(el);
    await retype(el, 'NAV Drammen');
    await press('Tab');
    await settle(el);
    await retype(el, 'Bydelen');
    await press('Tab');
    await settle(el);
    expect(el.response.party, 'Bydelen opened again').to.equal('Bydelen');
    await openStep(el, RESULTS);
    const listed = [...shadow(el).querySelectorAll('.party-list .party-name')].map((n) => textOf(n));
    expect(listed, 'the first party stays first').to.deep.equal(['NAV Drammen', 'Bydelen']);
    expect(textOf(shadow(el).querySelector('.joint-view p'))).to.equal('2 parter har svart hver for seg: NAV Drammen, Bydelen.');
    el.remove();
  });

  for (const [lang, words] of [
    ['nn', ['Skjemaet viser no svara til «NAV»', '«Bydelen»']],
    ['da', ['Skemaet viser nu svarene fra »NAV«', '»Bydelen«']],
    ['en', ['The form now shows the answers from “NAV”', '“Bydelen”']],
  ] as const) {
    it(`says so in ${lang}`, async function () {
      this.timeout(20000);
      const el = await scorecard();
      await navThenBydelen(el);
      await setLanguage(lang);
      await settle(el);
      await retype(el, 'NAV');
      for (const word of words) expect(textOf(status(el))).to.contain(word);
      el.remove();
      await setLanguage('nb');
    });
  }
});
