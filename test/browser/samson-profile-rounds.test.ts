// <samson-profile> over a collaboration's rounds: a history property, a followed scorecard's
// history and samson-round event, the current round bold and solid, earlier rounds dashed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import { startNextRound, withJointResponse, withPartyResponse, type History } from '../../src/core/samson/history.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import {
  $,
  chartOf,
  expectAccessible,
  instrument,
  mount,
  profile,
  round1,
  round2,
  round3,
  setLanguage,
  settle,
  text,
  twoRoundHistory,
} from '../fixtures/profile-helpers.js';

const lines = (el: SamsonProfile) => chartOf(el).data.datasets.filter((d) => d.order !== 100);
const fieldScores = (r: typeof round1) => scoreResponse(instrument, r).fields.map((f) => f.score);

async function withHistory(history: unknown, attrs: { field?: string } = {}): Promise<SamsonProfile> {
  await profile([]); // sets reduced motion once
  const el = await fixture<SamsonProfile>(html`<samson-profile .history=${history} field=${attrs.field ?? ''}></samson-profile>`);
  await settle(el);
  return el;
}

describe('<samson-profile>: rounds of a history', () => {
  afterEach(async () => setLanguage('nb'));

  it('draws every round: the current one bold and solid, the earlier one dashed, thinner and lighter', async () => {
    const el = await withHistory(twoRoundHistory());
    const [earlier, current] = lines(el);
    expect([earlier!.label, current!.label]).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(earlier!.data).to.deep.equal(fieldScores(round1));
    expect(current!.data).to.deep.equal(fieldScores(round2));
    expect(current!.borderDash).to.deep.equal([]);
    expect(earlier!.borderDash).to.have.length.greaterThan(0);
    expect(current!.borderWidth).to.be.greaterThan(earlier!.borderWidth as number);
    expect(String(earlier!.borderColor)).to.match(/rgba\(.+, 0\.6\)$/);
    expect(text(el, '[part="summary"]')).to.contain('Største endring fra «Runde 1»');
    expect(text(el, '[part="changes"]')).to.contain('Endringer fra «Runde 1» til «Runde 2»');
  });

  it("has one table column per round, oldest first, and the current round's importance", async () => {
    const el = await withHistory(twoRoundHistory());
    $(el, '[part~="toggle"]')!.click();
    await settle(el);
    const head = [...el.shadowRoot!.querySelectorAll('[part="table"] thead th')].map((th) => th.textContent!.trim());
    expect(head).to.deep.equal(['Handlingsfelt', 'Skår (Runde 1)', 'Skår (Runde 2)', 'Viktighet (Runde 2)']);
    const first = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')][0]!;
    const cells = [...first.querySelectorAll('td')].map((td) => td.textContent!.trim());
    const f = (n: number | null) =>
      n === null ? 'ingen skår' : new Intl.NumberFormat('nb', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
    expect(cells).to.deep.equal([
      f(fieldScores(round1)[0]!),
      f(fieldScores(round2)[0]!),
      f(scoreResponse(instrument, round2).fields[0]!.importance),
    ]);
  });

  it('draws three rounds with three different dash patterns, the oldest furthest back', async () => {
    const history = withJointResponse(startNextRound(twoRoundHistory()), 'r3', round3);
    const el = await withHistory(history);
    const drawn = lines(el);
    expect(drawn.map((d) => d.label)).to.deep.equal(['Runde 1', 'Runde 2', 'Runde 3']);
    expect(new Set(drawn.map((d) => JSON.stringify(d.borderDash))).size).to.equal(3);
    expect(drawn[2]!.borderDash).to.deep.equal([]);
    expect(drawn[0]!.order!).to.be.greaterThan(drawn[1]!.order!);
  });

  it('shows the parties of the round chosen with `round`, and the rounds for a round without parties', async () => {
    let history = withPartyResponse(twoRoundHistory(), 'r1', { ...round3, party: 'kommunen' });
    history = withPartyResponse(history, 'r1', { ...round1, party: 'frivilligheten' });
    const el = await withHistory(history);
    expect(lines(el).map((d) => d.label)).to.deep.equal(['Runde 1', 'Runde 2']);
    el.round = 'r1';
    await settle(el);
    expect(lines(el).map((d) => d.label)).to.deep.equal(['kommunen', 'frivilligheten']);
    expect(lines(el)[0]!.data).to.deep.equal(fieldScores(round3));
    expect(el.getAttribute('round')).to.equal('r1');
  });

  it('opens a single samson-response@1 as a one-round history', async () => {
    const el = await withHistory(round1);
    expect(lines(el).map((d) => d.data)).to.deep.equal([fieldScores(round1)]);
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('says what is wrong with an invalid history, in the element and in samson-error', async () => {
    await profile([]);
    const el = document.createElement('samson-profile') as SamsonProfile;
    const bad = { ...twoRoundHistory(), format: 'samson-history@7' } as unknown as History;
    el.history = bad;
    const event = oneEvent(el, 'samson-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems[0]!.code).to.equal('newer-format');
    expect(detail.problems[0]!.path).to.deep.equal(['history', 'format']);
    await settle(el);
    expect(text(el, '[part="error"]')).to.contain('nyere versjon');
    el.remove();
  });

  it('follows every round of the scorecard it is for: its history, samson-round and samson-change', async () => {
    await profile([]);
    const wrapper = await mount(
      html`<div>
        <div id="card-with-rounds"></div>
        <samson-profile for="card-with-rounds"></samson-profile>
      </div>`,
    );
    const card = wrapper.querySelector('#card-with-rounds') as HTMLElement & { history?: History };
    const el = wrapper.querySelector('samson-profile') as SamsonProfile;
    let history = twoRoundHistory();
    card.history = history;
    el.removeAttribute('for');
    await settle(el);
    el.setAttribute('for', 'card-with-rounds');
    await settle(el);
    expect(lines(el).map((d) => d.label)).to.deep.equal(['Runde 1', 'Runde 2']);

    // A new round starts in the scorecard: the profile now has three rounds, the new one empty.
    history = startNextRound(history, { now: new Date('2027-03-01T09:00:00Z') });
    card.history = history;
    card.dispatchEvent(new CustomEvent('samson-round', { detail: { history }, bubbles: true, composed: true }));
    await settle(el);
    expect(lines(el).map((d) => d.label)).to.deep.equal(['Runde 1', 'Runde 2', 'Runde 3']);
    expect(lines(el)[2]!.data.every((v) => v === null)).to.equal(true);
    expect(lines(el)[1]!.borderDash).to.have.length.greaterThan(0);

    // The group answers in round 3: samson-change carries the current round's response.
    card.dispatchEvent(
      new CustomEvent('samson-change', { detail: { response: round3, scores: {} }, bubbles: true, composed: true }),
    );
    await settle(el);
    expect(lines(el)[2]!.data).to.deep.equal(fieldScores(round3));
    expect(lines(el)[2]!.borderDash).to.deep.equal([]);
  });

  for (const lang of ['nb', 'da', 'en'] as const) {
    it(`reads out the rounds in ${lang}, axe clean, and reaches the drill-down by keyboard`, async () => {
      await setLanguage(lang);
      const el = await withHistory(twoRoundHistory());
      const changes = { nb: 'Endringer fra', da: 'Ændringer fra', en: 'Changes from' }[lang];
      await settle(el);
      expect(text(el, '[part="changes"]')).to.contain(changes);
      await expectAccessible(el, `rounds ${lang}`);
      const button = $(el, 'button[data-field]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.field).to.equal(instrument.fields[0]!.id);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="back"]'));
      expect(lines(el)).to.have.length(2);
      await expectAccessible(el, `rounds drill-down ${lang}`);
    });
  }
});
