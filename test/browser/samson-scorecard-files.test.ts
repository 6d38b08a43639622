// Export to a JSON file and import it again: continue with it, start a new round from it,
// or be told exactly what is wrong with it while the answers on screen stay as they were.
import { expect, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, parseResponse, withAnswer, withWeight } from '../../src/core/samson/response.js';
import { catchDownload, type CaughtDownload } from '../fixtures/downloads.js';
import {
  givePoints,
  expectAccessible,
  openField,
  openStep,
  rate,
  scorecard,
  setLanguage,
  settle,
  shadow,
  visibleText,
  writeIdea,
  buttonNamed,
} from '../fixtures/samson-scorecard-helpers.js';
import { until } from '../fixtures/wait.js';

const fields = samsonNb.fields;
const XSS = '<img src=x onerror=alert(1)>';

/** Clicks export and catches the download link the element creates in its shadow root. */
async function exportFile(el: SamsonScorecard): Promise<CaughtDownload> {
  const file = await catchDownload(shadow(el), () =>
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.tools button')]
      .find((b) => b.textContent?.includes('Eksporter'))!
      .click(),
  );
  expect(document.querySelector('a[download]'), 'nothing added to the page').to.equal(null);
  return file;
}

async function importFile(el: SamsonScorecard, text: string, name = 'svar.json'): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('#import-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The offer is a chunk of its own (loaded on the first import) and the file is read
  // asynchronously: wait for the offer or the error itself, not for a number of tasks, which a
  // loaded machine can run through before the chunk has arrived.
  await until(() => shadow(el).querySelector('.offer, [role="alert"]'), 'the import offer or its error', 10_000);
  await settle(el);
}

async function someAnswers(el: SamsonScorecard): Promise<void> {
  el.label = 'Time 1';
  await openStep(el, 1);
  await givePoints(el, samsonNb.values[0]!.id, 5);
  await givePoints(el, samsonNb.values[2]!.id, 2);
  await openField(el, 0);
  await rate(el, fields[0]!.statements[0]!.id, 4);
  await writeIdea(el, fields[0]!.statements[0]!.id, 'Felles lunsj hver fredag');
  await openField(el, 6);
  await rate(el, fields[6]!.statements[8]!.id, 'not-relevant');
  await writeIdea(el, fields[6]!.statements[8]!.id, XSS);
}

afterEach(() => localStorage.clear());

describe('export', () => {
  it('downloads the response as a JSON file named by label and date', async () => {
    const el = await scorecard();
    await someAnswers(el);
    const file = await exportFile(el);
    expect(file.name).to.match(/^samson-time-1-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.type).to.equal('application/json');
    const parsed = parseResponse(file.text, samsonNb);
    expect(parsed.ok && parsed.value).to.deep.equal(el.response);
    // The idea that looks like markup is data in the file, character for character.
    expect(parsed.ok && parsed.value.answers[fields[6]!.statements[8]!.id]!.idea).to.equal(XSS);
    expect(file.text).to.contain(JSON.stringify(XSS));
  });
});

