// What the page hands the element — an instrument, an instrument URL, a response, the page
// language — and what happens when it is wrong: a visible message listing the problems with
// their paths, samson-error, and not one answer lost.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer } from '../../src/core/samson/response.js';
import type { ErrorDetail } from '../../src/core/problems.js';
import { smallInstrument } from '../fixtures/samson-small-instrument.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  givePoints,
  expectAccessible,
  openField,
  openStep,
  radio,
  rate,
  scorecard,
  setLanguage,
  settle,
  shadow,
  tabUntil,
  uniqueKey,
  until,
  visibleText,
  writeIdea,
} from '../fixtures/samson-scorecard-helpers.js';
import { nextTask } from '../fixtures/wait.js';

const fields = samsonNb.fields;
const XSS = '<img src=x onerror=alert(1)>';

async function putFixture(name: string, body: string, status = 200, type = 'application/json'): Promise<string> {
  await fetch(`/__fixture/${name}?status=${status}&type=${encodeURIComponent(type)}`, { method: 'PUT', body });
  return `/__fixture/${name}`;
}

/** Some answers and ideas a group would be upset to lose. */
async function answerSome(el: SamsonScorecard): Promise<void> {
  await openField(el, 2);
  await rate(el, fields[2]!.statements[0]!.id, 5);
  await rate(el, fields[2]!.statements[3]!.id, 'not-relevant');
  await writeIdea(el, fields[2]!.statements[0]!.id, 'Felles nyhetsbrev');
}

afterEach(() => localStorage.clear());

describe('the instrument in use', () => {
  it('is the built-in SAMSON when none is given, never undefined', async () => {
    const el = document.createElement('samson-scorecard');
    expect(el.instrument.id).to.equal('samson');
    el.instrument = undefined;
    expect(el.instrument).to.equal(samsonNb);
  });

  it('uses a valid instrument object, with its own storage key', async () => {
    const el = await scorecard();
    el.storageKey = '';
    el.instrument = smallInstrument;
    await settle(el);
    expect(el.instrument.title).to.equal('Lokal SAMSON for bydelen');
    expect(shadow(el).querySelectorAll('.nav-button').length).to.equal(2 + 2 + 2);
    await openField(el, 1);
    expect(visibleText(el)).to.contain('Hvem bestemmer egentlig?');
    await rate(el, 'beslutninger-2', 4);
    expect(el.response.instrument).to.deep.equal({ id: 'lokal-samson', version: '2025.1' });
    el.remove();
    expect(localStorage.getItem('samskaping:lokal-samson')).to.contain('beslutninger-2');
  });

  it('loads instrument-src and validates it', async () => {
    const url = await putFixture('scorecard-good-instrument', JSON.stringify(smallInstrument));
    const el = await fixture<SamsonScorecard>(
      html`<samson-scorecard storage-key=${uniqueKey()} instrument-src=${url}></samson-scorecard>`,
    );
    await until(() => el.instrument.id === 'lokal-samson', 'the instrument from the URL');
    await settle(el);
    expect(visibleText(el)).to.contain('Lokal SAMSON for bydelen');
    expect(visibleText(el)).to.contain('Et kort skjema for bydelens samarbeid.');
  });
});

describe('label', () => {
  it('names a new response, with or without autosave, and a change from the page renames it', async () => {
    for (const autosave of ['true', 'false']) {
      const el = await fixture<SamsonScorecard>(
        html`<samson-scorecard label="Time 3" autosave=${autosave} storage-key=${uniqueKey()}></samson-scorecard>`,
      );
      expect(el.response.label).to.equal('Time 3');
      expect(visibleText(el)).to.contain('Time 3');
      el.label = 'Time 4';
      await settle(el);
      expect(el.response.label).to.equal('Time 4');
    }
  });

  it('a restored draft keeps the label the group gave it', async () => {
    const key = uniqueKey();
    const first = await fixture<SamsonScorecard>(html`<samson-scorecard label="Time 1" storage-key=${key}></samson-scorecard>`);
    const input = shadow(first).querySelector<HTMLInputElement>('#round-label')!;
    input.value = 'Vårmøtet';
    input.dispatchEvent(new InputEvent('input'));
    first.remove();
    const second = await fixture<SamsonScorecard>(html`<samson-scorecard label="Time 1" storage-key=${key}></samson-scorecard>`);
    expect(second.response.label).to.equal('Vårmøtet');
  });

  it('drops spaces typed around the round name once the field is left, not while typing', async () => {
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    const input = shadow(el).querySelector<HTMLInputElement>('#round-label')!;
    input.focus();
    input.value = ' Runde ';
    input.dispatchEvent(new InputEvent('input'));
    await settle(el);
    expect(el.response.label).to.equal(' Runde ');
    input.value = ' Runde 1 ';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.response.label).to.equal('Runde 1');
    expect(input.value).to.equal('Runde 1');
  });
});

