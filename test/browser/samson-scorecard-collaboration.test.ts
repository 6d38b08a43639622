// «Om samarbeidet»: the optional step that places the collaboration between thin and thick,
// the placement in results and report in nb, nn, da and en (nothing before planning and delivery
// are answered), the whole flow in nynorsk, and a 1.0 response file with its earlier answers.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { loadBuiltInInstrument, samsonNb } from '../../src/content/samson/index.js';
import type { Instrument } from '../../src/core/samson/instrument.js';
import { createResponse, type Response } from '../../src/core/samson/response.js';
import { placeCollaboration } from '../../src/core/samson/placement.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { followDocumentLanguage, getLocale, type Locale } from '../../src/i18n/locale.js';
import {
  deepActive,
  expectAccessible,
  openStep,
  press,
  radio,
  scorecard,
  settle,
  shadow,
  tabUntil,
  type,
  visibleText,
} from '../fixtures/samson-scorecard-helpers.js';

const steps = scorecardSteps(samsonNb);
const COLLABORATION = stepIndex(steps, 'collaboration');
const RESULTS = stepIndex(steps, 'results');
const REPORT = stepIndex(steps, 'report');

async function pageLanguage(lang: Locale): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(() => getLocale() === lang, `locale ${lang}`);
}

function placementText(el: SamsonScorecard, where: string): string {
  const section = shadow(el).querySelector(`${where} .placement`);
  if (!section) throw new Error(`no placement in ${where}`);
  return section.textContent!.replace(/\s+/g, ' ');
}

/** Everything a placement must say, from the instrument's own texts. */
function expectPlacementSays(text: string, instrument: Instrument, response: Response): void {
  const content = instrument.collaboration!;
  const placement = placeCollaboration(response.collaboration);
  expect(text).to.contain(content.bands[placement.band!].name);
  expect(text).to.contain(content.bands[placement.band!].text);
  expect(text).to.contain(content.cells[placement.cell!]);
  expect(text).to.contain(content.ambition);
  expect(text).to.contain(content.caveat);
}

const thickish = (instrument: Instrument): Response => ({
  ...createResponse(instrument),
  collaboration: { planning: 'jointly', delivery: 'jointly', 'resident-roles': ['co-designers'], duration: 'lasting' },
});

afterEach(() => localStorage.clear());

describe('«Om samarbeidet»', function () {
  this.timeout(60_000);
  before(() => followDocumentLanguage());
  after(() => pageLanguage('nb'));

  it('is answered with the keyboard: radio groups, check boxes for the residents, a note; stored in response.collaboration', async () => {
    const el = await scorecard();
    await openStep(el, COLLABORATION);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Om samarbeidet');
    expect(visibleText(el)).to.contain(samsonNb.collaboration!.caveat);
    await expectAccessible(el, 'the empty collaboration step');

    // Planning: the first radio, then ArrowDown to «sammen».
    await tabUntil((a) => (a as HTMLInputElement).name === 'c-initiative', 'the initiative question');
    await press('Space');
    await tabUntil((a) => (a as HTMLInputElement).name === 'c-planning', 'the planning question');
    await press('ArrowDown');
    await tabUntil((a) => (a as HTMLInputElement).name === 'c-delivery', 'the delivery question');
    await press('Space');
    await tabUntil((a) => (a as HTMLInputElement).value === 'co-designers', 'the co-designer box');
    await press('Space');
    await tabUntil((a) => a.id === 'collaboration-note', 'the note');
    await type('Tynt er nok for oss i år');
    await settle(el);
    expect(el.response.collaboration).to.deep.equal({
      initiative: 'professionals',
      planning: 'jointly',
      delivery: 'professionals',
      'resident-roles': ['co-designers'],
      note: 'Tynt er nok for oss i år',
    });
    expect(placementText(el, '.collaboration')).to.contain('Tynt er nok for oss i år');
    await expectAccessible(el, 'the answered collaboration step');

    // Unticking the last role is an answer too: no roles.
    radio(el, 'c-resident-roles', 'co-designers').click();
    await settle(el);
    expect(el.response.collaboration!['resident-roles']).to.deep.equal([]);
    // An answer can be taken back.
    const clear = [...shadow(el).querySelectorAll<HTMLButtonElement>('.clear-answer')][0]!;
    clear.click();
    await settle(el);
    expect(el.response.collaboration!.initiative).to.equal(undefined);
  });

  it('shows nothing until planning and delivery are answered', async () => {
    const el = await scorecard();
    el.response = { ...createResponse(samsonNb), collaboration: { initiative: 'residents', planning: 'jointly' } };
    await settle(el);
    for (const step of [COLLABORATION, RESULTS, REPORT]) {
      await openStep(el, step);
      expect(shadow(el).querySelector('.placement'), `no placement on step ${step}`).to.equal(null);
    }
  });

  for (const lang of ['nb', 'nn', 'da', 'en'] as const) {
    it(`places the collaboration on the thin–thick line in results and report (${lang})`, async () => {
      await pageLanguage(lang);
      const instrument = await loadBuiltInInstrument(lang);
      const el = await scorecard();
      await waitUntil(() => el.instrument.locale === lang, `the ${lang} instrument`);
      const response = thickish(instrument);
      el.response = response;
      await settle(el);
      for (const [step, where] of [
        [RESULTS, '.results'],
        [REPORT, '.report'],
      ] as const) {
        await openStep(el, step);
        expectPlacementSays(placementText(el, where), instrument, response);
        const line = shadow(el).querySelector(`${where} .placement svg[role="img"]`)!;
        expect(line.getAttribute('aria-label')).to.contain(instrument.collaboration!.bands.thick.name);
        const marker = line.querySelector('circle')!;
        const position = placeCollaboration(response.collaboration).position!;
        expect(Number(marker.getAttribute('cx'))).to.be.closeTo(10 + position * 28, 0.01);
        expect(
          line.querySelector('.band-here')!.classList.contains(`band-${placeCollaboration(response.collaboration).band}`),
        ).to.equal(true);
        await expectAccessible(el, `the placement in ${where} (${lang})`);
      }
      const report = placementText(el, '.report');
      if (lang === 'nn') expect(report).not.to.match(/\bikke\b/);
    });
  }

  it('works through the whole flow in nynorsk (<html lang="nn">)', async () => {
    await pageLanguage('nn');
    const el = await scorecard();
    await waitUntil(() => el.instrument.locale === 'nn', 'the nn instrument');
    const instrument = el.instrument;
    expect(visibleText(el)).to.contain('Innleiing');

    await openStep(el, stepIndex(steps, 'weights'));
    expect(shadow(el).querySelector('#points-left')!.textContent).to.contain('20 poeng att');
    for (const [value, points] of Object.entries({ apenhet: 4, demokrati: 12, kreativitet: 2, ledelse: 2 })) {
      const box = shadow(el).querySelector<HTMLInputElement>(`#p-${value}`)!;
      box.focus();
      await type(String(points));
      await settle(el);
    }
    expect(shadow(el).querySelector('#points-left')!.textContent).to.contain('Alle 20 poenga er fordelte');
    await expectAccessible(el, 'the nn weighting');

    for (const [f, field] of instrument.fields.entries()) {
      await openStep(el, stepIndex(steps, 'field', f));
      for (const [s, statement] of field.statements.entries()) radio(el, `r-${statement.id}`, (s % 5) + 1).click();
      await settle(el);
    }
    await openStep(el, COLLABORATION);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal(instrument.collaboration!.title);
    for (const [question, option] of [
      ['planning', 'jointly'],
      ['delivery', 'jointly'],
      ['power', 'shared-commitments'],
    ] as const) {
      radio(el, `c-${question}`, option).click();
      await settle(el);
    }
    await expectAccessible(el, 'the nn collaboration step');
    await openStep(el, RESULTS);
    expect(visibleText(el)).to.contain('Alle utsegnene har svar.');
    expectPlacementSays(placementText(el, '.results'), instrument, el.response);
    const completed = oneEvent(el, 'samson-complete');
    await tabUntil((a) => a.textContent?.trim() === 'Merk som ferdig', 'mark complete', 120);
    await press('Enter');
    const detail = ((await completed) as CustomEvent).detail as { response: Response; scores: { overall: number | null } };
    expect(detail.response.points).to.deep.equal({ apenhet: 4, demokrati: 12, kreativitet: 2, ledelse: 2 });
    expect(detail.response.collaboration).to.deep.include({ planning: 'jointly', delivery: 'jointly' });
    expect(detail.scores.overall).to.be.a('number');
    await openStep(el, REPORT);
    expectPlacementSays(placementText(el, '.report'), instrument, el.response);
    expect(shadow(el).querySelector('.report .weights-list')!.textContent).to.contain('12');
    expect(deepActive()).to.exist;
  });
});

