import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseInstrument, type Instrument } from '../../src/core/samson/instrument.js';
import { createResponse, withAnswer, withWeight, type Rating, type Response } from '../../src/core/samson/response.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import { samsonNb } from '../../src/content/samson/index.js';

const instrument: Instrument = samsonNb;
const statementIds = instrument.fields.flatMap((f) => f.statements.map((s) => s.id));
const valueIds = instrument.values.map((v) => v.id);

const ratingArb: fc.Arbitrary<Rating | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant('not-relevant' as const),
  fc.integer({ min: 1, max: 5 }),
);

/** A response with any combination of answered, unanswered and "not relevant" statements. */
const responseArb: fc.Arbitrary<Response> = fc
  .tuple(
    fc.array(ratingArb, { minLength: statementIds.length, maxLength: statementIds.length }),
    fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
      minLength: valueIds.length,
      maxLength: valueIds.length,
    }),
  )
  .map(([ratings, weights]) => {
    let response = createResponse(instrument, 'test', new Date('2026-01-01T00:00:00Z'));
    ratings.forEach((rating, i) => {
      if (rating !== undefined) response = withAnswer(response, statementIds[i]!, { rating });
    });
    weights.forEach((weight, i) => {
      response = withWeight(response, valueIds[i]!, weight);
    });
    return response;
  });

function answerAll(rating: Rating): Response {
  return statementIds.reduce((r, id) => withAnswer(r, id, { rating }), createResponse(instrument));
}

describe('SAMSON scoring: worked examples', () => {
  it('maps the five-point scale to 0, 2.5, 5, 7.5 and 10', () => {
    for (const [rating, expected] of [
      [1, 0],
      [2, 2.5],
      [3, 5],
      [4, 7.5],
      [5, 10],
    ] as const) {
      const scores = scoreResponse(instrument, answerAll(rating));
      assert.ok(
        scores.fields.every((f) => f.score === expected),
        `rating ${rating}`,
      );
      assert.equal(scores.overall, expected);
    }
  });

  it('gives a field no score until half of its relevant statements are answered', () => {
    const field = instrument.fields[0]!;
    const ids = field.statements.map((s) => s.id);
    const half = Math.ceil(ids.length / 2);
    let response = createResponse(instrument);
    for (const id of ids.slice(0, half - 1)) response = withAnswer(response, id, { rating: 4 });
    assert.equal(scoreResponse(instrument, response).fields[0]!.score, null);
    response = withAnswer(response, ids[half - 1]!, { rating: 4 });
    assert.equal(scoreResponse(instrument, response).fields[0]!.score, 7.5);
  });

  it('leaves "not relevant" out of the mean and of the half-answered count', () => {
    const ids = instrument.fields[0]!.statements.map((s) => s.id);
    let response = createResponse(instrument);
    for (const id of ids.slice(1)) response = withAnswer(response, id, { rating: 'not-relevant' });
    response = withAnswer(response, ids[0]!, { rating: 2 });
    const field = scoreResponse(instrument, response).fields[0]!;
    assert.equal(field.score, 2.5);
    assert.equal(field.answered, ids.length);
    assert.equal(field.notRelevant, ids.length - 1);
  });

  it('rounds field scores to one decimal', () => {
    const ids = instrument.fields[0]!.statements.map((s) => s.id);
    let response = createResponse(instrument);
    ids.forEach((id, i) => (response = withAnswer(response, id, { rating: i === 0 ? 5 : i === 1 ? 4 : 3 })));
    const score = scoreResponse(instrument, response).fields[0]!.score!;
    const exact = (10 + 7.5 + 5 * (ids.length - 2)) / ids.length;
    assert.equal(score, Math.round(exact * 10) / 10);
  });

  it('derives importance from the value weights and lists important-but-weak statements first', () => {
    let response = answerAll(3);
    for (const id of valueIds) response = withWeight(response, id, 1);
    const target = instrument.fields[2]!.statements[0]!;
    for (const id of target.values) response = withWeight(response, id, 5);
    response = withAnswer(response, target.id, { rating: 1 });
    const scores = scoreResponse(instrument, response);
    assert.equal(scores.statements.find((s) => s.statementId === target.id)!.importance, 10);
    assert.equal(scores.priorities[0]!.statementId, target.id);
    assert.equal(scores.priorities[0]!.gap, 10);
    assert.ok(scores.priorities.every((p, i, all) => i === 0 || all[i - 1]!.gap >= p.gap));
  });

  it('has no importance and no priorities before any value is weighted', () => {
    const scores = scoreResponse(instrument, answerAll(2));
    assert.ok(scores.fields.every((f) => f.importance === null));
    assert.deepEqual(scores.priorities, []);
  });

  it('counts completeness', () => {
    let response = createResponse(instrument);
    response = withAnswer(response, statementIds[0]!, { rating: 'not-relevant' });
    response = withAnswer(response, statementIds[1]!, { rating: 5 });
    response = withAnswer(response, statementIds[2]!, { idea: 'Bare en idé' });
    response = withWeight(response, valueIds[0]!, 4);
    const { completeness } = scoreResponse(instrument, response);
    assert.deepEqual(completeness, {
      answered: 2,
      total: statementIds.length,
      weightsGiven: 1,
      weightsTotal: valueIds.length,
      ratio: 2 / statementIds.length,
    });
  });
});