describe('bad input', () => {
  it('refuses an invalid instrument object: message with paths, samson-error, answers kept', async () => {
    const el = await scorecard();
    await answerSome(el);
    const before = el.response;
    const broken = structuredClone(smallInstrument) as any;
    broken.fields[1].statements[0].values = ['ukjent'];
    broken.values[0].question = '';
    const failed = oneEvent<CustomEvent<ErrorDetail>>(el, 'samson-error');
    el.instrument = broken;
    const detail = (await failed).detail;
    await settle(el);
    expect(detail.message).to.contain('values[0].question: Må ha minst 1 tegn.');
    expect(detail.problems.map((p) => p.code)).to.include('too-small');
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Spørreskjemaet kunne ikke brukes');
    // On screen by the names the refused instrument gives its parts; the path is the event's.
    expect(alert.textContent).to.contain(`Verdien «${smallInstrument.values[0]!.name}», spørsmålet: Må ha minst 1 tegn.`);
    expect(alert.textContent).not.to.contain('values[0]');
    expect(el.instrument).to.equal(samsonNb);
    expect(el.response).to.deep.equal(before);
    await expectAccessible(el, 'the instrument error');
    // The message follows the language, since problems are kept as data.
    await setLanguage('en');
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('The questionnaire could not be used');
    await setLanguage('nb');
  });

  it('a second invalid instrument keeps the previous valid one', async () => {
    const el = await scorecard();
    el.instrument = smallInstrument;
    await settle(el);
    el.instrument = { ...smallInstrument, format: 'noe annet' } as never;
    await settle(el);
    expect(el.instrument.id).to.equal('lokal-samson');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Filtypen: Må være én av: samson-instrument@1.');
  });

  const sources: Array<[string, () => Promise<string>, string, string?]> = [
    ['a 500', () => putFixture('scorecard-server-error', 'Internal error', 500, 'text/plain'), 'HTTP 500'],
    ['a 404', async () => '/test/fixtures/samson-no-such-instrument.json', 'HTTP 404'],
    [
      'a web page (a «not found» page sent with status 200)',
      () => putFixture('scorecard-not-json', '<html>Not found</html>', 200, 'text/html'),
      'gir en nettside, ikke en datafil.',
    ],
    [
      'not JSON',
      () => putFixture('scorecard-broken-json', '{"format": "samson-instrument@1",', 200, 'application/json'),
      'Filen er ikke gyldig JSON.',
    ],
    [
      'the wrong shape',
      () => putFixture('scorecard-wrong-shape', JSON.stringify({ ...smallInstrument, fields: [{ id: 'x', name: 'X' }] })),
      'fields[0].description: Dette mangler, men må være med.',
      // On screen without the path: a loaded file's parts by number.
      'Felt 1, beskrivelsen: Dette mangler, men må være med.',
    ],
  ];
  for (const [what, url, message, shown = message] of sources) {
    it(`instrument-src that is ${what}: message, samson-error, built-in instrument and answers kept`, async () => {
      const el = await scorecard();
      await answerSome(el);
      const before = el.response;
      const failed = oneEvent(el, 'samson-error');
      el.instrumentSrc = await url();
      const detail = (await failed).detail;
      await settle(el);
      expect(detail.message).to.contain(message);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(shown);
      expect(el.instrument).to.equal(samsonNb);
      expect(el.response).to.deep.equal(before);
      // The group can carry on where they were.
      await openField(el, 2);
      expect(radio(el, `r-${fields[2]!.statements[0]!.id}`, 5).checked).to.equal(true);
      await expectAccessible(el, `the instrument-src error (${what})`);
    });
  }

  it('refuses an invalid response and keeps the current one; accepts a valid one', async () => {
    const el = await scorecard();
    await answerSome(el);
    const before = el.response;
    const failed = oneEvent(el, 'samson-error');
    el.response = { ...before, answers: { [fields[0]!.statements[0]!.id]: { rating: 9 } } } as never;
    expect((await failed).detail.message).to.contain('rating');
    await settle(el);
    expect(el.response).to.deep.equal(before);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Svarene kunne ikke brukes');

    const given = withAnswer(createResponse(samsonNb, 'Fra siden'), fields[0]!.statements[1]!.id, { rating: 2, idea: 'Ny plan' });
    el.response = given;
    await settle(el);
    expect(el.response).to.deep.equal(given);
    // The getter hands out a copy: changing it does not change the element.
    el.response.answers = {};
    expect(el.response.answers).to.deep.equal(given.answers);
  });
});

