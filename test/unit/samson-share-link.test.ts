import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { samsonNb } from '../../src/content/samson/index.js';
import {
  createResponse,
  withAnswer,
  withPoints,
  withWeight,
  type Rating,
  type Response,
} from '../../src/core/samson/response.js';
import {
  createShareLink,
  hasShareLink,
  MAX_SHARE_LINK_CHARS,
  readShareLink,
  shareableResponse,
  withoutShareLink,
} from '../../src/core/samson/share-link.js';

const instrument = samsonNb;
const ids = instrument.fields.flatMap((f) => f.statements.map((s) => s.id));
const base = 'https://kommune.example/samson/?side=2#top';

function full(rating: (i: number) => Rating): Response {
  let r: Response = {
    ...createResponse(instrument, 'Høst 2026 – hemmelig etikett', new Date('2026-03-01T09:00:00Z')),
    party: 'frivilligheten',
  };
  ids.forEach(
    (id, i) => (r = withAnswer(r, id, { rating: rating(i), idea: `Privat idé nummer ${i}` }, new Date('2026-03-02T09:00:00Z'))),
  );
  for (const v of instrument.values) r = withWeight(r, v.id, 2, new Date('2026-03-02T09:00:00Z'));
  // SAMSON 1.1's weighting: 20 points shared out (2/5/11/2).
  [2, 5, 11, 2].forEach((p, i) => (r = withPoints(instrument, r, instrument.values[i]!.id, p, new Date('2026-03-02T09:00:00Z'))));
  return r;
}

describe('share links', () => {
  it('round-trips the ratings and the party of a full response, and nothing else unless chosen', async () => {
    const response = full((i) => ((i % 5) + 1) as Rating);
    const link = await createShareLink(response, base);
    assert.ok(link.ok);
    assert.ok(link.value.startsWith('https://kommune.example/samson/?side=2#samson='), link.value);
    assert.ok(hasShareLink(link.value));
    const read = await readShareLink(link.value, instrument);
    assert.ok(read?.ok);
    assert.equal(read.value.party, 'frivilligheten');
    assert.equal(read.value.label, '');
    assert.deepEqual(read.value.weights, {});
    assert.equal(read.value.points, undefined, 'the shared points stay out unless the weights are chosen');
    assert.deepEqual(
      Object.values(read.value.answers).map((a) => a.rating),
      ids.map((_, i) => (i % 5) + 1),
    );
    assert.ok(Object.values(read.value.answers).every((a) => a.idea === undefined));
    // The whole link, decoded, holds nothing of the unchosen text.
    const decodedText = JSON.stringify(read.value);
    assert.ok(!decodedText.includes('Privat idé'));
    assert.ok(!decodedText.includes('hemmelig'));
    assert.ok(link.value.length < 2000, `a full response without ideas fits in a short link (${link.value.length} chars)`);
  });

  it('carries ideas, weights and label only when each is chosen', async () => {
    const response = full(() => 3);
    const link = await createShareLink(response, base, { ideas: true, weights: true, label: true });
    assert.ok(link.ok);
    const read = await readShareLink(new URL(link.value).hash, instrument);
    assert.ok(read?.ok);
    assert.deepEqual(read.value, response);
    assert.deepEqual(Object.values(read.value.points ?? {}), [2, 5, 11, 2], 'the 1.1 points travel with the weights');
  });

  it('property: a decoded link equals exactly the shareable part of the response', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
        fc.array(fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
        fc.record({ ideas: fc.boolean(), weights: fc.boolean(), label: fc.boolean() }),
        async (ratings, ideas, choice) => {
          let r: Response = { ...createResponse(instrument, 'Etikett'), party: 'kommunen' };
          ids.forEach((id, i) => (r = withAnswer(r, id, { rating: ratings[i] as Rating | undefined, idea: ideas[i] })));
          r = withWeight(r, instrument.values[0]!.id, 5);
          const link = await createShareLink(r, base, choice);
          assert.ok(link.ok);
          const read = await readShareLink(link.value, instrument);
          assert.ok(read?.ok);
          assert.deepEqual(read.value, shareableResponse(r, choice));
          if (!choice.ideas) assert.ok(Object.values(read.value.answers).every((a) => !('idea' in a)));
          if (!choice.weights) assert.deepEqual(read.value.weights, {});
          if (!choice.label) assert.equal(read.value.label, '');
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses a link that would be too long, and one that is too long to read', async () => {
    let r = createResponse(instrument);
    // Incompressible text: every idea different random characters.
    const noise = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    ids.forEach((id, i) => (r = withAnswer(r, id, { rating: 3, idea: noise(3000 + i) })));
    const link = await createShareLink(r, base, { ideas: true });
    assert.equal(!link.ok && link.problems[0]!.code, 'too-big');
    const long = await readShareLink(`#samson=${'A'.repeat(MAX_SHARE_LINK_CHARS + 1)}`);
    assert.equal(long && !long.ok && long.problems[0]!.code, 'too-big');
  });

  it('refuses broken links like a broken file, and ignores links without a response', async () => {
    assert.equal(await readShareLink('https://example.org/#top'), undefined);
    assert.equal(hasShareLink('https://example.org/'), false);
    const notBase64 = await readShareLink('#samson=***');
    assert.equal(notBase64 && !notBase64.ok && notBase64.problems[0]!.code, 'bad-format');
    const notDeflate = await readShareLink('#samson=aGVsbG8gd29ybGQ');
    assert.equal(notDeflate && !notDeflate.ok && notDeflate.problems[0]!.code, 'bad-format');
    // A valid link to another instrument is refused as such.
    const other = await createShareLink({ ...createResponse(instrument), instrument: { id: 'other', version: '1' } }, base);
    assert.ok(other.ok);
    const read = await readShareLink(other.value, instrument);
    assert.equal(read && !read.ok && read.problems[0]!.code, 'other-instrument');
    assert.equal(withoutShareLink(other.value), 'https://kommune.example/samson/?side=2');
    assert.equal(withoutShareLink(base), base);
  });

  it('property: reading any fragment never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (junk) => {
        const result = await readShareLink(`#samson=${junk}`, instrument);
        assert.ok(result === undefined || typeof result.ok === 'boolean');
      }),
      { numRuns: 100 },
    );
  });
});
