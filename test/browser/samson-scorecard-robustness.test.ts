// The scorecard under hostile pages and impatient hands (issue 11): nothing typed is lost,
// no public method or setter throws, ids that shadow Object.prototype work, and every
// message follows a live language switch. Each case failed on the code before the fix.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { ErrorDetail } from '../../src/core/problems.js';
import type { Instrument } from '../../src/core/samson/instrument.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { answerSchema, createResponse, responseSchema, withAnswer, withWeight } from '../../src/core/samson/response.js';
import { maxLengthOf } from '../../src/core/salvage.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { smallInstrument } from '../fixtures/samson-small-instrument.js';
import {
  givePoints,
  deepActive,
  headingText,
  openField,
  openStep,
  rate,
  scorecard,
  setLanguage,
  settle,
  shadow,
  type,
  uniqueKey,
  until,
  visibleText,
} from '../fixtures/samson-scorecard-helpers.js';

const fields = samsonNb.fields;
const errors: ErrorDetail[] = [];
const collect = (event: Event) => errors.push((event as CustomEvent<ErrorDetail>).detail);

beforeEach(() => {
  errors.length = 0;
  document.addEventListener('samson-error', collect);
});
afterEach(async () => {
  document.removeEventListener('samson-error', collect);
  localStorage.clear();
  await setLanguage('nb');
  // Case 12: every samson-error names its problems as data, never only a sentence.
  for (const detail of errors) expect(detail.problems, detail.message).not.to.be.empty;
});

describe('case 1: the schema sets the limits, and one bad part never discards a draft', () => {
  it('the label and idea boxes take their maxlength from the response schema', async () => {
    const el = await scorecard();
    expect(shadow(el).querySelector<HTMLInputElement>('#round-label')!.maxLength).to.equal(
      maxLengthOf(responseSchema.def.shape.label),
    );
    await openField(el, 0);
    expect(shadow(el).querySelector<HTMLTextAreaElement>('textarea')!.maxLength).to.equal(
      maxLengthOf(answerSchema.def.shape.idea),
    );
  });

  it('a draft with a 600-character label comes back with every answer, and says the label was dropped', async () => {
    const key = uniqueKey();
    let draft = withWeight(createResponse(samsonNb), samsonNb.values[0]!.id, 4);
    draft = withAnswer(draft, fields[0]!.statements[0]!.id, { rating: 5, idea: 'Felles frokost' });
    localStorage.setItem(key, JSON.stringify({ ...draft, label: 'L'.repeat(600) }));
    const el = await scorecard(key);
    expect(el.response.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 5, idea: 'Felles frokost' });
    expect(el.response.weights[samsonNb.values[0]!.id]).to.equal(4);
    expect(el.response.label).to.equal('');
    expect(visibleText(el)).to.contain('Navnet på svarene: Kan ha høyst 200 tegn.');
  });
});

describe('case 2: the step you are on never takes focus later', () => {
  it('goToStep() to the current step while typing keeps every keystroke', async () => {
    const el = await scorecard();
    shadow(el).querySelector<HTMLInputElement>('#round-label')!.focus();
    await type('Vi burde');
    el.goToStep(0);
    await type(' møtes oftere');
    await settle(el);
    expect(el.response.label).to.equal('Vi burde møtes oftere');
    expect(deepActive()?.id).to.equal('round-label');
  });

  it('clicking the current step in the jump list leaves focus where it is', async () => {
    const el = await scorecard();
    await openField(el, 1);
    const current = shadow(el).querySelector<HTMLButtonElement>('.nav-button[aria-current="step"]')!;
    current.focus();
    current.click();
    await settle(el);
    const box = shadow(el).querySelector<HTMLTextAreaElement>(`#idea-${fields[1]!.statements[0]!.id}`)!;
    box.focus();
    await type('Vi burde møtes oftere');
    await settle(el);
    expect(el.response.answers[fields[1]!.statements[0]!.id]?.idea).to.equal('Vi burde møtes oftere');
  });
});

describe('case 8: goToStep refuses what is not a step', () => {
  for (const bad of [Number.NaN, 'x', 2.5, -1, 99, Infinity] as unknown[]) {
    it(`goToStep(${String(bad)}) dispatches samson-error and stays on the step`, async () => {
      const el = await scorecard();
      await openStep(el, 1);
      const refused = oneEvent(el, 'samson-error');
      expect(() => el.goToStep(bad as number)).not.to.throw();
      const detail = (await refused).detail;
      expect(detail.problems[0]).to.include({ code: 'bad-argument', found: String(bad), minimum: 0 });
      await settle(el);
      expect(headingText(el)).to.equal('Vekting av verdier');
      expect(visibleText(el)).to.contain('Siden ba om noe skjemaet ikke kan gjøre');
    });
  }
});