describe('a SAMSON 1.0 response file', function () {
  this.timeout(30_000);

  it('opens with the migration note, and its earlier answers stand beside the statements that replaced them', async () => {
    const file = {
      format: 'samson-response@1',
      instrument: { id: 'samson', version: '1.0.0' },
      label: 'Runde 1',
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T11:00:00.000Z',
      weights: { apenhet: 5, demokrati: 4, kreativitet: 3, ledelse: 5 },
      answers: {
        'likeverdighet-1': { rating: 4 },
        'likeverdighet-6': { rating: 2, idea: 'Kommunen tar ordet mindre' },
        'kommunikasjon-5': { rating: 'not-relevant' },
        'forankring-6': { idea: 'Orienter formannskapet i mai' },
      },
    };
    const el = await scorecard();
    const input = shadow(el).querySelector<HTMLInputElement>('#import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(file)], 'runde-1.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadow(el).querySelector('#offer-continue'), 'the import offer');
    shadow(el).querySelector<HTMLButtonElement>('#offer-continue')!.click();
    await waitUntil(() => shadow(el).querySelector('.migration-note'), 'the migration note');

    const note = shadow(el).querySelector('.migration-note')!;
    expect(note.textContent).to.contain(samsonNb.guidance.migrated!);
    expect(note.textContent).to.contain('1.0.0');
    const details = note.querySelector('details')!;
    details.open = true;
    const replaced = samsonNb.fields.flatMap((f) => f.statements).find((s) => s.id === 'likeverdighet-11')!;
    expect(details.textContent).to.contain(replaced.text);
    expect(details.textContent, 'the removed statement').to.contain('kommunikasjon-5');
    await expectAccessible(el, 'the migration note');

    // The field with the replaced statement shows «Tidligere svar» inside that statement.
    await openStep(el, stepIndex(steps, 'field', 0));
    const statement = radio(el, 'r-likeverdighet-11', 1).closest('fieldset')!;
    const earlier = statement.querySelector('.earlier-answers')!;
    expect(earlier.textContent).to.contain('Tidligere svar');
    expect(earlier.textContent).to.contain('Delvis uenig');
    expect(earlier.textContent).to.contain('Kommunen tar ordet mindre');
    expect(shadow(el).querySelectorAll('.earlier-answers').length).to.equal(1);
    await expectAccessible(el, 'a field with earlier answers');
    expect(el.response.answers['likeverdighet-1']).to.deep.equal({ rating: 4 });
    expect(el.response.earlierAnswers!['forankring-6']!.idea).to.equal('Orienter formannskapet i mai');
  });
});
