import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPlan, type ImpactPlan, type Indicator } from '../../src/core/soimpact/plan.js';
import { STEP_IDS } from '../../src/core/soimpact/steps.js';
import { indicatorHasContent, stepHasContent } from '../../src/core/soimpact/plan-content.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';

const filled = (plan: ImpactPlan) => STEP_IDS.filter((id) => stepHasContent(plan, id));

const indicator = (extra: Partial<Indicator> = {}): Indicator => ({
  id: 'a',
  name: 'Antall deltakere',
  level: 'output',
  unit: 'count',
  measurements: [],
  ...extra,
});

describe('which steps a plan has filled in (the printed plan)', () => {
  it('a new plan has none: its placeholder name and empty texts are not content', () => {
    assert.deepEqual(filled(createPlan()), []);
    assert.deepEqual(filled({ ...createPlan({ title: 'Boost Refugee' }), problem: '  \n ' }), []);
  });

  it('Boost Refugee has every step but the targets, the baselines and the evaluations', () => {
    assert.deepEqual(filled(demoPlansNb['boost-refugee']), [
      'problem',
      'goals',
      'target-groups',
      'activities',
      'indicators',
      'methods',
      'measurements',
    ]);
  });

  it('one field of a step is enough, and an indicator’s step 6–8 content counts for its step', () => {
    const plan = createPlan();
    assert.equal(stepHasContent({ ...plan, period: { from: '2024-01-01' } }, 'problem'), true);
    assert.equal(stepHasContent({ ...plan, societalValue: { text: 'Bedre helse', references: [] } }, 'activities'), true);
    assert.equal(stepHasContent({ ...plan, indicators: [indicator()] }, 'methods'), false);
    assert.equal(stepHasContent({ ...plan, indicators: [indicator({ dataSource: 'NAV' })] }, 'methods'), true);
    const target = indicator({ target: { value: 40, date: '2025-12-31' } });
    assert.equal(indicatorHasContent(target, 'targets'), true);
    assert.equal(indicatorHasContent(target, 'baseline'), false);
    assert.deepEqual(filled({ ...plan, indicators: [target] }), ['indicators', 'targets']);
  });
});
