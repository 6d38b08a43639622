// The shared form and draft behaviour (test/fixtures/form-element-behaviour.ts), run for the planner.
import { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import '../../src/elements/soimpact-planner/define.js';
import { createPlan } from '../../src/core/soimpact/plan.js';
import { formElementBehaviour } from '../fixtures/form-element-behaviour.js';

const heading = (el: SoimpactPlanner) => el.shadowRoot!.querySelector('h2.plan-title')?.textContent ?? '';

formElementBehaviour<SoimpactPlanner>({
  tag: 'soimpact-planner',
  errorEvent: 'soimpact-error',
  defaultKey: 'soimpact:plan',
  async create({ storageKey, parent }) {
    const el = document.createElement('soimpact-planner');
    if (storageKey !== undefined) el.setAttribute('storage-key', storageKey);
    (parent ?? document.body).append(el);
    await el.updateComplete;
    return el;
  },
  textField: (el) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-plan_problem')!,
  typed: (el) => el.plan.problem ?? '',
  draft: (text) => ({ ...createPlan({ id: 'utkast', title: 'Utkast' }), problem: text }),
  // The 600-character title of issue 11: only the title may be lost.
  draftWithOneBadPart: (text) => ({ ...createPlan({ id: 'utkast' }), problem: text, title: 'x'.repeat(600) }),
  newerDraft: () => ({ ...createPlan({ id: 'nyere', title: 'Fra en nyere versjon' }), format: 'soimpact-plan@9', panels: [] }),
  defineAs: (tag) => customElements.define(tag, class extends SoimpactPlanner {}),
  defineModule: '/src/elements/soimpact-planner/define.ts',
  earlyProperties: [
    {
      name: 'plan',
      value: () => ({ ...createPlan({ id: 'tidlig', title: 'Satt tidlig' }) }),
      taken: (el) => heading(el) === 'Satt tidlig',
    },
    { name: 'autosave', value: () => false, taken: (el) => el.autosave === false },
    {
      name: 'preview',
      value: () => false,
      taken: (el) => el.preview === false && !el.shadowRoot!.querySelector('soimpact-chain'),
    },
    { name: 'readonly', value: () => true, taken: (el) => el.readonly && el.hasAttribute('readonly') },
  ],
});
