// The SAMSON cycle inside the scorecard: a finished round is kept, the next one starts with
// the same weights and empty answers, every round survives a reload, and a `for=` profile
// draws them all — the current round bold and solid, the earlier one dashed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { Chart } from 'chart.js';
import type { History } from '../../src/core/samson/history.js';
import { openField, openStep, rate, scorecard, settle, shadow, uniqueKey, writeIdea } from '../fixtures/samson-scorecard-helpers.js';

const fields = samsonNb.fields;

/** Answers the first field in the element, every statement rated `rating(s)`, an idea under the first. */
async function answerFirstField(el: SamsonScorecard, rating: (s: number) => number, idea?: string): Promise<void> {
  await openField(el, 0);
  for (const [s, statement] of fields[0]!.statements.entries()) await rate(el, statement.id, rating(s));
  if (idea) await writeIdea(el, fields[0]!.statements[0]!.id, idea);
}

afterEach(() => localStorage.clear());

describe('<samson-scorecard>: rounds', () => {
  it('has a one-round history before a second round is started, and stores nothing more than the draft', async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    await answerFirstField(el, () => 4);
    const history = el.history;
    expect(history.format).to.equal('samson-history@1');
    expect(history.rounds.map((r) => r.label)).to.deep.equal(['Runde 1']);
    expect(history.rounds[0]!.joint.answers).to.deep.equal(el.response.answers);
    el.remove();
    expect(localStorage.getItem(key)).to.not.equal(null);
    expect(localStorage.getItem(`${key}:history`)).to.equal(null);
  });

  it('starts round 2: round 1 kept with its answers, the same weights, empty answers, «Runde 2», samson-round with the history', async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    await openStep(el, 1);
    shadow(el).querySelector<HTMLInputElement>(`input[name="w-${samsonNb.values[0]!.id}"][value="5"]`)!.click();
    await answerFirstField(el, () => 4, 'Felles møteplan');
    const round1 = el.response;

    const event = oneEvent(el, 'samson-round');
    el.startNewRound();
    const { detail } = await event;
    const rounds = (detail as { history: History }).history.rounds;
    expect(rounds.map((r) => r.label)).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(rounds[0]!.joint.answers).to.deep.equal(round1.answers);
    expect(rounds[0]!.closedAt).to.be.a('string');
    expect(rounds[1]!.joint.answers).to.deep.equal({});
    expect(rounds[1]!.joint.weights).to.deep.equal(round1.weights);
    expect(el.response.label).to.equal('Runde 2');
    expect(el.response.answers).to.deep.equal({});
    // The detail is a copy: changing it changes nothing in the element.
    rounds[0]!.label = 'Endret av siden';
    expect(el.history.rounds[0]!.label).to.equal('Runde 1');
  });

  it('keeps both rounds over a reload, the second round with its own, different answers', async () => {
    const key = uniqueKey();
    const first = await scorecard(key);
    await answerFirstField(first, () => 2, 'Ukentlige møter');
    first.startNewRound();
    await settle(first);
    await answerFirstField(first, () => 5);
    const before = first.history;
    first.remove(); // disconnecting flushes the pending saves

    const second = await scorecard(key);
    const after = second.history;
    expect(after.rounds.map((r) => r.id)).to.deep.equal(['r1', 'r2']);
    expect(after.rounds[0]!.joint.answers).to.deep.equal(before.rounds[0]!.joint.answers);
    expect(after.rounds[1]!.joint.answers).to.deep.equal(before.rounds[1]!.joint.answers);
    expect(Object.values(after.rounds[1]!.joint.answers).every((a) => a.rating === 5)).to.equal(true);
    expect(second.response.label).to.equal('Runde 2');
  });

  it('a `for=` profile draws both rounds: the current one solid and bold, the earlier one dashed', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <samson-scorecard id="sc" storage-key=${key}></samson-scorecard>
      <samson-profile for="sc"></samson-profile>
    </div>`);
    const el = wrapper.querySelector('samson-scorecard')!;
    const profile = wrapper.querySelector<SamsonProfile>('samson-profile')!;
    await settle(el);
    for (const [f, field] of fields.entries()) {
      await openField(el, f);
      for (const statement of field.statements) await rate(el, statement.id, 2);
    }
    el.startNewRound();
    for (const [f, field] of fields.entries()) {
      await openField(el, f);
      for (const statement of field.statements) await rate(el, statement.id, 4);
    }
    const lines = () => {
      const canvas = profile.shadowRoot!.querySelector('canvas');
      const chart = canvas ? Chart.getChart(canvas) : undefined;
      return (chart?.data.datasets ?? []).filter((d) => d.order !== 100);
    };
    await waitUntil(() => lines().length === 2 && lines()[1]!.data.every((v) => v === 7.5), 'the profile draws round 2');
    const [earlier, current] = lines();
    expect([earlier!.label, current!.label]).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(earlier!.data.every((v) => v === 2.5)).to.equal(true);
    expect(current!.borderDash).to.deep.equal([]);
    expect(earlier!.borderDash).to.have.length.greaterThan(0);
    expect(current!.borderWidth).to.be.greaterThan(earlier!.borderWidth as number);
  });

  it('the `history` property opens a history, and refuses an invalid one with samson-error, keeping the answers', async () => {
    const el = await scorecard();
    await answerFirstField(el, () => 3);
    const answers = el.response.answers;
    const error = oneEvent(el, 'samson-error');
    el.history = { format: 'samson-history@1', rounds: [] } as unknown as History;
    await error;
    expect(el.response.answers).to.deep.equal(answers);

    const two = el.history;
    two.rounds.push({ ...two.rounds[0]!, id: 'r2', label: 'Høst 2026', joint: { ...two.rounds[0]!.joint, answers: {} } });
    el.history = two;
    await settle(el);
    expect(el.response.label).to.equal('Høst 2026');
    expect(el.history.rounds.map((r) => r.label)).to.deep.equal(['Runde 1', 'Høst 2026']);
  });

  it('keeps a stored history of a newer format aside, untouched, and starts from the draft', async () => {
    const key = uniqueKey();
    const newer = JSON.stringify({ format: 'samson-history@2', rounds: [{ anything: true }] });
    localStorage.setItem(`${key}:history`, newer);
    const el = await scorecard(key);
    await answerFirstField(el, () => 3);
    el.startNewRound();
    el.remove();
    const keptKey = Object.keys(localStorage).find((k) => k.startsWith(`${key}:history~newer-format-`));
    expect(keptKey, 'the newer history is copied aside').to.be.a('string');
    expect(localStorage.getItem(keptKey!)).to.equal(newer);
  });
});
