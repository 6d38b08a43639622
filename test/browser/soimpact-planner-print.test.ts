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
});