describe('SAMSON scoring: invariants', () => {
  it('keeps every score and importance within 0–10', () => {
    fc.assert(
      fc.property(responseArb, (response) => {
        const scores = scoreResponse(instrument, response);
        const numbers = [
          scores.overall,
          ...scores.fields.flatMap((f) => [f.score, f.importance]),
          ...scores.statements.flatMap((s) => [s.score, s.importance]),
        ].filter((n): n is number => n !== null);
        return numbers.every((n) => n >= 0 && n <= 10);
      }),
    );
  });

  it('excludes "not relevant": marking a statement not relevant equals removing it from the field', () => {
    fc.assert(
      fc.property(responseArb, fc.integer({ min: 0, max: statementIds.length - 1 }), (response, index) => {
        const id = statementIds[index]!;
        const marked = scoreResponse(instrument, withAnswer(response, id, { rating: 'not-relevant' }));
        const reduced: Instrument = {
          ...instrument,
          fields: instrument.fields.map((f) => ({ ...f, statements: f.statements.filter((s) => s.id !== id) })),
        };
        const removed = scoreResponse(reduced, response);
        return marked.fields.every((f, i) => f.score === removed.fields[i]!.score) && marked.overall === removed.overall;
      }),
    );
  });

  it('never lets weights change a score', () => {
    fc.assert(
      fc.property(responseArb, responseArb, (response, other) => {
        const reweighted = { ...response, weights: other.weights };
        const a = scoreResponse(instrument, response);
        const b = scoreResponse(instrument, reweighted);
        return (
          a.overall === b.overall &&
          a.fields.every((f, i) => f.score === b.fields[i]!.score) &&
          a.statements.every((s, i) => s.score === b.statements[i]!.score)
        );
      }),
    );
  });

  it('does not depend on the order in which statements were answered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: statementIds.length - 1 }), fc.integer({ min: 1, max: 5 })), {
          maxLength: 80,
        }),
        fc.infiniteStream(fc.nat()),
        (edits, seeds) => {
          // Keep the last rating per statement, then replay those final ratings in a shuffled order.
          const final = new Map<number, number>();
          for (const [index, rating] of edits) final.set(index, rating);
          const entries = [...final];
          const shuffled = entries
            .map((entry) => ({ entry, key: seeds.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ entry }) => entry);
          const build = (list: Array<[number, number]>) =>
            list.reduce((r, [i, rating]) => withAnswer(r, statementIds[i]!, { rating }), createResponse(instrument));
          const a = scoreResponse(instrument, build(entries));
          const b = scoreResponse(instrument, build(shuffled));
          return JSON.stringify(a) === JSON.stringify(b);
        },
      ),
    );
  });

  it('never lowers a field score when one answer rises', () => {
    fc.assert(
      fc.property(responseArb, fc.integer({ min: 0, max: statementIds.length - 1 }), (response, index) => {
        const id = statementIds[index]!;
        const rating = response.answers[id]?.rating;
        if (typeof rating !== 'number' || rating === 5) return true;
        const before = scoreResponse(instrument, response);
        const after = scoreResponse(instrument, withAnswer(response, id, { rating: rating + 1 }));
        return before.fields.every((f, i) => f.score === null || after.fields[i]!.score! >= f.score);
      }),
    );
  });
});

describe('instrument validation', () => {
  it('accepts the built-in instrument', () => {
    assert.equal(parseInstrument(instrument).ok, true);
  });

  it('lists every problem with its path, including references a schema cannot check', () => {
    const broken = structuredClone(instrument) as unknown as Record<string, any>;
    broken.fields[1].statements[0].values = ['apenhet', 'ukjent-verdi'];
    broken.fields[2].statements[1].id = broken.fields[2].statements[0].id;
    const result = parseInstrument(broken);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.path.join('.')]),
      [
        ['unknown-reference', 'fields.1.statements.0.values.1'],
        ['duplicate-id', 'fields.2.statements.1.id'],
      ],
    );
  });

  it('reports shape problems without throwing', () => {
    const result = parseInstrument({ format: 'samson-instrument@1', id: 'X Y', fields: 'none' });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path.join('.'));
    assert.ok(paths.includes('id'));
    assert.ok(paths.includes('fields'));
    assert.ok(paths.includes('values'));
  });
});
