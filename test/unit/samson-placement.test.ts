import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  COLLABORATION_QUESTION_IDS,
  FIGURE_2_CELL_IDS,
  collaborationContentSchema,
  placeCollaboration,
  placementSchema,
} from '../../src/core/samson/placement.js';
import { createResponse, parseResponse, withCollaborationAnswer } from '../../src/core/samson/response.js';
import { loadBuiltInInstrument, samsonNb as nb } from '../../src/content/samson/index.js';

const [nn, da, en] = await Promise.all((['nn', 'da', 'en'] as const).map((locale) => loadBuiltInInstrument(locale)));

describe('placing the collaboration between thin and thick (Figur 1–2, 000:499-683)', () => {
  it('has no place until planning and delivery — the two axes of Figur 2 — are answered', () => {
    assert.equal(placeCollaboration(undefined).position, null);
    const partial = placeCollaboration({ planning: 'jointly', duration: 'lasting' });
    assert.equal(partial.position, null);
    assert.equal(partial.answered, 2);
    assert.equal(partial.total, COLLABORATION_QUESTION_IDS.length);
  });

  it('puts joint planning with professional delivery, short-lived and without shared power, at the thin end', () => {
    const place = placeCollaboration({
      initiative: 'professionals',
      planning: 'jointly',
      delivery: 'professionals',
      duration: 'one-off',
      power: 'one-party',
      'resident-roles': ['co-designers'],
    });
    assert.equal(place.cell, 'planned-with-civil-society');
    assert.equal(place.band, 'thin');
    assert.ok(place.position! < 3.5, String(place.position));
  });

  it('puts joint planning and delivery, lasting, with shared commitments and residents in all three roles, at the thick end', () => {
    const place = placeCollaboration({
      initiative: 'jointly',
      planning: 'jointly',
      delivery: 'jointly',
      'resident-roles': ['co-initiators', 'co-designers', 'co-implementers'],
      duration: 'lasting',
      power: 'shared-commitments',
    });
    assert.equal(place.cell, 'co-production');
    assert.equal(place.position, 10);
    assert.equal(place.band, 'thick');
    assert.equal(place.traditional, false);
  });

  it('flags professionals planning and delivering alone as a traditional service, at 0', () => {
    const place = placeCollaboration({ planning: 'professionals', delivery: 'professionals' });
    assert.equal(place.traditional, true);
    assert.equal(place.cell, 'traditional');
    assert.equal(place.position, 0);
  });

  it('moves towards thick with each answer that shares more, and is valid by its own schema', () => {
    const base = { planning: 'jointly', delivery: 'professionals' } as const;
    const a = placeCollaboration({ ...base, duration: 'one-off' }).position!;
    const b = placeCollaboration({ ...base, duration: 'limited' }).position!;
    const c = placeCollaboration({ ...base, duration: 'lasting' }).position!;
    assert.ok(a < b && b < c, `${a} ${b} ${c}`);
    assert.equal(placementSchema.safeParse(placeCollaboration({ ...base, duration: 'lasting' })).success, true);
    assert.deepEqual(placeCollaboration({ ...base, 'resident-roles': [] }).pulls.at(-1), { question: 'resident-roles', pull: 0 });
  });

  it('stores answers in the response, optional, and refuses an unknown option', () => {
    let response = createResponse(nb);
    assert.equal(response.collaboration, undefined);
    response = withCollaborationAnswer(response, 'planning', 'jointly');
    response = withCollaborationAnswer(response, 'resident-roles', ['co-designers']);
    const parsed = parseResponse(JSON.stringify(response), nb);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.collaboration, { planning: 'jointly', 'resident-roles': ['co-designers'] });
    response = withCollaborationAnswer(withCollaborationAnswer(response, 'planning', undefined), 'resident-roles', undefined);
    assert.equal(response.collaboration, undefined);
    assert.equal(parseResponse({ ...response, collaboration: { planning: 'the-mayor' } }).ok, false);
  });

  for (const instrument of [nb, nn, da, en]) {
    it(`${instrument.locale}: «Om samarbeidet» has every question, option, band and Figur 2 cell, and says it is not a measurement`, () => {
      const content = instrument.collaboration!;
      assert.equal(collaborationContentSchema.safeParse(content).success, true);
      assert.deepEqual(Object.keys(content.cells).sort(), [...FIGURE_2_CELL_IDS].sort());
      assert.match(content.caveat, /ikke en måling|ikkje ei måling|ikke en måling|not a measurement/);
      assert.match(content.ambition, /\?$/);
    });
  }
});