describe('case 9: ids that shadow Object.prototype, and hostile data', () => {
  // `constructor` is a valid id (lowercase letters): answers['constructor'] on a plain object is a function.
  const tricky: Instrument = {
    ...smallInstrument,
    id: 'constructor',
    values: [{ ...smallInstrument.values[0]!, id: 'constructor' }, smallInstrument.values[1]!],
    fields: smallInstrument.fields.map((field, f) => ({
      ...field,
      statements: field.statements.map((s, i) => ({
        ...s,
        id: f === 0 && i === 0 ? 'constructor' : s.id,
        values: s.values.map((v) => (v === smallInstrument.values[0]!.id ? 'constructor' : v)),
      })),
    })),
  };

  it('a value and a statement called "constructor" start unanswered and can be answered', async () => {
    const el = fixtureSync<SamsonScorecard>(
      html`<samson-scorecard storage-key=${uniqueKey()} .instrument=${tricky}></samson-scorecard>`,
    );
    await settle(el);
    expect(shadow(el).querySelectorAll('.nav-count')[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('0/20');
    // Before anything is answered, "constructor" is not weighted and the report still renders.
    await openStep(el, stepIndex(scorecardSteps(tricky), 'results'));
    expect(visibleText(el)).to.contain('Vekting: 2 av 2 verdier er ikke vektet.');
    await openStep(el, stepIndex(scorecardSteps(tricky), 'report'));
    expect(headingText(el)).to.equal('Rapport');
    expect(visibleText(el)).to.contain(`${tricky.values[0]!.name} ikke vektet`);
    await openStep(el, 1);
    expect(shadow(el).querySelector<HTMLInputElement>('#p-constructor')!.value).to.equal('');
    await givePoints(el, 'constructor', 3);
    await openField(el, 0);
    expect(shadow(el).querySelector('.nav-button[aria-current="step"] .nav-count')!.textContent).to.match(/^0\/2/);
    await rate(el, 'constructor', 4);
    expect(el.response.answers['constructor']).to.deep.equal({ rating: 4 });
    await openStep(el, stepIndex(scorecardSteps(tricky), 'report')); // the report
    // The report document prints each number once: the points in the weights list, the
    // importance they give (constructor 10, demokrati 0 → «Møtene våre» 5) in the field's detail.
    expect(visibleText(el)).to.contain(`${tricky.values[0]!.name} 3 poeng ${tricky.values[1]!.name} 0 poeng`);
    expect(visibleText(el)).to.contain(`${tricky.fields[0]!.name} Skår: 7,5 · Viktighet: 5,0 · 1 av 2 besvart`);
    expect(visibleText(el)).not.to.contain('function');
  });

  it('a file with an answer under "__proto__" brings no such answer and pollutes nothing', async () => {
    const el = await scorecard();
    const text = `{"format":"samson-response@1","instrument":{"id":"samson","version":"1"},"label":"Fil","createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","weights":{},"answers":{"__proto__":{"rating":5}}}`;
    const input = shadow(el).querySelector<HTMLInputElement>('#import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'svar.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => shadow(el).querySelector('#offer-continue') !== null, 'the import offer');
    shadow(el).querySelector<HTMLButtonElement>('#offer-continue')!.click();
    await settle(el);
    expect(el.response.label).to.equal('Fil');
    expect(Object.keys(el.response.answers)).to.deep.equal([]);
    expect(Object.getPrototypeOf(el.response.answers)).to.equal(Object.prototype);
    expect(({} as { rating?: unknown }).rating).to.equal(undefined);
  });

  for (const [what, make] of [
    [
      'a Proxy that throws on every read',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('hostile');
            },
            has: () => {
              throw new Error('hostile');
            },
            ownKeys: () => {
              throw new Error('hostile');
            },
          },
        ),
    ],
    [
      'an object whose getter throws',
      () => ({
        get format(): string {
          throw new Error('hostile');
        },
      }),
    ],
  ] as const) {
    it(`${what} as response or instrument never makes the setter throw; the answers stay`, async () => {
      const el = await scorecard();
      await openField(el, 0);
      await rate(el, fields[0]!.statements[0]!.id, 2);
      const refused = oneEvent(el, 'samson-error');
      expect(() => {
        el.response = make() as never;
      }).not.to.throw();
      expect((await refused).detail.problems.length).to.be.greaterThan(0);
      expect(() => {
        el.instrument = make() as never;
      }).not.to.throw();
      await settle(el);
      expect(el.response.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 2 });
      expect(el.instrument.id).to.equal('samson');
    });
  }
});

describe('case 12: messages follow a live language switch', () => {
  it('the form validation message is written again in the new language', async () => {
    const form = fixtureSync<HTMLFormElement>(
      html`<form><samson-scorecard required storage-key=${uniqueKey()}></samson-scorecard></form>`,
    );
    const el = form.querySelector('samson-scorecard')!;
    await settle(el);
    expect(el.validationMessage).to.contain('Vekt alle verdiene');
    await setLanguage('en');
    await settle(el);
    expect(el.validationMessage).not.to.contain('Vekt alle verdiene');
    expect(el.validationMessage.length).to.be.greaterThan(10);
  });

  it('a refused instrument and a partial restore are described again in the new language', async () => {
    const key = uniqueKey();
    const draft = withAnswer(createResponse(samsonNb), fields[0]!.statements[0]!.id, { rating: 3 });
    localStorage.setItem(key, JSON.stringify({ ...draft, label: 'L'.repeat(300) }));
    const el = await scorecard(key);
    el.instrument = { ...smallInstrument, values: [] } as Instrument;
    await settle(el);
    expect(visibleText(el)).to.contain('Spørreskjemaet kunne ikke brukes');
    expect(visibleText(el)).to.contain('Kan ha høyst 200 tegn');
    await setLanguage('en');
    await settle(el);
    expect(visibleText(el)).not.to.contain('Spørreskjemaet kunne ikke brukes');
    expect(visibleText(el)).not.to.contain('Kan ha høyst 200 tegn');
  });
});
