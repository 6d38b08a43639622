import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, parseResponse, withAnswer, withPoints, withWeight } from '../../src/core/samson/response.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import {
  POINTS_BUDGET,
  fieldImportance,
  isFlat,
  pointsFromLegacyWeights,
  pointsLeft,
  valueImportance,
  weightingStatus,
} from '../../src/core/samson/weighting.js';

const VALUES = samsonNb.values.map((v) => v.id);

/** Every way of sharing the budget between the four values in steps of `step` points. */
function* allSplits(step: number): Generator<Record<string, number>> {
  for (let a = 0; a <= POINTS_BUDGET; a += step)
    for (let b = 0; a + b <= POINTS_BUDGET; b += step)
      for (let c = 0; a + b + c <= POINTS_BUDGET; c += step) {
        const d = POINTS_BUDGET - a - b - c;
        if (a + b + c + d > 0) yield { apenhet: a, demokrati: b, kreativitet: c, ledelse: d };
      }
}

function spread(points: Record<string, number>): number {
  const importance = [...fieldImportance(samsonNb, valueImportance(samsonNb, { weights: {}, points })).values()] as number[];
  return Math.max(...importance) - Math.min(...importance);
}

describe('shared points (SAMSON 1.1 weighting)', () => {
  it('meets the bar: with some allowed split, two fields’ importance differ by at least 5 of 10', () => {
    const best = Math.max(...[...allSplits(1)].map(spread));
    assert.ok(best >= 5, `largest spread ${best}`);
    // A realistic, not extreme, split shows it too: most points to creativity, some to democracy.
    assert.ok(spread({ apenhet: 2, demokrati: 5, kreativitet: 11, ledelse: 2 }) >= 5);
  });

  it('lets the weighting say what matters more: an even split is flat, an uneven one is not', () => {
    const even = valueImportance(samsonNb, { weights: {}, points: { apenhet: 5, demokrati: 5, kreativitet: 5, ledelse: 5 } });
    assert.equal(isFlat(even), true);
    assert.deepEqual([...even.values()], [10, 10, 10, 10]);
    const uneven = valueImportance(samsonNb, { weights: {}, points: { apenhet: 8, demokrati: 4, kreativitet: 8, ledelse: 0 } });
    assert.deepEqual(Object.fromEntries(uneven), { apenhet: 10, demokrati: 5, kreativitet: 10, ledelse: 0 });
    assert.equal(isFlat(uneven), false);
  });

  it('with all points on ledelse, tilrettelegging is the most important field', () => {
    const importance = fieldImportance(samsonNb, valueImportance(samsonNb, { weights: {}, points: { ledelse: POINTS_BUDGET } }));
    const [top] = [...importance].sort((a, b) => b[1]! - a[1]!);
    assert.equal(top![0], 'tilrettelegging');
  });

  it('never lets the total pass the budget, and counts what is left', () => {
    let response = createResponse(samsonNb, 'Runde 1');
    response = withPoints(samsonNb, response, 'apenhet', 15);
    response = withPoints(samsonNb, response, 'demokrati', 9);
    assert.equal(response.points!.demokrati, 5, 'clamped to what was left');
    assert.equal(pointsLeft(samsonNb, response), 0);
    assert.equal(weightingStatus(samsonNb, response), 'complete');
    response = withPoints(samsonNb, response, 'apenhet', undefined);
    assert.equal(pointsLeft(samsonNb, response), 15);
    assert.equal(weightingStatus(samsonNb, response), 'partial');
    const tooMany = { ...response, points: { apenhet: 15, demokrati: 15 } };
    assert.equal(parseResponse(tooMany).ok, false, 'a file with more than the budget is refused');
  });

  it('never changes a score: the same ratings score the same under any weighting', () => {
    let response = createResponse(samsonNb);
    samsonNb.fields
      .flatMap((f) => f.statements)
      .forEach((s, i) => (response = withAnswer(response, s.id, { rating: (i % 5) + 1 })));
    const plain = scoreResponse(samsonNb, response);
    for (const points of [
      { ledelse: 20 },
      { apenhet: 5, demokrati: 5, kreativitet: 5, ledelse: 5 },
      { kreativitet: 12, demokrati: 8 },
    ] as Array<Record<string, number>>) {
      const weighted = scoreResponse(samsonNb, { ...response, points });
      assert.deepEqual(
        weighted.fields.map((f) => f.score),
        plain.fields.map((f) => f.score),
      );
      assert.deepEqual(
        weighted.statements.map((s) => s.score),
        plain.statements.map((s) => s.score),
      );
      assert.equal(weighted.overall, plain.overall);
    }
  });

  it('feeds the priorities: a low score on what got the points comes first', () => {
    let response = createResponse(samsonNb);
    for (const s of samsonNb.fields.flatMap((f) => f.statements)) response = withAnswer(response, s.id, { rating: 3 });
    response = withPoints(samsonNb, response, 'kreativitet', 20);
    const scores = scoreResponse(samsonNb, response);
    const first = samsonNb.fields.flatMap((f) => f.statements).find((s) => s.id === scores.priorities[0]!.statementId)!;
    assert.deepEqual(first.values, ['kreativitet']);
    assert.equal(scores.completeness.weightsGiven, 1);
  });
});

describe('1.0 weights (1–5 per value) still open and count', () => {
  it('maps 1…5 to 0…10 as before, and shared points win when both are present', () => {
    let response = createResponse(samsonNb);
    response = withWeight(response, 'apenhet', 5);
    response = withWeight(response, 'demokrati', 3);
    assert.deepEqual(Object.fromEntries(valueImportance(samsonNb, response)), { apenhet: 10, demokrati: 5 });
    assert.equal(weightingStatus(samsonNb, response), 'partial');
    response = withPoints(samsonNb, response, 'ledelse', 4);
    assert.deepEqual(Object.fromEntries(valueImportance(samsonNb, response)), {
      apenhet: 0,
      demokrati: 0,
      kreativitet: 0,
      ledelse: 10,
    });
  });

  it('offers a points split in proportion to old weights, summing to the budget', () => {
    const points = pointsFromLegacyWeights(samsonNb, { apenhet: 5, demokrati: 5, kreativitet: 3, ledelse: 1 });
    assert.equal(
      Object.values(points).reduce((a, b) => a + b, 0),
      POINTS_BUDGET,
    );
    assert.deepEqual(points, { apenhet: 8, demokrati: 8, kreativitet: 4, ledelse: 0 });
    const flat = pointsFromLegacyWeights(samsonNb, { apenhet: 1, demokrati: 1, kreativitet: 1, ledelse: 1 });
    assert.deepEqual(Object.values(flat), [5, 5, 5, 5]);
    assert.deepEqual(Object.keys(flat), VALUES);
  });
});
