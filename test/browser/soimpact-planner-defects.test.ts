import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { createPlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';
import { f, goToStep as step, q, settle, type } from '../fixtures/soimpact-planner-helpers.js';

/** The planner's cases of issue 11: each failed before the fix. */

const KEY = 'test:planner-defects';

function setDate(el: SoimpactPlanner, selector: string, date: string): void {
  const field = q<HTMLInputElement>(el, selector);
  field.value = date;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<soimpact-planner> defects of issue 11', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('refuses goToStep with a bad argument: an error event and a warning, never a throw', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    el.goToStep(3);
    await settle(el);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      for (const bad of [Number.NaN, 'x', 2.5, -1, 10, Number.POSITIVE_INFINITY, undefined, null, {}] as unknown[]) {
        const errorEvent = oneEvent(el, 'soimpact-error');
        el.goToStep(bad as number);
        const error = await errorEvent;
        expect(error.detail.problems, String(bad)).to.have.length(1);
        expect(error.detail.message).to.contain('goToStep');
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(9);
    await settle(el);
    expect(q(el, '#step-heading').textContent).to.contain('Steg 4 av 10');
  });

  it('keeps every keystroke after a click on the step that is already open', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    await step(el, 1);
    el.goToStep(0);
    await settle(el);
    await type(el, f('plan.problem'), 'Vi burde møtes oftere');
    expect(q<HTMLTextAreaElement>(el, f('plan.problem')).value).to.equal('Vi burde møtes oftere');
    expect(el.plan.problem).to.equal('Vi burde møtes oftere');
    expect(el.shadowRoot!.activeElement!.id).to.equal(f('plan.problem').slice(1));
  });

  it('lets a saved draft win over a plan set before the first render, and keeps the draft stored', async () => {
    const draft = { ...createPlan({ id: 'utkast', title: 'Utkastet' }), problem: 'Skrevet i går' };
    localStorage.setItem(KEY, JSON.stringify(draft));
    const el = document.createElement('soimpact-planner');
    el.storageKey = KEY;
    el.plan = { ...createPlan({ id: 'fra-siden', title: 'Fra siden' }), problem: 'Satt av siden' };
    document.body.append(el);
    try {
      await settle(el);
      expect(el.plan.problem).to.equal('Skrevet i går');
      expect(JSON.parse(localStorage.getItem(KEY)!).problem).to.equal('Skrevet i går');
      expect(q(el, '.notice').textContent).to.contain('hentet fram');
    } finally {
      el.remove();
    }
    // With no draft, the page's plan is used and saved.
    localStorage.removeItem(KEY);
    const fresh = document.createElement('soimpact-planner');
    fresh.storageKey = KEY;
    fresh.plan = { ...createPlan({ id: 'fra-siden', title: 'Fra siden' }), problem: 'Satt av siden' };
    document.body.append(fresh);
    try {
      await settle(fresh);
      expect(fresh.plan.problem).to.equal('Satt av siden');
      expect(JSON.parse(localStorage.getItem(KEY)!).problem).to.equal('Satt av siden');
    } finally {
      fresh.remove();
    }
  });

  it('works with indicators named constructor, toString and __proto__', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    await step(el, 5);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await type(el, f('new.indicator.name'), name);
      q<HTMLButtonElement>(el, 'button.add-indicator').click();
      await settle(el);
    }
    expect(el.plan.indicators.map((i) => i.id)).to.deep.equal(['constructor', 'tostring', 'proto', 'hasownproperty']);
    await type(el, f('ind.constructor.name'), 'constructor (omdøpt)');
    expect(el.plan.indicators[0]!.name).to.equal('constructor (omdøpt)');

    await step(el, 7);
    await type(el, f('ind.constructor.target.value'), '12');
    setDate(el, f('ind.constructor.target.date'), '2026-12-31');
    await settle(el);
    expect(el.plan.indicators[0]!.target).to.deep.equal({ value: 12, date: '2026-12-31' });

    await step(el, 9);
    setDate(el, f('new.m.tostring.date'), '2026-01-31');
    await type(el, f('new.m.tostring.value'), '3');
    q<HTMLButtonElement>(el, 'button.add-measurement[data-id="tostring"]').click();
    await settle(el);
    expect(el.plan.indicators[1]!.measurements).to.deep.equal([{ date: '2026-01-31', value: 3 }]);

    const input = q<HTMLInputElement>(el, '#import-csv');
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['indicator;date;value\nconstructor;2026-02-28;5\nproto;2026-02-28;1\n'], 'm.csv', { type: 'text/csv' }),
    );
    input.files = transfer.files;
    const changed = oneEvent(el, 'soimpact-change');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const plan = (await changed).detail.plan as ImpactPlan;
    expect(plan.indicators[0]!.measurements).to.deep.equal([{ date: '2026-02-28', value: 5 }]);
    expect(plan.indicators[2]!.measurements).to.deep.equal([{ date: '2026-02-28', value: 1 }]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('opens a plan file with __proto__ keys without polluting anything, and never throws on a hostile value', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    const plan = createPlan({ id: 'fil', title: 'Fil' });
    const text = JSON.stringify(plan).replace('{', '{"__proto__":{"polluted":true},');
    const input = q<HTMLInputElement>(el, '#import-json');
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'plan.json', { type: 'application/json' }));
    input.files = transfer.files;
    const changed = oneEvent(el, 'soimpact-change');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).detail.plan.id).to.equal('fil');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((el.plan as unknown as Record<string, unknown>).polluted).to.equal(undefined);

    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
        ownKeys() {
          throw new Error('hostile');
        },
      },
    );
    const errorEvent = oneEvent(el, 'soimpact-error');
    el.plan = hostile as ImpactPlan;
    const error = await errorEvent;
    expect(error.detail.problems.length).to.be.greaterThan(0);
    expect(el.plan.id).to.equal('fil');
  });

  it('restores a draft with a 600-character title: everything else kept, the title dropped and named', async () => {
    const plan = { ...createPlan({ id: 'utkast', title: 'x'.repeat(600) }), problem: 'Behold dette' };
    plan.indicators = [
      {
        id: 'deltakere',
        name: 'Antall deltakere',
        level: 'output',
        unit: 'count',
        measurements: [{ date: '2026-01-31', value: 4 }],
      },
    ];
    localStorage.setItem(KEY, JSON.stringify(plan));
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key=${KEY}></soimpact-planner>`);
    await settle(el);
    expect(el.plan.problem).to.equal('Behold dette');
    expect(el.plan.indicators[0]!.measurements).to.deep.equal([{ date: '2026-01-31', value: 4 }]);
    const notice = q(el, '.notice').textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('Noen deler kunne ikke leses og er utelatt');
    expect(notice).to.contain('Tittelen: Kan ha høyst 500 tegn.');
    // The field takes no more than the schema keeps, so the next save is valid.
    expect(q<HTMLInputElement>(el, f('plan.title')).maxLength).to.equal(500);
  });

  it('keeps text typed into rows not added yet in the draft, and a reload brings it back', async () => {
    const plan = { ...createPlan({ id: 'rader', title: 'Rader' }), problem: 'Et problem' };
    plan.indicators = [{ id: 'deltakere', name: 'Antall deltakere', level: 'output', unit: 'count', measurements: [] }];
    const first = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key=${KEY} .plan=${plan}></soimpact-planner>`);
    await step(first, 9);
    await type(first, f('new.m.deltakere.value'), '17');
    await type(first, f('new.m.deltakere.note'), 'Halvveis');
    await step(first, 10);
    await type(first, f('new.evaluation.text'), 'Vi har lært at');
    await step(first, 7);
    await type(first, f('ind.deltakere.target.value'), '40');
    // A tab killed in the background: only the hidden page's save runs.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as unknown as { visibilityState?: string }).visibilityState;
    expect(JSON.parse(localStorage.getItem(KEY)!).unsaved).to.deep.include({
      'new.evaluation.text': 'Vi har lært at',
      'new.m.deltakere.note': 'Halvveis',
    });
    first.remove();

    const second = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key=${KEY}></soimpact-planner>`);
    await step(second, 7);
    expect(q<HTMLInputElement>(second, f('ind.deltakere.target.value')).value).to.equal('40');
    await step(second, 9);
    expect(q<HTMLInputElement>(second, f('new.m.deltakere.value')).value).to.equal('17');
    expect(q<HTMLInputElement>(second, f('new.m.deltakere.note')).value).to.equal('Halvveis');
    await step(second, 10);
    expect(q<HTMLTextAreaElement>(second, f('new.evaluation.text')).value).to.equal('Vi har lært at');
    // And the exported plan is still a plain plan.
    expect(JSON.parse(second.exportJson())).not.to.have.property('unsaved');
  });
});
