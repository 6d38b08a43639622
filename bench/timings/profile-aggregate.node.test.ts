// Timing of the SAMSON core in Node (npm run bench:timings). Not part of npm test: a wall-clock
// bound fails on a busy machine for reasons that have nothing to do with the code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Instrument } from '../../src/core/samson/instrument.js';
import { createResponse, withAnswer, withWeight, type Rating, type Response } from '../../src/core/samson/response.js';
import { aggregateResponses } from '../../src/core/samson/profile.js';
import { samsonNb } from '../../src/content/samson/index.js';

const instrument: Instrument = samsonNb;
const statementIds = instrument.fields.flatMap((f) => f.statements.map((s) => s.id));
const valueIds = instrument.values.map((v) => v.id);


const ratingArb: fc.Arbitrary<Rating | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant('not-relevant' as const),
  fc.integer({ min: 1, max: 5 }),
);

function build(ratings: ReadonlyArray<Rating | undefined>, weights: ReadonlyArray<number | undefined>, label = 'test'): Response {
  let response = createResponse(instrument, label, new Date('2026-01-01T00:00:00Z'));
  ratings.forEach((rating, i) => {
    if (rating !== undefined) response = withAnswer(response, statementIds[i]!, { rating });
  });
  weights.forEach((weight, i) => {
    response = withWeight(response, valueIds[i]!, weight);
  });
  return response;
}

const responseArb: fc.Arbitrary<Response> = fc
  .tuple(
    fc.array(ratingArb, { minLength: statementIds.length, maxLength: statementIds.length }),
    fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
      minLength: valueIds.length,
      maxLength: valueIds.length,
    }),
  )
  .map(([ratings, weights]) => build(ratings, weights));

describe('aggregateResponses timing', () => {
  it('aggregates 1,000 responses in ≤ 50 ms', () => {
    const responses = fc.sample(responseArb, { numRuns: 1000, seed: 42 });
    aggregateResponses(instrument, responses.slice(0, 50)); // warm up the JIT
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      aggregateResponses(instrument, responses);
      runs.push(performance.now() - start);
    }
    const best = Math.min(...runs);
    console.log(`  aggregateResponses × 1000: best ${best.toFixed(1)} ms, runs ${runs.map((r) => r.toFixed(1)).join(', ')}`);
    assert.ok(best <= 50, `took ${best} ms`);
  });
});
