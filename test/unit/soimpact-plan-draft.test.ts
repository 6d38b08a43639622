import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlanDraft, serializePlanDraft, UNSAVED_PROPERTY } from '../../src/core/soimpact/plan-draft.js';
import { createPlan, parsePlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';
import { formatPath } from '../../src/core/problems.js';

function plan(): ImpactPlan {
  return {
    ...createPlan({ id: 'p', title: 'Jobbkurs' }, new Date('2026-01-01T00:00:00Z')),
    problem: 'Mange står utenfor arbeidslivet',
    indicators: [
      {
        id: 'a',
        name: 'Deltakere',
        level: 'output',
        unit: 'count',
        measurements: [
          { date: '2026-01-31', value: 4 },
          { date: '2026-02-28', value: 6 },
        ],
      },
      { id: 'b', name: 'I jobb', level: 'outcome', unit: 'share', measurements: [] },
    ],
    evaluations: [{ date: '2026-03-01', text: 'God start' }],
  };
}

describe('parsePlanDraft', () => {
  it('round-trips a plan with the fields typed into rows not added yet', () => {
    const text = serializePlanDraft({
      plan: plan(),
      unsaved: [
        ['new.evaluation.text', 'Halvveis skrevet'],
        ['new.m.a.value', '7'],
      ],
    });
    assert.equal(parsePlan(text).ok, true, 'still a plan for any other reader');
    const read = parsePlanDraft(text);
    assert.ok(read.ok);
    assert.deepEqual(read.value.plan, plan());
    assert.deepEqual(read.value.unsaved, [
      ['new.evaluation.text', 'Halvveis skrevet'],
      ['new.m.a.value', '7'],
    ]);
    assert.deepEqual(read.dropped, []);
  });

  it('keeps everything but a 600-character title, and says the title was dropped', () => {
    const read = parsePlanDraft(JSON.stringify({ ...plan(), title: 'x'.repeat(600) }));
    assert.ok(read.ok);
    assert.equal(read.value.plan.title, 'SoImpact');
    assert.equal(read.value.plan.problem, plan().problem);
    assert.deepEqual(read.value.plan.indicators, plan().indicators);
    assert.deepEqual(
      read.dropped.map((p) => [formatPath(p.path), p.code]),
      [['title', 'too-big']],
    );
  });

  it('drops one bad measurement, not the indicator or the plan', () => {
    const broken = plan() as unknown as { indicators: Array<{ measurements: unknown[] }> };
    broken.indicators[0]!.measurements.splice(1, 0, { date: '2026-02-10', value: 'mange' });
    const read = parsePlanDraft(JSON.stringify(broken));
    assert.ok(read.ok);
    assert.deepEqual(read.value.plan.indicators[0]!.measurements, plan().indicators[0]!.measurements);
    assert.deepEqual(
      read.dropped.map((p) => formatPath(p.path)),
      ['indicators[0].measurements[1].value'],
    );
  });

  it('drops an indicator without a valid name and one whose target equals its baseline, keeps the rest', () => {
    const broken = plan() as unknown as { indicators: unknown[] };
    broken.indicators.push({ id: 'c', name: '', level: 'output', unit: 'count' });
    broken.indicators.push({
      id: 'd',
      name: 'Lik',
      level: 'output',
      unit: 'count',
      baseline: { value: 1, date: '2026-01-01' },
      target: { value: 1, date: '2026-12-31' },
    });
    const read = parsePlanDraft(JSON.stringify(broken));
    assert.ok(read.ok);
    assert.deepEqual(
      read.value.plan.indicators.map((i) => i.id),
      ['a', 'b'],
    );
    assert.equal(read.dropped.length, 2);
  });

  it('refuses a newer format whole, so it can be kept aside untouched', () => {
    const read = parsePlanDraft(JSON.stringify({ ...plan(), format: 'soimpact-plan@3' }));
    assert.equal(read.ok, false);
    assert.equal(!read.ok && read.problems[0]!.code, 'newer-format');
  });

  it('ignores unsaved fields that are not text, too long, or under a __proto__ key', () => {
    const text = JSON.stringify({ ...plan(), [UNSAVED_PROPERTY]: { ok: 'ja', n: 5, long: 'x'.repeat(10001) } }).replace(
      `"${UNSAVED_PROPERTY}":{`,
      `"${UNSAVED_PROPERTY}":{"__proto__":"p",`,
    );
    const read = parsePlanDraft(text);
    assert.ok(read.ok);
    assert.deepEqual(read.value.unsaved, [
      ['__proto__', 'p'],
      ['ok', 'ja'],
    ]);
    assert.equal(({} as Record<string, unknown>).ok, undefined);
  });
});

describe('soimpact-plan@2 (completedAt)', () => {
  it('opens a @1 plan, migrated to @2, and keeps completedAt in a @2 plan', () => {
    const old = { ...plan(), format: 'soimpact-plan@1' };
    const read = parsePlan(old);
    assert.ok(read.ok);
    assert.equal(read.value.format, 'soimpact-plan@2');
    assert.equal(read.value.completedAt, undefined);
    const finished = parsePlan({ ...read.value, completedAt: '2026-03-01T10:00:00.000Z' });
    assert.ok(finished.ok);
    assert.equal(finished.value.completedAt, '2026-03-01T10:00:00.000Z');
    const draft = parsePlanDraft(JSON.stringify(old));
    assert.ok(draft.ok);
    assert.equal(draft.value.plan.format, 'soimpact-plan@2');
  });

  it('refuses @3 as newer, so a draft from a later version is kept aside, never overwritten', () => {
    const read = parsePlan({ ...plan(), format: 'soimpact-plan@3' });
    assert.equal(!read.ok && read.problems[0]!.code, 'newer-format');
  });
});
