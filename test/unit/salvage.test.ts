import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxLengthOf, salvage } from '../../src/core/salvage.js';
import { answerSchema, createResponse, responseSchema, withAnswer } from '../../src/core/samson/response.js';
import { parseResponseDraft, RESPONSE_TEXT_LIMITS } from '../../src/core/samson/response-draft.js';
import { samsonNb } from '../../src/content/samson/index.js';

const [a, b] = samsonNb.fields[0]!.statements;

test('maxLengthOf reads the limit through optional()', () => {
  assert.equal(maxLengthOf(responseSchema.def.shape.label), 200);
  assert.equal(maxLengthOf(answerSchema.def.shape.idea), 4000);
  assert.equal(maxLengthOf(responseSchema.def.shape.participants), RESPONSE_TEXT_LIMITS.participants);
  assert.equal(maxLengthOf(responseSchema.def.shape.party), RESPONSE_TEXT_LIMITS.label);
  assert.deepEqual(RESPONSE_TEXT_LIMITS, { label: 200, participants: 1000, idea: 4000 });
});

test('one broken answer costs only that answer', () => {
  const good = withAnswer(createResponse(samsonNb, 'Time 1'), a!.id, { rating: 4, idea: 'Felles lunsj' });
  const draft = { ...good, answers: { ...good.answers, [b!.id]: { rating: 9 } } };
  const result = salvage(responseSchema, draft, createResponse(samsonNb));
  assert.ok(result.ok);
  assert.deepEqual(result.value.answers, { [a!.id]: { rating: 4, idea: 'Felles lunsj' } });
  assert.equal(result.value.label, 'Time 1');
  assert.deepEqual(
    result.dropped.map((p) => p.path),
    [['answers', b!.id, 'rating']],
  );
});

test('a label over the limit falls back, everything else stays', () => {
  const good = withAnswer(createResponse(samsonNb), a!.id, { rating: 2 });
  const result = parseResponseDraft(JSON.stringify({ ...good, label: 'x'.repeat(600) }), samsonNb);
  assert.ok(result.ok);
  assert.equal(result.value.label, '');
  assert.deepEqual(result.value.answers, { [a!.id]: { rating: 2 } });
  assert.equal(result.dropped[0]!.code, 'too-big');
});

test('a newer format or a hostile object is refused, never thrown', () => {
  const newer = parseResponseDraft(JSON.stringify({ ...createResponse(samsonNb), format: 'samson-response@2' }), samsonNb);
  assert.equal(newer.ok, false);
  assert.equal(!newer.ok && newer.problems[0]!.code, 'newer-format');
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('no');
      },
      ownKeys: () => {
        throw new Error('no');
      },
    },
  );
  assert.doesNotThrow(() => salvage(responseSchema, hostile, createResponse(samsonNb)));
});
