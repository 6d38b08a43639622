import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withPoints, type Rating } from '../../src/core/samson/response.js';
import { scoreResponse, scoresSchema } from '../../src/core/samson/scoring.js';
import {
  aggregateResponses,
  aggregateScores,
  aggregatedScoresSchema,
  compareProfiles,
  fieldPoints,
  profileSummarySchema,
  statementPoints,
  summarizeProfile,
  whatChanged,
  type ProfilePoint,
} from '../../src/core/samson/profile.js';

import { build, instrument, responseArb, statementIds, valueIds } from '../fixtures/samson-responses.js';

const all = (rating: Rating, weight = 3) =>
  build(
    statementIds.map(() => rating),
    valueIds.map(() => weight),
  );

const scoreArb = fc.option(
  fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
  { nil: null },
);
const pointsArb: fc.Arbitrary<ProfilePoint[]> = fc
  .array(fc.tuple(scoreArb, scoreArb), { minLength: 0, maxLength: 12 })
  .map((pairs) => pairs.map(([score, importance], i) => ({ id: `p${i}`, score, importance })));

describe('profile points', () => {
  it('lists the fields in the instrument order, then one field’s statements', () => {
    const scores = scoreResponse(instrument, all(4));
    assert.deepEqual(
      fieldPoints(scores).map((p) => p.id),
      instrument.fields.map((f) => f.id),
    );
    const field = instrument.fields[2]!;
    const points = statementPoints(scores, field.id);
    assert.deepEqual(
      points.map((p) => p.id),
      field.statements.map((s) => s.id),
    );
    assert.ok(points.every((p) => p.score === 7.5 && p.importance === 5));
    assert.deepEqual(statementPoints(scores, 'no-such-field'), []);
  });
});

describe('aggregateScores', () => {
  it('is the identity for one response (plus the respondent count)', () => {
    fc.assert(
      fc.property(responseArb, (response) => {
        const scores = scoreResponse(instrument, response);
        const { respondents, ...mean } = aggregateResponses(instrument, [response]);
        assert.equal(respondents, 1);
        assert.deepEqual(mean.fields, scores.fields);
        assert.deepEqual(mean.statements, scores.statements);
        assert.deepEqual(mean.priorities, scores.priorities);
        assert.equal(mean.overall, scores.overall);
      }),
      { numRuns: 100 },
    );
  });

  it('takes the mean of the scores that exist, field by field', () => {
    const mean = aggregateResponses(instrument, [all(1, 1), all(5, 5), build([], [])]);
    assert.equal(mean.respondents, 3);
    assert.ok(mean.fields.every((f) => f.score === 5 && f.importance === 5));
    assert.equal(mean.overall, 5);
    assert.equal(mean.completeness.total, statementIds.length * 3);
  });

  it('stays within 0–10, validates against its schema and is order-independent', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { minLength: 1, maxLength: 6 }), (responses) => {
        const scored = responses.map((r) => scoreResponse(instrument, r));
        const mean = aggregateScores(scored);
        assert.ok(aggregatedScoresSchema.safeParse(mean).success);
        assert.ok(scoresSchema.safeParse(mean).success);
        assert.deepEqual(aggregateScores([...scored].reverse()).fields, mean.fields);
        mean.fields.forEach((f, i) => {
          const some = scored.map((s) => s.fields[i]!.score).filter((x): x is number => x !== null);
          if (!some.length) assert.equal(f.score, null);
          else {
            assert.ok(f.score! >= Math.min(...some) - 0.05 && f.score! <= Math.max(...some) + 0.05);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same numbers from responses as from their scores', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { minLength: 0, maxLength: 5 }), (responses) => {
        const fromScores = aggregateScores(responses.map((r) => scoreResponse(instrument, r)));
        const direct = aggregateResponses(instrument, responses);
        if (!responses.length) return assert.equal(direct.respondents, 0);
        assert.deepEqual(direct, fromScores);
      }),
      { numRuns: 80 },
    );
  });

  it('gives the same numbers from responses with shared points (1.1) as from their scores', () => {
    // Points given to some values only: a value without points weighs 0, but was not "given".
    const withSharedPoints = fc
      .tuple(
        responseArb,
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), {
          minLength: valueIds.length,
          maxLength: valueIds.length,
        }),
      )
      .map(([response, points]) =>
        points.reduce((r, p, i) => (p === undefined ? r : withPoints(instrument, r, valueIds[i]!, p)), response),
      );
    fc.assert(
      fc.property(fc.array(withSharedPoints, { minLength: 1, maxLength: 5 }), (responses) => {
        const fromScores = aggregateScores(responses.map((r) => scoreResponse(instrument, r)));
        assert.deepEqual(aggregateResponses(instrument, responses), fromScores);
      }),
      { numRuns: 80 },
    );
  });

  it('gives an empty profile for no responses', () => {
    const mean = aggregateScores([]);
    assert.equal(mean.respondents, 0);
    assert.equal(mean.overall, null);
    assert.deepEqual(mean.fields, []);
  });
});

