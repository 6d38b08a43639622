// A plan is a document: printing the planner prints all ten steps with what the plan holds,
// whichever step is open on screen, each field as its label and its whole text (a text area
// would clip it), and leaves the open step, its text and the focus as they were.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { soimpactStepsNb } from '../../src/content/soimpact/steps.js';
import type { ImpactPlan } from '../../src/core/soimpact/plan.js';
import { f, goToStep, q, settle, type, words } from '../fixtures/soimpact-planner-helpers.js';
import { emulatePrint, fontPt } from '../fixtures/print-media.js';

interface PdfText {
  pages: number;
  text: string;
}
const flat = (text: string) => text.replace(/\s+/g, ' ');
const LONG_PROBLEM = Array.from(
  { length: 14 },
  (_, i) =>
    `Avsnitt ${i + 1}: flyktninger i Oslo får for sjelden sin første jobb innen tre år, og arbeidsgivere mangler kontakt med dem.`,
).join('\n');

function plan(): ImpactPlan {
  return { ...structuredClone(demoPlansNb['boost-refugee']), problem: LONG_PROBLEM };
}

async function planner(): Promise<SoimpactPlanner> {
  const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${plan()}></soimpact-planner>`);
  await settle(el);
  return el;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<soimpact-planner> in print', function () {
  this.timeout(60_000);
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await setViewport({ width: 800, height: 600 });
  });

  it('prints all ten steps with their content, not only the open one, and leaves the open step as it was', async () => {
    await setViewport({ width: 794, height: 1123 }); // A4 at 96 dpi
    const el = await planner();
    await goToStep(el, 3);
    await type(el, f('plan.targetGroups'), 'Nyankomne flyktninger med fagbrev');
    const typing = q<HTMLTextAreaElement>(el, f('plan.targetGroups'));
    expect(deepActive() === typing, 'typing in step 3').to.equal(true);

    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    await emulatePrint(() => {
      const printed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.printed-step')];
      expect(printed.map((step) => step.dataset.step)).to.deep.equal(soimpactStepsNb.steps.map((step) => step.id));
      for (const [i, step] of printed.entries()) {
        expect(step.getClientRects().length, `step ${i + 1} is printed`).to.be.greaterThan(0);
        expect(words(step)).to.contain(`Steg ${i + 1} av 10: ${soimpactStepsNb.steps[i]!.title}`);
      }
      const text = (id: string) => words(printed.find((step) => step.dataset.step === id)!);
      // Each step with what the plan holds, and what was just typed in the open one.
      expect(text('problem')).to.contain('Boost Refugee');
      expect(text('problem')).to.contain('Avsnitt 14:');
      expect(text('target-groups')).to.contain('Nyankomne flyktninger med fagbrev');
      expect(text('activities')).to.contain('inkubatorprogram');
      for (const indicator of demoPlansNb['boost-refugee'].indicators) expect(text('indicators')).to.contain(indicator.name);
      expect(text('measurements')).to.contain('534');
      // The form on screen is not printed a second time, nor are controls.
      expect(q(el, '.layout').getBoundingClientRect().height, 'the form is not on paper').to.be.at.most(1);
      expect(deepActive() === typing, 'the field keeps focus while printing').to.equal(true);
      expect(printed.flatMap((step) => [...step.querySelectorAll('input, textarea, select, button')])).to.have.length(0);
      expect(q(el, '.publish').getClientRects().length, 'the publish panel is a screen tool').to.equal(0);
      // A long text prints whole, in readable type.
      for (const value of el.shadowRoot!.querySelectorAll<HTMLElement>('.printed .value')) {
        expect(value.scrollHeight, 'not clipped').to.be.at.most(value.clientHeight + 1);
        expect(fontPt(value)).to.be.at.least(10);
      }
    });
    await executeServerCommand('screenshot', { path: '/tmp/shots-fixes/planner-print-794.png', fullPage: true, media: 'print' });
    const pdf = (await executeServerCommand('pdf-text', { save: '/tmp/shots-fixes/planner.pdf' })) as PdfText;
    const all = flat(pdf.text);
    for (const step of soimpactStepsNb.steps)
      expect(all, `step ${step.number} in the PDF`).to.contain(`Steg ${step.number} av 10`);
    expect(all).to.contain('Avsnitt 14: flyktninger i Oslo');
    expect(pdf.pages, 'a sane number of pages').to.be.within(2, 12);

    // Back on screen: the same step, the text and the focus where the user left them.
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.printed-plan')).to.equal(null);
    expect(words(q(el, '#step-heading'))).to.contain('Steg 3 av 10');
    expect(q<HTMLTextAreaElement>(el, f('plan.targetGroups')) === typing, 'the same field').to.equal(true);
    expect(typing.value).to.equal('Nyankomne flyktninger med fagbrev');
    expect(deepActive() === typing, 'focus where the user left it').to.equal(true);
  });

  it('prints what the plan says: «Ikke fylt ut» once for an empty step, no dash for each empty field, none of the tool’s help', async () => {
    await setViewport({ width: 794, height: 1123 });
    const demo = structuredClone(demoPlansNb['boost-refugee']);
    // One target set: step 7 is partly filled, and says which indicators have none.
    const [first, ...rest] = demo.indicators;
    first!.target = { value: 600, date: '2017-08-31' };
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${demo}></soimpact-planner>`);
    await settle(el);

    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const step = (id: string) => q(el, `.printed-step[data-step="${id}"]`);
    const unfilled = (id: string) => words(step(id)).split('Ikke fylt ut').length - 1;
    // Boost Refugee has no baselines and no evaluations: each of those steps says so once.
    for (const id of ['baseline', 'evaluation']) {
      expect(words(step(id)), id).to.match(/^Steg \d+ av 10: .+ Ikke fylt ut$/);
    }
    // Step 7: the one target, and a line for each indicator without one.
    expect(words(step('targets'))).to.contain('600');
    expect(unfilled('targets')).to.equal(rest.length);
    for (const indicator of rest)
      expect(words(q(el, `.printed-step[data-step="targets"] [data-id="${indicator.id}"]`))).to.contain('Ikke fylt ut');
    // Filled steps have no «Ikke fylt ut», and no field prints an empty dash.
    for (const id of ['problem', 'goals', 'target-groups', 'activities', 'indicators', 'methods', 'measurements'])
      expect(unfilled(id), id).to.equal(0);
    const values = [...el.shadowRoot!.querySelectorAll('.printed-plan .value')].map((value) => words(value));
    expect(values.filter((value) => value === '–' || value === '')).to.deep.equal([]);
    // The tool's help stays on screen: the steps' tasks, the advice for choosing indicators.
    const paper = words(q(el, '.printed-plan'));
    for (const help of ['Fem råd for å velge indikatorer', soimpactStepsNb.advice[0]!.title, soimpactStepsNb.steps[2]!.task])
      expect(paper).not.to.contain(help);
    // An indicator's name and level head it once, not again as fields.
    expect(paper.split(rest.at(-1)!.name).length - 1, 'the name in steps 5, 6, 7 and 9').to.equal(4);
    expect(paper).not.to.contain('Hva måles?');

    const pdf = (await executeServerCommand('pdf-text', { save: '/tmp/shots-fixes/planner-boost-refugee.pdf' })) as PdfText;
    const all = flat(pdf.text);
    for (const s of soimpactStepsNb.steps) expect(all, `step ${s.number} in the PDF`).to.contain(`Steg ${s.number} av 10`);
    expect(all).to.contain('Ikke fylt ut');
    expect(pdf.pages, 'Boost Refugee on at most five A4 pages').to.be.at.most(5);
  });
});