describe('import', () => {
  it('round-trips: an exported file continued in a fresh element gives the same response', async () => {
    const source = await scorecard();
    await someAnswers(source);
    const file = await exportFile(source);

    const el = await scorecard();
    await importFile(el, file.text);
    expect(visibleText(el)).to.contain('Filen inneholder svarene «Time 1»');
    expect(visibleText(el)).to.contain(`med 2 av ${samsonNb.fields.flatMap((f) => f.statements).length} utsagn besvart`);
    expect(shadow(el).activeElement?.id).to.equal('offer-continue');
    await expectAccessible(el, 'the import offer');
    const changed = oneEvent(el, 'samson-change');
    buttonNamed(el, 'Fortsett med svarene fra filen').click();
    expect((await changed).detail.response).to.deep.equal(source.response);
    await settle(el);
    expect(el.response).to.deep.equal(source.response);
    // It lands on the results, where the idea shows as text.
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Resultater');
    expect(visibleText(el)).to.contain('Felles lunsj hver fredag');
  });

  it('starts a new round from a file: weights kept, answers and ideas empty, label counted up', async () => {
    const previous = withAnswer(
      withWeight(createResponse(samsonNb, 'Time 1', new Date('2025-01-10T10:00:00Z')), 'demokrati', 5),
      fields[2]!.statements[0]!.id,
      { rating: 2, idea: 'Faste møter' },
      new Date('2025-01-10T11:00:00Z'),
    );
    const el = await scorecard();
    await importFile(el, JSON.stringify({ ...previous, completedAt: '2025-01-10T12:00:00.000Z' }));
    buttonNamed(el, 'Start en ny runde fra filen').click();
    await settle(el);
    const round = el.response;
    expect(round.label).to.equal('Time 2');
    expect(round.weights).to.deep.equal({ demokrati: 5 });
    expect(round.answers).to.deep.equal({});
    expect(round.completedAt).to.equal(undefined);
    expect(Date.parse(round.createdAt)).to.be.greaterThan(Date.parse('2026-01-01'));
    // The weighting step opens so the group can revisit their ambitions.
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Vekting av verdier');
    expect(shadow(el).querySelector('.legacy-weights')!.textContent).to.contain('5 – Svært viktig');
  });

  it('cancelling an import changes nothing', async () => {
    const el = await scorecard();
    await someAnswers(el);
    const before = el.response;
    await importFile(el, JSON.stringify(createResponse(samsonNb, 'Annen')));
    buttonNamed(el, 'Avbryt importen').click();
    await settle(el);
    expect(el.response).to.deep.equal(before);
    expect(shadow(el).querySelector('.offer')).to.equal(null);
  });

  // The event's message says where with the path, for a developer; the visible one in the scorecard's words.
  const bad: Array<[string, string, string, string?]> = [
    ['not JSON', '{ "format": "samson-response@1", ', 'Filen er ikke gyldig JSON.'],
    ['another kind of file', JSON.stringify({ format: 'soimpact-plan@1' }), 'Dette er ikke en fil av riktig slag'],
    [
      'the wrong shape',
      JSON.stringify({ ...createResponse(samsonNb), weights: { apenhet: 9 }, createdAt: 'i går' }),
      'weights.apenhet: Kan være høyst 5.',
      'Verdien «Åpenhet»: Kan være høyst 5.',
    ],
    [
      // A number written as text (a spreadsheet's or a hand-edited export) is there: not «mangler».
      'a weight written as text',
      JSON.stringify({ ...createResponse(samsonNb), weights: { apenhet: '3' } }),
      'weights.apenhet: Skal være et tall.',
      'Verdien «Åpenhet»: Skal være et tall.',
    ],
    [
      'answers to another instrument',
      JSON.stringify({ ...createResponse(samsonNb), instrument: { id: 'annet', version: '1' } }),
      '«annet»',
    ],
    ['a newer format', JSON.stringify({ ...createResponse(samsonNb), format: 'samson-response@2' }), 'nyere versjon'],
  ];
  for (const [what, text, message, shown = message] of bad) {
    it(`refuses ${what} with a visible message and samson-error, and keeps the answers`, async () => {
      const el = await scorecard();
      await someAnswers(el);
      const before = el.response;
      const failed = oneEvent(el, 'samson-error');
      await importFile(el, text);
      const detail = (await failed).detail;
      await settle(el);
      expect(detail.problems.length).to.be.greaterThan(0);
      expect(detail.message).to.contain(message);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Filen kunne ikke importeres');
      expect(alert.textContent).to.contain(shown);
      expect(el.response).to.deep.equal(before);
      expect(shadow(el).querySelector('.offer')).to.equal(null);
      await expectAccessible(el, `the import error (${what})`);
    });
  }
});

describe('<samson-scorecard>: where a problem in an imported file is', () => {
  afterEach(async () => setLanguage('nb'));

  // `likeverdighet-1` is the first statement of the field «Likeverd» («Equal partnership» in English).
  const bySay = [
    ['nb', 'Utsagn 1 i «Likeverd»: Vurderingen må være et tall fra 1 til 5', 'Filen kunne ikke importeres'],
    ['en', 'Statement 1 in “Equal partnership”: The rating must be a number from 1 to 5', 'The file could not be imported'],
  ] as const;
  for (const [lang, says, heading] of bySay) {
    it(`names the statement and its field of a bad rating, not its path (${lang})`, async () => {
      await setLanguage(lang);
      const el = await scorecard();
      await until(() => el.instrument.locale === lang, `the ${lang} instrument`);
      const failed = oneEvent(el, 'samson-error');
      await importFile(el, JSON.stringify({ ...createResponse(samsonNb), answers: { 'likeverdighet-1': { rating: 7 } } }));
      const detail = (await failed).detail;
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(heading);
      expect(alert.textContent).to.contain(says);
      expect(alert.textContent).not.to.contain('likeverdighet-1');
      expect(alert.textContent).not.to.match(/\w\.\w+\.\w|\[\d+\]/);
      // For the page's developer the path stays, in the problem and the event's message.
      expect(detail.problems[0]!.path).to.deep.equal(['answers', 'likeverdighet-1', 'rating']);
      expect(detail.message).to.contain('answers.likeverdighet-1.rating');
    });
  }
});
