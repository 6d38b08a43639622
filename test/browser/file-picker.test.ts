// The file pickers speak the page's language: a native <input type="file"> writes «Choose
// File / No file chosen» in the browser's language, so a Danish page in an English browser
// mixed both. The input stays the control; what is seen is its label, drawn as a button.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { createPlan } from '../../src/core/soimpact/plan.js';
import { deepActive, expectAccessible, scorecard, setLanguage, shadow, tabUntil } from '../fixtures/samson-scorecard-helpers.js';
import { goToStep } from '../fixtures/soimpact-planner-helpers.js';
import { until } from '../fixtures/wait.js';

afterEach(async () => {
  localStorage.clear();
  await setLanguage('nb');
});

/** The picker whose input has `id`: what is seen (its button) and the input itself. */
function picker(root: ShadowRoot, id: string): { button: HTMLLabelElement; input: HTMLInputElement } {
  const input = root.querySelector<HTMLInputElement>(`#${id}`);
  const button = root.querySelector<HTMLLabelElement>(`label[for="${id}"]`);
  if (!input || !button) throw new Error(`no file picker #${id}`);
  return { button, input };
}

/** Seen: laid out with a size, and not clipped away. */
function seen(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(node).clipPath === 'none';
}

function dropFile(on: Element, text: string, name: string, type = 'application/json'): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type }));
  on.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  on.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

describe('file pickers', () => {
  it('the scorecard shows its import as a button in the page language, and no native file control', async () => {
    const el: SamsonScorecard = await scorecard();
    await setLanguage('da');
    const { button, input } = await until(() => {
      const found = shadow(el).querySelector('#import-file') && picker(shadow(el), 'import-file');
      return found && found.button.textContent?.includes('Importér') ? found : undefined;
    }, 'the Danish import button');
    expect(button.textContent!.trim()).to.equal('Importér svar fra fil (JSON)');
    expect(seen(button), 'the button is seen').to.equal(true);
    // The native control (with the browser's «Choose File») is not: only its label is.
    expect(seen(input), 'the native file control is hidden').to.equal(false);
    expect(input.labels?.[0]).to.equal(button);
    await expectAccessible(el, 'the scorecard with its file picker');
  });

  it('is reached with Tab, and the button shows the focus ring while its input has focus', async () => {
    const el = await scorecard();
    const { button, input } = picker(shadow(el), 'import-file');
    (shadow(el).querySelector<HTMLButtonElement>('.tools button') ?? el).focus();
    await tabUntil((node) => node === input, 'the import file input');
    expect(deepActive()).to.equal(input);
    expect(getComputedStyle(button).outlineStyle).to.not.equal('none');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.not.equal(input);
    expect(getComputedStyle(button).outlineStyle).to.equal('none');
  });

  it('imports a file dropped on the button, as if it had been chosen', async () => {
    const el = await scorecard();
    const { button } = picker(shadow(el), 'import-file');
    dropFile(button, '{ "format": "samson-response@1", ', 'halv.json');
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'), 'the import error');
    expect(alert.textContent).to.contain('ikke gyldig JSON');
  });

  it('the planner says «Open a plan» in English and tells the CSV columns in a hint the input is described by', async () => {
    const plan = createPlan({ id: 'p', title: 'Plan' });
    plan.indicators = [{ id: 'jobs', name: 'Jobs', level: 'outcome', unit: 'count', measurements: [] }];
    const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${plan}></soimpact-planner>`);
    await setLanguage('en');
    const root = el.shadowRoot!;
    const open = await until(() => {
      const found = root.querySelector('#import-json') && picker(root, 'import-json');
      return found && found.button.textContent?.includes('Open') ? found : undefined;
    }, 'the English open button');
    expect(open.button.textContent!.trim()).to.equal('Open a plan (JSON)');
    expect(seen(open.input)).to.equal(false);
    await goToStep(el, 9);
    const csv = await until(() => root.querySelector('#import-csv') && picker(root, 'import-csv'), 'the CSV picker');
    expect(csv.button.textContent!.trim()).to.equal('Import measurements from CSV');
    const hint = root.getElementById(csv.input.getAttribute('aria-describedby')!);
    expect(hint?.textContent).to.contain('indicator, date, value');
    expect(seen(csv.button)).to.equal(true);
  });
});
