// Inside a CMS form: the response JSON is the form value under the element's name,
// `required` blocks submission until everything is answered, reset empties it, and a
// disabled fieldset locks it.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer, withWeight, type Response } from '../../src/core/samson/response.js';
import {
  openField,
  radio,
  rate,
  settle,
  shadow,
  uniqueKey,
  validateAgainstSchema,
} from '../fixtures/samson-scorecard-helpers.js';
import { nextTask } from '../fixtures/wait.js';

const fields = samsonNb.fields;

function complete(): Response {
  let response = createResponse(samsonNb, 'Ferdig runde');
  for (const value of samsonNb.values) response = withWeight(response, value.id, 3);
  for (const field of fields)
    for (const statement of field.statements) response = withAnswer(response, statement.id, { rating: 4 });
  return response;
}

async function formWith(attributes: { required?: boolean } = {}): Promise<{ form: HTMLFormElement; el: SamsonScorecard }> {
  // fixtureSync: fixture() waits for an animation frame on a plain <form>, which a background tab never gets.
  const form = fixtureSync<HTMLFormElement>(html`
    <form action="#" method="post">
      <input name="kommune" value="Steinkjer" />
      <samson-scorecard name="samson" storage-key=${uniqueKey()} ?required=${attributes.required}></samson-scorecard>
      <button>Send</button>
    </form>
  `);
  const el = form.querySelector('samson-scorecard')!;
  await el.updateComplete;
  return { form, el };
}

async function submit(form: HTMLFormElement): Promise<FormData | undefined> {
  let data: FormData | undefined;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    data = new FormData(form);
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  await nextTask();
  form.removeEventListener('submit', onSubmit);
  return data;
}

afterEach(() => localStorage.clear());

describe('form association', () => {
  it('a submission carries the response as JSON under the element name', async () => {
    const { form, el } = await formWith();
    await openField(el, 0);
    await rate(el, fields[0]!.statements[0]!.id, 5);
    const textarea = shadow(el).querySelector<HTMLTextAreaElement>('textarea')!;
    textarea.value = 'Møtes i biblioteket';
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;

    const data = await submit(form);
    expect(data, 'the form was submitted').to.exist;
    expect(data!.get('kommune')).to.equal('Steinkjer');
    const sent = JSON.parse(String(data!.get('samson')));
    expect(sent).to.deep.equal(el.response);
    expect(sent.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 5, idea: 'Møtes i biblioteket' });
    expect((await validateAgainstSchema('samson-response', sent)).valid).to.equal(true);
    expect(el.form).to.equal(form);
  });

  it('required: invalid (valueMissing) until every value is weighted and every statement answered', async () => {
    const { form, el } = await formWith({ required: true });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.contain('svar på alle utsagnene');
    expect(await submit(form)).to.equal(undefined);

    el.response = withAnswer(complete(), fields[6]!.statements[8]!.id, { rating: undefined });
    await settle(el);
    expect(el.checkValidity()).to.equal(false);

    // The last answer, given by the user, makes the form valid.
    await openField(el, 6);
    await rate(el, fields[6]!.statements[8]!.id, 'not-relevant');
    expect(el.checkValidity()).to.equal(true);
    const data = await submit(form);
    expect(JSON.parse(String(data!.get('samson'))).answers[fields[6]!.statements[8]!.id]).to.deep.equal({
      rating: 'not-relevant',
    });
  });

  it('form reset empties the answers and the saved draft', async () => {
    const { form, el } = await formWith();
    await openField(el, 1);
    await rate(el, fields[1]!.statements[0]!.id, 2);
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(el.storageKey)).to.contain(fields[1]!.statements[0]!.id);
    form.reset();
    expect(localStorage.getItem(el.storageKey)).to.equal(null);
    await settle(el);
    expect(el.response.answers).to.deep.equal({});
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Innledning');
    expect(JSON.parse(String(new FormData(form).get('samson'))).answers).to.deep.equal({});
  });

  it('a disabled fieldset locks the scorecard', async () => {
    const wrapper = fixtureSync<HTMLFormElement>(html`
      <form>
        <fieldset disabled><samson-scorecard name="s" storage-key=${uniqueKey()}></samson-scorecard></fieldset>
      </form>
    `);
    const el = wrapper.querySelector('samson-scorecard')!;
    await settle(el);
    await openField(el, 0);
    expect(radio(el, `r-${fields[0]!.statements[0]!.id}`, 1).disabled).to.equal(true);
    wrapper.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect(radio(el, `r-${fields[0]!.statements[0]!.id}`, 1).disabled).to.equal(false);
    const changed = oneEvent(el, 'samson-change');
    radio(el, `r-${fields[0]!.statements[0]!.id}`, 1).click();
    expect((await changed).detail.response.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 1 });
  });
});
