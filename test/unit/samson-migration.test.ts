import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { samsonNb } from '../../src/content/samson/index.js';
import { parseResponse, type Response } from '../../src/core/samson/response.js';
import { migrateResponse, needsMigration, SAMSON_1_0_REPLACED } from '../../src/core/samson/migration.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';

/** A response as SAMSON 1.0 saved it: 1–5 weights and answers keyed by 1.0 ids. */
const saved10: Response = {
  format: 'samson-response@1',
  instrument: { id: 'samson', version: '1.0.0' },
  label: 'Runde 1',
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T11:00:00.000Z',
  weights: { apenhet: 5, demokrati: 4, kreativitet: 3, ledelse: 5 },
  answers: {
    'likeverdighet-1': { rating: 4, idea: 'Bytt på å være vertskap' },
    'likeverdighet-6': { rating: 2, idea: 'Kommunen tar ordet mindre' },
    'kommunikasjon-5': { rating: 'not-relevant' },
    'kompetansekomplementaritet-6': { rating: 3 },
    'forankring-6': { idea: 'Orienter formannskapet i mai' },
  },
};

describe('opening a SAMSON 1.0 response in 1.1', () => {
  it('keeps answers to unchanged statements and moves the others, with their ideas, to earlierAnswers', () => {
    const result = parseResponse(JSON.stringify(saved10), samsonNb);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const migrated = result.value;
    assert.deepEqual(migrated.instrument, { id: 'samson', version: '1.1.0' });
    assert.equal(migrated.migratedFrom, '1.0.0');
    assert.deepEqual(migrated.answers, {
      'likeverdighet-1': { rating: 4, idea: 'Bytt på å være vertskap' },
      'kompetansekomplementaritet-6': { rating: 3 },
    });
    assert.deepEqual(migrated.earlierAnswers, {
      'likeverdighet-6': { rating: 2, idea: 'Kommunen tar ordet mindre', version: '1.0.0', replacedBy: ['likeverdighet-11'] },
      'kommunikasjon-5': { rating: 'not-relevant', version: '1.0.0', replacedBy: [] },
      'forankring-6': { idea: 'Orienter formannskapet i mai', version: '1.0.0', replacedBy: ['forankring-12'] },
    });
    assert.deepEqual(migrated.weights, saved10.weights, '1.0 weights are kept and still count');
    assert.equal(migrated.updatedAt, saved10.updatedAt, 'opening changes nothing the group did');
  });

  it('scores the kept answers and nothing else, with 1.0 weights as importance', () => {
    const migrated = migrateResponse(saved10, samsonNb);
    const scores = scoreResponse(samsonNb, migrated);
    const rated = scores.statements.filter((s) => s.score !== null).map((s) => s.statementId);
    assert.deepEqual(rated, ['likeverdighet-1', 'kompetansekomplementaritet-6']);
    assert.ok(scores.statements.every((s) => s.importance !== null));
  });

  it('is idempotent, leaves a 1.1 response alone and round-trips through JSON', () => {
    const once = migrateResponse(saved10, samsonNb);
    assert.deepEqual(migrateResponse(once, samsonNb), once);
    assert.equal(needsMigration(once, samsonNb), false);
    const again = parseResponse(JSON.stringify(once), samsonNb);
    assert.ok(again.ok);
    assert.deepEqual(again.value, once);
  });

  it('loses nothing: every 1.0 answer is either kept or in earlierAnswers', () => {
    const answers = Object.fromEntries(
      Object.keys(SAMSON_1_0_REPLACED).map((id, i) => [id, { rating: (i % 5) + 1, idea: `idé ${i}` }]),
    );
    const migrated = migrateResponse({ ...saved10, answers: { ...saved10.answers, ...answers } }, samsonNb);
    const kept = Object.keys(migrated.answers).length + Object.keys(migrated.earlierAnswers ?? {}).length;
    assert.equal(kept, Object.keys({ ...saved10.answers, ...answers }).length);
  });

  it('shows the note in every language that has it', () => {
    assert.match(samsonNb.guidance.migrated!, /1\.1/);
  });
});