describe('compareProfiles and whatChanged', () => {
  const before: ProfilePoint[] = [
    { id: 'a', score: 5, importance: 5 },
    { id: 'b', score: 5, importance: null },
    { id: 'c', score: null, importance: 5 },
    { id: 'd', score: 8, importance: 5 },
    { id: 'e', score: 2, importance: 5 },
  ];
  const after: ProfilePoint[] = [
    { id: 'a', score: 7.5, importance: 5 },
    { id: 'b', score: 5, importance: 7 },
    { id: 'c', score: 9, importance: 5 },
    { id: 'd', score: 4.5, importance: 5 },
    { id: 'e', score: 2.6, importance: 5 },
  ];

  it('lists axes with a score both times, largest move first', () => {
    assert.deepEqual(compareProfiles(before, after), [
      { id: 'd', before: 8, after: 4.5, change: -3.5 },
      { id: 'a', before: 5, after: 7.5, change: 2.5 },
      { id: 'e', before: 2, after: 2.6, change: 0.6 },
      { id: 'b', before: 5, after: 5, change: 0 },
    ]);
  });

  it('splits rises from falls and leaves out what did not move', () => {
    const { rises, falls } = whatChanged(before, after);
    assert.deepEqual(
      rises.map((c) => c.id),
      ['a', 'e'],
    );
    assert.deepEqual(
      falls.map((c) => c.id),
      ['d'],
    );
    assert.deepEqual(
      whatChanged(before, after, 1).rises.map((c) => c.id),
      ['a'],
    );
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(pointsArb, pointsArb, (x, y) => {
        const n = Math.min(x.length, y.length);
        const a = x.slice(0, n);
        const b = y.slice(0, n);
        const forward = compareProfiles(a, b);
        const backward = new Map(compareProfiles(b, a).map((c) => [c.id, c.change]));
        for (const c of forward) assert.equal(backward.get(c.id), -c.change || 0);
        const { rises, falls } = whatChanged(a, b, 99);
        assert.ok(rises.every((c) => c.change > 0) && falls.every((c) => c.change < 0));
      }),
    );
  });
});

describe('summarizeProfile', () => {
  it('names the strongest, weakest, biggest gap and largest change', () => {
    const previous: ProfilePoint[] = [
      { id: 'a', score: 6, importance: 5 },
      { id: 'b', score: 6, importance: 9 },
      { id: 'c', score: 4, importance: 8 },
    ];
    const current: ProfilePoint[] = [
      { id: 'a', score: 9, importance: 5 },
      { id: 'b', score: 5, importance: 9 },
      { id: 'c', score: 2.5, importance: 3 },
      { id: 'd', score: null, importance: 10 },
    ];
    assert.deepEqual(summarizeProfile(current, previous), {
      strongest: { id: 'a', score: 9 },
      weakest: { id: 'c', score: 2.5 },
      biggestGap: { id: 'b', score: 5, importance: 9, gap: 4 },
      largestChange: { id: 'a', before: 6, after: 9, change: 3 },
      scored: 3,
      total: 4,
    });
  });

  it('says nothing it cannot back', () => {
    assert.deepEqual(summarizeProfile([{ id: 'a', score: null, importance: 4 }]), {
      strongest: null,
      weakest: null,
      biggestGap: null,
      largestChange: null,
      scored: 0,
      total: 1,
    });
    const same = [{ id: 'a', score: 5, importance: 5 }];
    assert.equal(summarizeProfile(same, same).largestChange, null);
  });

  it('always agrees with the points it was given', () => {
    fc.assert(
      fc.property(pointsArb, pointsArb, (current, previous) => {
        const summary = summarizeProfile(current, previous);
        assert.ok(profileSummarySchema.safeParse(summary).success);
        const scores = current.flatMap((p) => (p.score === null ? [] : [p.score]));
        assert.equal(summary.scored, scores.length);
        if (!scores.length) return assert.equal(summary.strongest, null);
        assert.equal(summary.strongest!.score, Math.max(...scores));
        assert.equal(summary.weakest!.score, Math.min(...scores));
        const gaps = current.flatMap((p) =>
          p.score === null || p.importance === null ? [] : [Math.round((p.importance - p.score) * 10) / 10],
        );
        assert.equal(summary.biggestGap?.gap ?? null, gaps.length ? Math.max(...gaps) : null);
      }),
    );
  });
});
