import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import type { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { createPlan, parsePlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';
import { demoPlansNb, loadDemoPlan } from '../../src/content/soimpact/index.js';
import { loadSteps } from '../../src/content/soimpact/steps.js';
import { getLocale, type Locale } from '../../src/i18n/locale.js';
import { nextTask, until } from '../fixtures/wait.js';
import { catchDownloads, f, goToStep, pick, q, settle, type } from '../fixtures/soimpact-planner-helpers.js';

const EVIL = '<img src=x onerror=alert(1)>';

async function setLanguage(lang: Locale): Promise<void> {
  document.documentElement.lang = lang;
  await until(() => getLocale() === lang, `the ${lang} locale`);
}

function withIndicators(): ImpactPlan {
  const plan = createPlan({ id: 'test', title: 'Test' });
  plan.problem = 'Et problem';
  plan.indicators = [
    { id: 'deltakere', name: 'Antall deltakere', level: 'output', unit: 'count', measurements: [] },
    {
      id: 'i-jobb',
      name: 'Andel i jobb',
      level: 'outcome',
      unit: 'share',
      baseline: { value: 10, date: '2025-01-01' },
      measurements: [{ date: '2025-02-01', value: 12 }],
    },
  ];
  return plan;
}

describe('<soimpact-planner>', () => {
  beforeEach(() => {
    localStorage.removeItem('test:planner');
  });
  afterEach(async () => {
    localStorage.removeItem('test:planner');
    await setLanguage('nb');
  });

  it('lists the ten steps in the documents order and moves focus to the step heading', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    const links = [...el.shadowRoot!.querySelectorAll('.step-link')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(links).to.have.length(10);
    expect(links[0]).to.contain('Samfunnsproblemet');
    expect(links[4]).to.contain('Måleindikatorer');
    expect(links[9]).to.contain('Evaluering og tilpasning');
    await goToStep(el, 5);
    expect(el.shadowRoot!.activeElement!.id).to.equal('step-heading');
    expect(q(el, '#step-heading').textContent).to.contain('Steg 5 av 10');
    expect(q(el, '.step-link[aria-current="step"]').textContent).to.contain('Måleindikatorer');
    // The public method opens a step without pulling focus into the element from outside.
    (document.activeElement as HTMLElement | null)?.blur();
    el.goToStep(9);
    await settle(el);
    expect(q(el, '#step-heading').textContent).to.contain('Steg 10 av 10');
    expect(el.shadowRoot!.activeElement).to.equal(null);
    await goToStep(el, 5);
    // Step 5 carries the five pieces of advice for choosing indicators.
    expect(el.shadowRoot!.querySelectorAll('.advice li')).to.have.length(5);
    expect(q(el, '.advice').textContent).to.contain('Involver interessentene');
  });

  it('has a plan getter that is never undefined and a setter that validates', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    expect(el.plan).to.exist;
    expect(parsePlan(el.plan).ok).to.equal(true);
    el.plan = demoPlansNb['job-course'];
    expect(el.plan.id).to.equal('job-course');
    // A copy: changing it changes nothing inside.
    el.plan.title = 'changed';
    expect(el.plan.title).to.equal(demoPlansNb['job-course'].title);
  });

  it('emits soimpact-change with a copy of the plan on every edit', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    const events: CustomEvent[] = [];
    el.addEventListener('soimpact-change', (e) => events.push(e));
    await type(el, f('plan.problem'), 'Ensomhet');
    expect(events).to.have.length('Ensomhet'.length);
    const last = events.at(-1)!;
    expect(last.bubbles && last.composed).to.equal(true);
    expect(last.detail.plan.problem).to.equal('Ensomhet');
    last.detail.plan.problem = 'mutated';
    expect(el.plan.problem).to.equal('Ensomhet');
  });

  it('validates inline, in words, and never throws away what was typed', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" .plan=${withIndicators()}></soimpact-planner>`,
    );
    await goToStep(el, 7);
    await type(el, f('ind.i-jobb.target.value'), 'mange');
    const field = q<HTMLInputElement>(el, f('ind.i-jobb.target.value'));
    expect(field.value).to.equal('mange');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = q(el, `${f('ind.i-jobb.target.value')}-error`);
    expect(error.textContent).to.contain('«mange» er ikke et tall.');
    expect(field.getAttribute('aria-describedby')).to.contain(error.id);
    expect(el.plan.indicators[1]!.target).to.equal(undefined);

    // A value and no date: the date is asked for; still nothing lost.
    await type(el, f('ind.i-jobb.target.value'), '10');
    expect(q(el, `${f('ind.i-jobb.target.date')}-error`).textContent).to.contain('Velg en dato');
    // A target equal to the baseline is refused with the core's reason.
    const date = q<HTMLInputElement>(el, f('ind.i-jobb.target.date'));
    date.value = '2025-12-31';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(q(el, `${f('ind.i-jobb.target.value')}-error`).textContent).to.contain('samme som nullpunktet');
    expect(q<HTMLInputElement>(el, f('ind.i-jobb.target.value')).value).to.equal('10');
    expect(el.plan.indicators[1]!.target).to.equal(undefined);
    // A share above 100 % is refused too.
    await type(el, f('ind.i-jobb.target.value'), '140');
    expect(q(el, `${f('ind.i-jobb.target.value')}-error`).textContent).to.contain('100');
    // Fixed: the plan takes it and the message goes.
    await type(el, f('ind.i-jobb.target.value'), '40');
    expect(el.plan.indicators[1]!.target).to.deep.equal({ value: 40, date: '2025-12-31' });
    expect(el.shadowRoot!.querySelector(`${f('ind.i-jobb.target.value')}-error`)).to.equal(null);

    // An empty title is refused, the previous title kept in the plan, the empty field left as typed.
    await goToStep(el, 1);
    const title = q<HTMLInputElement>(el, f('plan.title'));
    title.value = '';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(q(el, `${f('plan.title')}-error`).textContent).to.contain('Skriv et navn');
    expect(el.plan.title).to.equal('Test');

    // A measurement without a date: asked for, the typed value and note kept.
    await goToStep(el, 9);
    await type(el, f('new.m.deltakere.value'), '15');
    await type(el, f('new.m.deltakere.note'), 'Ny gruppe');
    q<HTMLButtonElement>(el, 'button.add-measurement[data-id="deltakere"]').click();
    await settle(el);
    expect(q(el, `${f('new.m.deltakere.date')}-error`).textContent).to.contain('Velg datoen');
    expect(q<HTMLInputElement>(el, f('new.m.deltakere.value')).value).to.equal('15');
    expect(q<HTMLInputElement>(el, f('new.m.deltakere.note')).value).to.equal('Ny gruppe');
    expect(el.plan.indicators[0]!.measurements).to.deep.equal([]);
  });

  it('adds, edits and removes indicators, with an inline confirmation before removing', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" .plan=${withIndicators()}></soimpact-planner>`,
    );
    await goToStep(el, 5);
    await type(el, f('new.indicator.name'), 'Antall deltakere');
    q<HTMLButtonElement>(el, 'button.add-indicator').click();
    await settle(el);
    // Ids come from names and stay unique.
    expect(el.plan.indicators.map((i) => i.id)).to.deep.equal(['deltakere', 'i-jobb', 'antall-deltakere']);
    await type(el, f('ind.antall-deltakere.name'), 'Antall kvinner som deltok');
    expect(el.plan.indicators[2]!.name).to.equal('Antall kvinner som deltok');
    const level = q<HTMLSelectElement>(el, f('ind.antall-deltakere.level'));
    level.value = 'impact';
    level.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.plan.indicators[2]!.level).to.equal('impact');

    q<HTMLButtonElement>(el, '.remove-indicator[data-id="i-jobb"]').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement!.matches('.confirm-remove')).to.equal(true);
    expect(q(el, '.confirm').textContent).to.contain('Andel i jobb');
    q<HTMLButtonElement>(el, '.cancel-remove').click();
    await settle(el);
    expect(el.plan.indicators).to.have.length(3);
    expect(el.shadowRoot!.activeElement!.matches('.remove-indicator[data-id="i-jobb"]')).to.equal(true);
    q<HTMLButtonElement>(el, '.remove-indicator[data-id="i-jobb"]').click();
    await settle(el);
    q<HTMLButtonElement>(el, '.confirm-remove').click();
    await settle(el);
    expect(el.plan.indicators.map((i) => i.id)).to.deep.equal(['deltakere', 'antall-deltakere']);
    expect(q(el, '[role="status"]').textContent).to.contain('fjernet');
  });

  it('records evaluations in date order and removes them', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" .plan=${withIndicators()}></soimpact-planner>`,
    );
    await goToStep(el, 10);
    for (const [date, text] of [
      ['2025-06-01', 'Juni: færre enn ventet'],
      ['2025-03-01', 'Mars: god start'],
    ]) {
      const field = q<HTMLInputElement>(el, f('new.evaluation.date'));
      field.value = date!;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await type(el, f('new.evaluation.text'), text!);
      q<HTMLButtonElement>(el, 'button.add-evaluation').click();
      await settle(el);
    }
    expect(el.plan.evaluations.map((e) => e.date)).to.deep.equal(['2025-03-01', '2025-06-01']);
    q<HTMLButtonElement>(el, '.remove-evaluation').click();
    await settle(el);
    expect(el.plan.evaluations.map((e) => e.text)).to.deep.equal(['Juni: færre enn ventet']);
  });

  it('refuses to mark an empty plan complete, and says why', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    await goToStep(el, 10);
    const errorEvent = oneEvent(el, 'soimpact-error');
    q<HTMLButtonElement>(el, '.mark-complete').click();
    const error = await errorEvent;
    expect(error.detail.message).to.contain('samfunnsproblemet');
    await settle(el);
    expect(q(el, '.complete [role="alert"]').textContent).to.contain('minst én indikator');
  });

  it('shows a localized message and emits soimpact-error for an invalid plan file, keeping what was typed', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
    await type(el, f('plan.problem'), 'Tekst jeg har skrevet');
    const errors: CustomEvent[] = [];
    el.addEventListener('soimpact-error', (e) => errors.push(e));

    await pick(el, '#import-json', 'broken.json', '{ "format": "soimpact-plan@1", "title": ');
    await until(() => errors.length === 1, 'the error for broken.json');
    await settle(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.problems[0].code).to.equal('not-json');
    const alert = q(el, '[role="alert"]');
    expect(alert.textContent).to.contain('«broken.json» kunne ikke åpnes');
    expect(alert.textContent).to.contain('ikke gyldig JSON');

    const wrong = { ...withIndicators(), indicators: [{ id: 'X X', name: '', level: 'somewhere', unit: 'count' }] };
    await pick(el, '#import-json', 'wrong.json', JSON.stringify(wrong));
    await until(() => errors.length === 2, 'the error for wrong.json');
    await settle(el);
    expect(errors).to.have.length(2);
    // On screen in the planner's words (the indicator has no name yet: by its number); the paths are the event's.
    const shown = q(el, '[role="alert"]').textContent!;
    expect(shown).to.contain('Indikator 1, nivået: Må være én av');
    expect(shown).to.contain('Indikator 1, navnet: Må ha minst 1 tegn.');
    expect(shown).not.to.contain('indicators[0]');
    expect(errors[1]!.detail.message).to.contain('indicators[0].level');
    expect(errors[1]!.detail.message).to.contain('indicators[0].name');
    expect(q<HTMLTextAreaElement>(el, f('plan.problem')).value).to.equal('Tekst jeg har skrevet');
    expect(el.plan.problem).to.equal('Tekst jeg har skrevet');

    // The same through the property.
    const newerEvent = oneEvent(el, 'soimpact-error');
    el.plan = { format: 'soimpact-plan@9' } as unknown as ImpactPlan;
    const newer = await newerEvent;
    expect(newer.detail.problems[0].code).to.equal('newer-format');
    expect(el.plan.problem).to.equal('Tekst jeg har skrevet');

    // A good file replaces the plan and is announced.
    const changed = oneEvent(el, 'soimpact-change');
    await pick(el, '#import-json', 'good.json', JSON.stringify(demoPlansNb['boost-refugee']));
    expect((await changed).detail.plan.id).to.equal('boost-refugee');
  });

  for (const [lang, says, title] of [
    [
      'nb',
      'Indikatoren «Antall deltakere», måling 2, datoen: Må være en dato på formen 2025-03-31',
      '«gammel.json» kunne ikke åpnes',
    ],
    [
      'en',
      'The indicator “Antall deltakere”, reading 2, the date: Must be a date in the form 2025-03-31',
      '“gammel.json” could not be opened',
    ],
  ] as const) {
    it(`says where a problem in an imported plan is by the indicator's name, not its path (${lang})`, async () => {
      await setLanguage(lang);
      try {
        const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
        const plan = withIndicators();
        plan.indicators[0]!.measurements = [
          { date: '2025-01-31', value: 3 },
          { date: '31.02.2025', value: 4 },
        ];
        const refused = oneEvent(el, 'soimpact-error');
        await pick(el, '#import-json', 'gammel.json', JSON.stringify(plan));
        const detail = (await refused).detail;
        await settle(el);
        const alert = q(el, '[role="alert"]').textContent!;
        expect(alert).to.contain(title);
        expect(alert).to.contain(says);
        expect(alert).not.to.match(/\w\.\w+\.\w|\[\d+\]/);
        expect(detail.problems[0].path).to.deep.equal(['indicators', 0, 'measurements', 1, 'date']);
        expect(detail.message).to.contain('indicators[0].measurements[1].date');
      } finally {
        await setLanguage('nb');
      }
    });
  }

  it('imports measurements from CSV and refuses a CSV with problems', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" .plan=${withIndicators()}></soimpact-planner>`,
    );
    await goToStep(el, 9);
    const bad = oneEvent(el, 'soimpact-error');
    await pick(el, '#import-csv', 'bad.csv', 'indicator;date;value\ndeltakere;2025-01-31;mange\n');
    expect((await bad).detail.problems[0].code).to.equal('bad-cell');
    const good = oneEvent(el, 'soimpact-change');
    await pick(
      el,
      '#import-csv',
      'good.csv',
      'indicator;date;value;note\ndeltakere;2025-01-31;12;\ndeltakere;28.02.2025;15;"Ny gruppe"\n',
    );
    expect((await good).detail.plan.indicators[0].measurements).to.deep.equal([
      { date: '2025-01-31', value: 12 },
      { date: '2025-02-28', value: 15, note: 'Ny gruppe' },
    ]);
  });

  it('exports JSON and formula-safe CSV as downloads', async () => {
    const plan = withIndicators();
    plan.indicators[1]!.measurements[0]!.note = '=HYPERLINK("http://evil.example","klikk")';
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${plan}></soimpact-planner>`);
    expect(el.exportCsv()).to.contain(`"'=HYPERLINK(""http://evil.example"",""klikk"")"`);
    expect(parsePlan(el.exportJson()).ok).to.equal(true);

    const downloads = catchDownloads(() => {
      q<HTMLButtonElement>(el, '.export-json').click();
      q<HTMLButtonElement>(el, '.export-csv').click();
    });
    expect(downloads.map((d) => d.name)).to.deep.equal(['test.soimpact.json', 'test-maalinger.csv']);
    expect(JSON.parse(await downloads[0]!.blob.text()).id).to.equal('test');
    expect(await downloads[1]!.blob.text()).to.match(/^indicator;date;value;note\r\n/);
  });

  it('autosaves to localStorage and restores the draft in a new element', async () => {
    const first = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key="test:planner"></soimpact-planner>`);
    await type(first, f('plan.problem'), 'Lagret tekst');
    // Saved once typing pauses (the shared draft controller's debounce).
    await waitUntil(() => localStorage.getItem('test:planner')?.includes('Lagret tekst'), 'the draft is saved');
    expect(JSON.parse(localStorage.getItem('test:planner')!).problem).to.equal('Lagret tekst');
    first.remove();
    const second = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key="test:planner"></soimpact-planner>`);
    await settle(second);
    expect(second.plan.problem).to.equal('Lagret tekst');
    expect(q<HTMLTextAreaElement>(second, f('plan.problem')).value).to.equal('Lagret tekst');
    expect(q(second, '.notice').textContent).to.contain('hentet fram');
    // autosave="false" neither reads nor writes.
    const off = await fixture<SoimpactPlanner>(
      html`<soimpact-planner storage-key="test:planner" autosave="false"></soimpact-planner>`,
    );
    expect(off.plan.problem).to.equal('');
  });

  it('deletes the draft after an inline confirmation', async () => {
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key="test:planner"></soimpact-planner>`);
    await type(el, f('plan.problem'), 'Skal bort');
    await waitUntil(() => localStorage.getItem('test:planner') !== null, 'the draft is saved');
    q<HTMLButtonElement>(el, 'button.delete').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement!.matches('.confirm-delete')).to.equal(true);
    q<HTMLButtonElement>(el, '.cancel-delete').click();
    await settle(el);
    expect(localStorage.getItem('test:planner')).to.not.equal(null);
    expect(el.shadowRoot!.activeElement!.matches('button.delete')).to.equal(true);
    q<HTMLButtonElement>(el, 'button.delete').click();
    await settle(el);
    const changed = oneEvent(el, 'soimpact-change');
    q<HTMLButtonElement>(el, '.confirm-delete').click();
    expect((await changed).detail.plan.problem).to.equal('');
    expect(localStorage.getItem('test:planner')).to.equal(null);
    expect(q<HTMLTextAreaElement>(el, f('plan.problem')).value).to.equal('');
  });

  it('keeps working in memory, and says so, when localStorage fails', async () => {
    const get = Storage.prototype.getItem;
    const set = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await fixture<SoimpactPlanner>(html`<soimpact-planner storage-key="test:planner"></soimpact-planner>`);
      await settle(el);
      expect(q(el, '.notice').textContent).to.contain('lar ikke siden lagre');
      await type(el, f('plan.problem'), 'Bare i minnet');
      expect(el.plan.problem).to.equal('Bare i minnet');
      expect(q(el, '.notice').textContent).to.contain('last ned planen');
    } finally {
      Storage.prototype.getItem = get;
      Storage.prototype.setItem = set;
    }
  });

  it('renders what the user types as text, in the form and in the live preview', async () => {
    let alerted = false;
    const alert = window.alert;
    window.alert = () => {
      alerted = true;
    };
    try {
      const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false"></soimpact-planner>`);
      await type(el, f('plan.title'), EVIL);
      await goToStep(el, 4);
      await type(el, f('plan.inputs'), EVIL);
      await goToStep(el, 5);
      await type(el, f('new.indicator.name'), EVIL);
      q<HTMLButtonElement>(el, 'button.add-indicator').click();
      await settle(el);
      q<HTMLDetailsElement>(el, 'details.preview').open = true;
      const chain = q<SoimpactChain>(el, 'soimpact-chain');
      await chain.updateComplete;
      expect(el.plan.title).to.equal(EVIL);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(chain.shadowRoot!.querySelector('img')).to.equal(null);
      expect(q(el, 'h2').textContent).to.equal(EVIL);
      expect(q(el, 'fieldset.indicator legend').textContent).to.contain(EVIL);
      expect(chain.shadowRoot!.querySelector('button.indicator .name')!.textContent).to.equal(EVIL);
      // No <img> exists anywhere, so no onerror can be pending: one task is enough to be sure.
      await nextTask();
      expect(alerted).to.equal(false);
    } finally {
      window.alert = alert;
    }
  });

  it('is a form control: the plan is the value, and required needs a problem and an indicator', async () => {
    // fixtureSync: a plain wrapper would make `fixture` wait for an animation frame.
    const form = fixtureSync<HTMLFormElement>(
      html`<form><soimpact-planner name="plan" required autosave="false"></soimpact-planner></form>`,
    );
    const el = form.querySelector('soimpact-planner')!;
    await settle(el);
    expect(el.form).to.equal(form);
    // soimpact-plan@2 since "finished" is saved in the plan (issue 15); @1 plans open, migrated.
    expect(JSON.parse(new FormData(form).get('plan') as string).format).to.equal('soimpact-plan@2');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    el.plan = withIndicators();
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('plan') as string).indicators).to.have.length(2);
  });

  it('resets with its form to the plan it was given, and follows a disabled fieldset', async () => {
    // fixtureSync: a plain wrapper would make `fixture` wait for an animation frame.
    const form = fixtureSync<HTMLFormElement>(
      html`<form>
        <fieldset><soimpact-planner name="plan" autosave="false" .plan=${withIndicators()}></soimpact-planner></fieldset>
      </form>`,
    );
    const el = form.querySelector('soimpact-planner')!;
    await settle(el);
    await type(el, f('plan.problem'), 'Endret');
    expect(el.plan.problem).to.equal('Endret');
    form.reset();
    await settle(el);
    expect(el.plan.problem).to.equal('Et problem');
    expect(q<HTMLTextAreaElement>(el, f('plan.problem')).value).to.equal('Et problem');
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(q<HTMLTextAreaElement>(el, f('plan.problem')).readOnly).to.equal(true);
  });

  it('shows the plan in the live chain preview', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" .plan=${demoPlansNb['boost-refugee']}></soimpact-planner>`,
    );
    const chain = q<SoimpactChain>(el, 'details.preview soimpact-chain');
    await chain.updateComplete;
    expect(chain.plan!.id).to.equal('boost-refugee');
    expect(chain.shadowRoot!.querySelector('button.indicator[data-id="interviews"] .value')!.textContent!.trim()).to.equal('212');
  });

  it('is read-only with readonly', async () => {
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" readonly .plan=${withIndicators()}></soimpact-planner>`,
    );
    expect(q<HTMLTextAreaElement>(el, f('plan.problem')).readOnly).to.equal(true);
    expect(el.shadowRoot!.querySelector('button.delete')).to.equal(null);
    await goToStep(el, 5);
    expect(el.shadowRoot!.querySelector('.add-indicator')).to.equal(null);
    expect(q<HTMLSelectElement>(el, f('ind.deltakere.level')).disabled).to.equal(true);
  });

  for (const lang of ['nb', 'da', 'en'] as const) {
    it(`shows the step guidance in ${lang} and has no axe violations`, async () => {
      await setLanguage(lang);
      const steps = await loadSteps(lang);
      const plan = lang === 'nb' ? demoPlansNb['job-course'] : await loadDemoPlan('job-course', lang);
      const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${plan}></soimpact-planner>`);
      await settle(el);
      expect(q(el, '#step-heading').textContent).to.contain(steps.steps[0]!.title);
      expect(q(el, '.guidance').textContent).to.contain(steps.steps[0]!.guidance[0]!);
      await expect(el).to.be.accessible();
      for (const step of [5, 7, 9, 10]) {
        await goToStep(el, step);
        await expect(el, `step ${step}`).to.be.accessible();
      }
      // With inline errors and an import message showing.
      await goToStep(el, 9);
      const id = plan.indicators[0]!.id;
      q<HTMLButtonElement>(el, `button.add-measurement[data-id="${id}"]`).click();
      await settle(el);
      el.plan = { nonsense: true } as unknown as ImpactPlan;
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('.field-error').length).to.be.greaterThan(0);
      await expect(el, 'with errors').to.be.accessible();
    });
  }
});
