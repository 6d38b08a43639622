// The weighting step of SAMSON 1.1: the group shares 20 points between the four values, with
// the keyboard or a pointer; the points change the grey importance layer (never a score), can
// never add up to more than 20, and a 1.0 response is offered to switch from its 1–5 weights.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/samson-profile/define.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer, withWeight } from '../../src/core/samson/response.js';
import { pointsFromLegacyWeights } from '../../src/core/samson/weighting.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  deepActive,
  expectAccessible,
  openStep,
  press,
  scorecard,
  settle,
  shadow,
  tabUntil,
  type,
  visibleText,
} from '../fixtures/samson-scorecard-helpers.js';

const WEIGHTS = stepIndex(scorecardSteps(samsonNb), 'weights');
const RESULTS = stepIndex(scorecardSteps(samsonNb), 'results');

function box(el: SamsonScorecard, valueId: string): HTMLInputElement {
  const input = shadow(el).querySelector<HTMLInputElement>(`#p-${valueId}`);
  if (!input) throw new Error(`no points box for ${valueId}`);
  return input;
}

function pointsLeftText(el: SamsonScorecard): string {
  return shadow(el).querySelector('#points-left')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Tabs to a value's box, selects what is in it and types a number, as a keyboard user would. */
async function typePoints(el: SamsonScorecard, valueId: string, points: number, tab = false): Promise<void> {
  if (tab) await tabUntil((a) => a.id === `p-${valueId}`, `the points of ${valueId}`);
  else box(el, valueId).focus();
  (deepActive() as HTMLInputElement).select();
  await press('Backspace');
  await type(String(points));
  await settle(el);
}

function fieldImportance(el: SamsonScorecard): Map<string, number | null> {
  const { scores } = el.result;
  return new Map(samsonNb.fields.map((field, i) => [field.id, scores.fields[i]!.importance]));
}

afterEach(() => localStorage.clear());

describe('weighting with shared points', function () {
  this.timeout(30_000);

  it('shares 20 points by keyboard: «N poeng igjen», the step is done, and two fields differ by 5 or more', async () => {
    const el = await scorecard();
    await openStep(el, WEIGHTS);
    expect(pointsLeftText(el)).to.equal('20 poeng igjen');
    expect(visibleText(el)).to.contain(samsonNb.values[0]!.description);
    await expectAccessible(el, 'the empty weighting');

    // The review's split 2/5/11/2 (åpenhet, demokrati, kreativitet, ledelse).
    await typePoints(el, 'apenhet', 2, true);
    expect(pointsLeftText(el)).to.equal('18 poeng igjen');
    await typePoints(el, 'demokrati', 5, true);
    await typePoints(el, 'kreativitet', 11, true);
    const changed = oneEvent(el, 'samson-change');
    await typePoints(el, 'ledelse', 2, true);
    await changed;
    expect(el.response.points).to.deep.equal({ apenhet: 2, demokrati: 5, kreativitet: 11, ledelse: 2 });
    expect(pointsLeftText(el)).to.contain('Alle 20 poengene er fordelt');
    expect(shadow(el).querySelector('.nav-button[aria-current] .nav-count')!.textContent).to.contain('20/20');
    expect(shadow(el).querySelector('#p-kreativitet-importance')!.textContent).to.contain('10,0 av 10');

    const importance = fieldImportance(el);
    const known = [...importance.values()].filter((v): v is number => v !== null);
    expect(Math.max(...known) - Math.min(...known), JSON.stringify([...importance])).to.be.at.least(5);
    expect(importance.get('ressursfokus')).to.be.greaterThan(importance.get('forankring')!);
    expect(el.result.scores.completeness.weightsGiven).to.equal(4);
    expect(el.result.scores.overall, 'importance never makes a score').to.equal(null);
    await expectAccessible(el, 'the shared weighting');

    // The results list nothing missing for the weighting, and the profile gets the same response.
    await openStep(el, RESULTS);
    expect(visibleText(el)).not.to.contain('Vekting:');
    const profile = shadow(el).querySelector('samson-profile')!;
    expect(profile.responses[0]!.points).to.deep.equal(el.response.points);
  });

  it('never goes above 20: arrow keys stop, a typed number is clamped and said, a script cannot store more', async () => {
    const el = await scorecard();
    await openStep(el, WEIGHTS);
    await typePoints(el, 'apenhet', 15);
    // ArrowUp in demokrati stops at the 5 points that are left.
    await tabUntil((a) => a.id === 'p-demokrati', 'the points of demokrati');
    for (let i = 0; i < 9; i++) await press('ArrowUp');
    await settle(el);
    expect(box(el, 'demokrati').value).to.equal('5');
    expect(el.response.points).to.deep.equal({ apenhet: 15, demokrati: 5 });
    expect(pointsLeftText(el)).to.contain('Alle 20 poengene er fordelt');

    // Typing 9 into kreativitet leaves it at 0 and says why.
    await typePoints(el, 'kreativitet', 9);
    expect(box(el, 'kreativitet').value).to.equal('0');
    expect(pointsLeftText(el)).to.contain('Det var bare 0 poeng igjen');
    // The + buttons are disabled with nothing left; − gives a point back.
    const plus = shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Ett poeng mer til Ledelse"]')!;
    expect(plus.disabled).to.equal(true);
    shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Ett poeng mindre til Åpenhet"]')!.click();
    await settle(el);
    expect(el.response.points!.apenhet).to.equal(14);
    expect(pointsLeftText(el)).to.equal('1 poeng igjen');
    expect(plus.disabled).to.equal(false);

    // A script setting the box's value is clamped the same way.
    const input = box(el, 'ledelse');
    input.value = '50';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(input.value).to.equal('1');
    const sum = Object.values(el.response.points!).reduce((a, b) => a + b, 0);
    expect(sum).to.equal(20);

    // …and a response with more than 20 points is refused, keeping what is on screen.
    const before = el.response;
    const refused = oneEvent(el, 'samson-error');
    el.response = { ...before, points: { apenhet: 15, demokrati: 10 } };
    const detail = ((await refused) as CustomEvent).detail as { message: string };
    expect(detail.message).to.match(/^points:/);
    expect(el.response.points).to.deep.equal(before.points);
  });

  it('says when an even split cannot show priorities, and a lopsided one can', async () => {
    const el = await scorecard();
    await openStep(el, WEIGHTS);
    for (const value of samsonNb.values) await typePoints(el, value.id, 5);
    expect(shadow(el).querySelector('.flat-hint'), 'the flat hint').to.exist;
    const flat = [...fieldImportance(el).values()];
    expect(new Set(flat).size, 'every field equally important').to.equal(1);
    await typePoints(el, 'apenhet', 2);
    await typePoints(el, 'ledelse', 8);
    expect(shadow(el).querySelector('.flat-hint')).to.equal(null);
    const importance = fieldImportance(el);
    expect(Math.max(...[...importance.values()].map(Number))).to.equal(importance.get('tilrettelegging'));
  });

  it('a 1.0 response shows its 1–5 weights read-only and switches to points prefilled from them', async () => {
    let old = createResponse(samsonNb);
    for (const [value, weight] of Object.entries({ apenhet: 5, demokrati: 4, kreativitet: 2, ledelse: 5 }))
      old = withWeight(old, value, weight);
    old = withAnswer(old, samsonNb.fields[0]!.statements[0]!.id, { rating: 4 });
    const el = await scorecard();
    el.response = old;
    await settle(el);
    await openStep(el, WEIGHTS);
    expect(shadow(el).querySelector('.points-input'), 'no points boxes yet').to.equal(null);
    expect(shadow(el).querySelector('.legacy-weights table')!.textContent).to.contain('4 – Viktig');
    const importanceBefore = fieldImportance(el);
    await expectAccessible(el, 'the 1.0 weights');

    await tabUntil((a) => a.id === 'switch-to-points', 'Fordel poeng i stedet');
    await press('Enter');
    await settle(el);
    const expected = pointsFromLegacyWeights(samsonNb, old.weights);
    expect(el.response.points).to.deep.equal(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).to.equal(20);
    for (const value of samsonNb.values) expect(box(el, value.id).value).to.equal(String(expected[value.id]));
    expect(el.response.weights, 'the 1.0 weights are kept').to.deep.equal(old.weights);
    expect(fieldImportance(el)).not.to.deep.equal(importanceBefore);
    await expectAccessible(el, 'points from the 1.0 weights');
  });

  it('a locked scorecard shows the points but takes no edits', async () => {
    const el = await scorecard();
    el.response = { ...createResponse(samsonNb), points: { apenhet: 20 } };
    el.toggleAttribute('readonly', true);
    await settle(el);
    await openStep(el, WEIGHTS);
    await waitUntil(() => box(el, 'apenhet').readOnly, 'read-only boxes');
    expect(box(el, 'apenhet').value).to.equal('20');
    expect(shadow(el).querySelector<HTMLButtonElement>('.points-step')!.disabled).to.equal(true);
  });
});