describe('language', () => {
  afterEach(async () => setLanguage('nb'));

  it('follows <html lang> live, with the built-in instrument in the new language and every answer kept', async () => {
    const el = await scorecard();
    await openStep(el, 1);
    await givePoints(el, 'ledelse', 4);
    await answerSome(el);
    const before = el.response;
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Kommunikasjon');

    await setLanguage('en');
    await until(() => el.instrument.locale === 'en', 'the English instrument');
    await settle(el);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Communication');
    expect(visibleText(el)).to.contain('Strongly agree');
    expect(el.response).to.deep.equal(before);
    expect(radio(el, `r-${fields[2]!.statements[0]!.id}`, 5).checked).to.equal(true);
    expect(radio(el, `r-${fields[2]!.statements[3]!.id}`, 'not-relevant').checked).to.equal(true);
    expect(shadow(el).querySelector<HTMLTextAreaElement>(`#idea-${fields[2]!.statements[0]!.id}`)!.value).to.equal(
      'Felles nyhetsbrev',
    );

    await setLanguage('da');
    await until(() => el.instrument.locale === 'da', 'the Danish instrument');
    await settle(el);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Kommunikation');
    expect(el.response).to.deep.equal(before);
    await openStep(el, 1);
    expect(shadow(el).querySelector<HTMLInputElement>('#p-ledelse')!.value).to.equal('4');
    expect(visibleText(el)).to.contain('Vægtning af værdier');
  });

  it('keeps a custom instrument when the language changes', async () => {
    const el = await scorecard();
    el.instrument = smallInstrument;
    await settle(el);
    await setLanguage('en');
    await settle(el);
    expect(el.instrument.id).to.equal('lokal-samson');
    expect(visibleText(el)).to.contain('Introduction');
  });
});

describe('user text is text', () => {
  it('a pasted idea longer than the box takes says that it was cut, until the text is shortened', async () => {
    const el = await scorecard();
    await openField(el, 0);
    const id = `idea-${fields[0]!.statements[0]!.id}`;
    await tabUntil((a) => a.id === id, 'the first idea box', 60);
    const box = shadow(el).querySelector<HTMLTextAreaElement>(`#${id}`)!;
    const long = `${'Vi vil møtes oftere. '.repeat(260)}SISTE SETNING.`;
    // A real paste (the keyboard's, through the clipboard): the browser itself cuts it to maxlength.
    await navigator.clipboard.writeText(long);
    await pasteWithKeyboard();
    await settle(el);
    expect(box.value.length).to.equal(4000);
    const note = shadow(el).querySelector(`#${id}-cut`);
    expect(note?.textContent).to.match(/Kan ha høyst 4\s000 tegn\./);
    expect(box.getAttribute('aria-describedby')).to.equal(`${id}-cut`);
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(shadow(el).querySelector(`#${id}-cut`), 'shortened: the note goes').to.equal(null);
    // A paste that fits says nothing.
    box.select();
    await navigator.clipboard.writeText('Kort idé');
    await pasteWithKeyboard();
    await settle(el);
    expect(box.value).to.equal('Kort idé');
    expect(shadow(el).querySelector(`#${id}-cut`)).to.equal(null);
  });

  it('an idea that looks like markup stays inert on screen', async () => {
    const alerts: unknown[] = [];
    const nativeAlert = window.alert;
    window.alert = (m?: unknown) => alerts.push(m);
    try {
      const el = await scorecard();
      await openField(el, 0);
      await tabUntil((a) => a.id === `idea-${fields[0]!.statements[0]!.id}`, 'the first idea box', 60);
      await sendKeys({ type: XSS });
      await settle(el);
      await openStep(el, stepIndex(scorecardSteps(samsonNb), 'results'));
      await nextTask();
      expect(shadow(el).querySelectorAll('img').length).to.equal(0);
      expect(document.querySelectorAll('img').length).to.equal(0);
      expect(shadow(el).querySelector('.action-idea')!.textContent).to.equal(XSS);
      expect(visibleText(el)).to.contain(XSS);
      await openStep(el, stepIndex(scorecardSteps(samsonNb), 'report'));
      expect(shadow(el).querySelector('.report .action-idea')!.textContent).to.equal(XSS);
      expect(shadow(el).querySelectorAll('img').length).to.equal(0);
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = nativeAlert;
    }
  });
});

async function pasteWithKeyboard(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyV' });
  await sendKeys({ up: 'Control' });
}

describe('readonly', () => {
  it('shows the answers for review but nothing can change', async () => {
    const given = withAnswer(createResponse(samsonNb, 'Time 1'), fields[0]!.statements[0]!.id, { rating: 3, idea: 'Ide' });
    const el = await scorecard();
    el.response = given;
    el.readonly = true;
    await openField(el, 0);
    const input = radio(el, `r-${fields[0]!.statements[0]!.id}`, 3);
    expect(input.checked).to.equal(true);
    expect(input.disabled).to.equal(true);
    radio(el, `r-${fields[0]!.statements[0]!.id}`, 5).click();
    expect(shadow(el).querySelector<HTMLTextAreaElement>('textarea')!.readOnly).to.equal(true);
    expect(shadow(el).querySelector('#import-file')).to.equal(null);
    expect(shadow(el).querySelector('#delete-saved')).to.equal(null);
    expect(el.response).to.deep.equal(given);
    await expectAccessible(el, 'readonly');
  });
});
