// Answering by party: three parties answer in turn on one device («Neste part»), the joint
// view lists first the statement they lie furthest apart on, the group agrees a joint answer
// there, the embedded profile draws the parties; files from three devices merge at once, and
// a share link carries one party's answers to a fresh page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer, type Rating, type Response } from '../../src/core/samson/response.js';
import { createShareLink } from '../../src/core/samson/share-link.js';
import { smallInstrument } from '../fixtures/samson-small-instrument.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  deepActive,
  expectAccessible,
  openField,
  openStep,
  press,
  rate,
  scorecard,
  setLanguage,
  settle,
  shadow,
  tabUntil,
  type,
  uniqueKey,
  until,
  buttonNamed,
} from '../fixtures/samson-scorecard-helpers.js';

const instrument = samsonNb;
const FIELD = 2;
const STATEMENT = 3;
const disputed = instrument.fields[FIELD]!.statements[STATEMENT]!;
const shared = instrument.fields[FIELD]!.statements[0]!;
const PARTIES = ['kommunen', 'frivilligheten', 'innbyggerne'] as const;
const RATINGS = [1, 3, 5] as const;

const $ = <T extends Element = HTMLElement>(el: SamsonScorecard, selector: string) => shadow(el).querySelector<T>(selector);
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function typeInto(el: SamsonScorecard, selector: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** One party's answers on the disputed field: the shared statement 4, the disputed one as given. */
async function answerAs(el: SamsonScorecard, rating: Rating): Promise<void> {
  await openField(el, FIELD);
  await rate(el, shared.id, 4);
  await rate(el, disputed.id, rating);
}

/** Three parties in turn on one device, then the group answers together on the results step. */
async function threePartiesInTurn(el: SamsonScorecard): Promise<void> {
  await typeInto(el, '#party-label', PARTIES[0]);
  await answerAs(el, RATINGS[0]);
  for (const [i, party] of PARTIES.slice(1).entries()) {
    await openStep(el, 0);
    buttonNamed(el, 'Neste part').click();
    await settle(el);
    await typeInto(el, '#next-party', party);
    buttonNamed(el, 'Start skjemaet for denne parten').click();
    await settle(el);
    expect($<HTMLInputElement>(el, '#party-label')!.value).to.equal(party);
    await answerAs(el, RATINGS[i + 1]!);
  }
  await openStep(el, 0);
  buttonNamed(el, 'Svar sammen nå').click();
  await settle(el);
}

async function jointProfile(el: SamsonScorecard): Promise<SamsonProfile> {
  const profile = $<SamsonProfile>(el, '.joint-view samson-profile')!;
  expect(profile, 'the joint view embeds a profile').to.exist;
  await until(
    () => !!profile.shadowRoot?.querySelector('canvas') && !!Chart.getChart(profile.shadowRoot.querySelector('canvas')!),
    'the profile chart',
  );
  await profile.updateComplete;
  return profile;
}

function partyResponse(party: string, rating: Rating, at: string): Response {
  let response: Response = { ...createResponse(instrument, '', new Date(at)), party };
  response = withAnswer(response, shared.id, { rating: 4 });
  return withAnswer(response, disputed.id, { rating });
}

async function importFiles(el: SamsonScorecard, files: Array<[string, string]>): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-parties')!;
  const transfer = new DataTransfer();
  for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => !!$(el, '#merge-report'), 'the merge report');
  await settle(el);
}

describe('<samson-scorecard>: answering by party', () => {
  afterEach(async () => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    await setLanguage('nb');
  });

  it('three parties answer in turn; the joint view lists the 1 / 3 / 5 statement first and the profile draws three lines', async () => {
    const el = await scorecard();
    await threePartiesInTurn(el);
    expect(textOf($(el, '#step-heading'))).to.equal('Resultater');
    expect($<HTMLInputElement>(el, '#party-label')).to.equal(null);
    const view = $(el, '.joint-view')!;
    expect(textOf(view.querySelector('#joint-heading'))).to.equal('Der vi ser det ulikt');
    expect(textOf(view.querySelector('#talk-first'))).to.equal('Her ser dere det ulikt: snakk om dette først');
    const first = view.querySelector('.disputed > li')!;
    expect(textOf(first.querySelector('.disputed-text'))).to.equal(disputed.text);
    expect([...first.querySelectorAll('.party-answers li')].map(textOf)).to.deep.equal([
      'kommunen 1',
      'frivilligheten 3',
      'innbyggerne 5',
    ]);
    expect(textOf(first.querySelector('.disputed-meta'))).to.contain('4 poeng fra hverandre');
    // The shared statement (4, 4, 4) is not among those to talk about first.
    expect([...view.querySelectorAll('.disputed-text')].map(textOf)).not.to.include(shared.text);

    const profile = await jointProfile(el);
    const lines = Chart.getChart(profile.shadowRoot!.querySelector('canvas')!)!.data.datasets.filter((d) => d.order !== 100);
    expect(lines.map((d) => d.label)).to.deep.equal([...PARTIES]);
    const summary = textOf(profile.shadowRoot!.querySelector('[part="summary"]'));
    expect(summary).to.contain(`«${disputed.text}», fra 0,0 (kommunen) til 10,0 (innbyggerne)`);

    // The band instead of lines, chosen in the joint view.
    const band = [...view.querySelectorAll<HTMLInputElement>('input[name="profile-mode"]')][1]!;
    band.click();
    await settle(el);
    await until(() => profile.parties === 'band', 'the band mode');
    await profile.updateComplete;
    await until(
      () => Chart.getChart(profile.shadowRoot!.querySelector('canvas')!)!.data.datasets.some((d) => d.label === 'Høyeste part'),
      'the band edges',
    );
    const banded = Chart.getChart(profile.shadowRoot!.querySelector('canvas')!)!.data.datasets.map((d) => d.label);
    expect(banded).to.include('Høyeste part').and.to.include('Laveste part');
  });

  it("keeps every party's answers on this device: a reload shows the same parties and the joint answer", async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    await threePartiesInTurn(el);
    const three = [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="joint-${disputed.id}"]`)].find(
      (r) => r.value === '3',
    )!;
    three.click();
    await settle(el);
    el.remove();
    const again = await scorecard(key);
    await until(() => again.history.rounds.at(-1)!.parties.length === 3, 'the parties restored');
    const round = again.history.rounds.at(-1)!;
    expect(round.parties.map((p) => [p.party, p.answers[disputed.id]?.rating])).to.deep.equal([
      ['kommunen', 1],
      ['frivilligheten', 3],
      ['innbyggerne', 5],
    ]);
    expect(again.response.party).to.equal(undefined);
    expect(again.response.answers[disputed.id]?.rating).to.equal(3);
  });

  it("the group agrees a joint answer on a disputed statement; the parties' answers stay beside it", async () => {
    const el = await scorecard();
    await threePartiesInTurn(el);
    const three = [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="joint-${disputed.id}"]`)].find(
      (r) => r.value === '3',
    )!;
    const changed = oneEvent(el, 'samson-change');
    three.click();
    const { detail } = await changed;
    expect(detail.response.party).to.equal(undefined);
    expect(detail.response.answers[disputed.id]!.rating).to.equal(3);
    await settle(el);
    const idea = $<HTMLTextAreaElement>(el, `#joint-idea-${disputed.id}`)!;
    idea.value = 'Felles møte om frivillighetens rolle';
    idea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.response.answers[disputed.id]).to.deep.equal({ rating: 3, idea: 'Felles møte om frivillighetens rolle' });
    // Still listed with each party's own answer.
    expect([...shadow(el).querySelectorAll('.disputed > li:first-child .party-answers li')].map(textOf)).to.deep.equal([
      'kommunen 1',
      'frivilligheten 3',
      'innbyggerne 5',
    ]);
    // The report's page «Der vi ser det ulikt» has one column per party and the joint answer.
    await openStep(el, stepIndex(scorecardSteps(instrument), 'report'));
    const page = $(el, '.report-parties')!;
    expect(textOf(page.querySelector('h3'))).to.equal('Der vi ser det ulikt');
    const head = [...page.querySelectorAll('.report-disputed thead th')].map(textOf);
    expect(head).to.deep.equal(['Utsagn', ...PARTIES, 'Felles svar']);
    const row = [...page.querySelectorAll('.report-disputed tbody td')].map(textOf);
    expect(row.slice(0, 3)).to.deep.equal(['1', '3', '5']);
    expect(row[3]).to.contain('3').and.to.contain('Felles møte om frivillighetens rolle');
  });

  it('imports three files at once and merges them; a broken file is listed by name and nothing else is lost', async () => {
    const el = await scorecard();
    await typeInto(el, '#party-label', 'styret');
    await openStep(el, stepIndex(scorecardSteps(instrument), 'results'));
    const files: Array<[string, string]> = PARTIES.map((party, i) => [
      `${party}.json`,
      JSON.stringify(partyResponse(party, RATINGS[i]!, `2026-03-0${i + 1}T10:00:00Z`)),
    ]);
    await importFiles(el, [...files, ['ødelagt.json', '{ "format": "samson-response@1", ']]);
    const report = $(el, '#merge-report')!;
    expect(textOf(report.querySelector('p'))).to.equal('Lagt til som parter: kommunen, frivilligheten, innbyggerne.');
    const perFile = [...report.querySelectorAll(':scope > ul > li')].map(textOf);
    expect(perFile.slice(0, 3)).to.deep.equal(['kommunen.json: lest.', 'frivilligheten.json: lest.', 'innbyggerne.json: lest.']);
    expect(perFile[3]).to.contain('ødelagt.json: kunne ikke leses').and.to.contain('Filen er ikke gyldig JSON.');
    expect(deepActive()).to.equal(report);
    // The party on screen stays, beside the three that came in.
    expect([...shadow(el).querySelectorAll('.party-list .party-name')].map(textOf)).to.deep.equal(['styret', ...PARTIES]);
    const first = $(el, '.disputed > li')!;
    expect(textOf(first.querySelector('.disputed-text'))).to.equal(disputed.text);
    expect(el.response.party).to.equal('styret');
  });

  it("a share link carries one party's answers to a fresh page, ready to merge; ideas only when chosen", async () => {
    // The party's device: make the link from the element, and say what it contains.
    const sender = await scorecard();
    await typeInto(sender, '#party-label', 'frivilligheten');
    await openField(sender, FIELD);
    await rate(sender, disputed.id, 3);
    const box = $<HTMLTextAreaElement>(sender, `#idea-${disputed.id}`)!;
    box.value = 'Privat tanke';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await openStep(sender, 0);
    expect(textOf($(sender, '#share-contents')))
      .to.contain('navnet på parten (frivilligheten)')
      .and.to.contain('Ideene til tiltak er ikke med.');
    expect(textOf($(sender, '.share'))).to.contain('Ingenting sendes noe sted');
    buttonNamed(sender, 'Lag lenke').click();
    await until(() => !!$(sender, '#share-link'), 'the link');
    const link = $<HTMLInputElement>(sender, '#share-link')!.value;
    expect(link).to.match(/#samson=[A-Za-z0-9_-]+$/);
    expect(link).not.to.contain('Privat');

    // A fresh page: the fragment is set before the element exists.
    history.replaceState(null, '', new URL(link).hash);
    const receiver = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await until(() => !!$(receiver, '.shared-offer'), 'the offer to merge');
    await settle(receiver);
    expect(textOf($(receiver, '#shared-text')))
      .to.contain('frivilligheten')
      .and.to.contain('ingenting er sendt noe sted');
    expect(deepActive()).to.equal($(receiver, '#shared-merge'));
    buttonNamed(receiver, 'Klar til å slå sammen: legg til som part').click();
    await settle(receiver);
    expect(location.hash).to.equal('');
    expect(textOf($(receiver, '#merge-report p'))).to.equal('Lagt til som parter: frivilligheten.');
    const parties = receiver.history.rounds.at(-1)!.parties;
    expect(parties.map((p) => p.party)).to.deep.equal(['frivilligheten']);
    expect(parties[0]!.answers[disputed.id]).to.deep.equal({ rating: 3 });

    // With the ideas chosen, they travel too — and the text says so.
    const ideas = [...shadow(sender).querySelectorAll<HTMLInputElement>('.share input[type="checkbox"]')][0]!;
    ideas.click();
    await settle(sender);
    expect(textOf($(sender, '#share-contents')))
      .to.contain('ideene til tiltak')
      .and.not.to.contain('ikke med');
    expect($(sender, '#share-link'), 'the old link is withdrawn').to.equal(null);
    const withIdeas = await createShareLink(sender.response, location.href, { ideas: true, weights: true });
    expect(withIdeas.ok).to.equal(true);
  });

  it('a share link made with the page’s own instrument (instrument-src) waits for it to load, then offers the merge', async () => {
    const first = smallInstrument.fields[0]!.statements[0]!;
    const answered = withAnswer(createResponse(smallInstrument), first.id, { rating: 4 });
    const link = await createShareLink({ ...answered, party: 'frivilligheten' }, location.href);
    expect(link.ok).to.equal(true);
    if (!link.ok) return;
    await fetch('/__fixture/parties-own-instrument?status=200&type=application%2Fjson', {
      method: 'PUT',
      body: JSON.stringify(smallInstrument),
    });
    history.replaceState(null, '', new URL(link.value).hash);
    const el = await fixture<SamsonScorecard>(
      html`<samson-scorecard storage-key=${uniqueKey()} instrument-src="/__fixture/parties-own-instrument"></samson-scorecard>`,
    );
    try {
      await until(() => el.instrument.id === smallInstrument.id, 'the instrument from the URL');
      await until(() => !!$(el, '.shared-offer'), 'the offer to merge the link');
      expect(textOf($(el, '#shared-text'))).to.contain('frivilligheten');
      expect($(el, '[role="alert"] .error-heading'), 'no refusal of the link').to.equal(null);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('a broken share link is refused with a message and an event; the answers stay', async () => {
    history.replaceState(null, '', '#samson=AAAA');
    const el = document.createElement('samson-scorecard') as SamsonScorecard;
    el.setAttribute('storage-key', uniqueKey());
    const failed = oneEvent(el, 'samson-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.problems[0]!.path).to.deep.equal(['#samson']);
      await settle(el);
      expect(textOf($(el, '[role="alert"] .error-heading'))).to.equal(
        'Svarene i lenken kunne ikke leses. Svarene dere har, er ikke endret.',
      );
      expect($(el, '.shared-offer')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  for (const lang of ['nb', 'da', 'en'] as const) {
    it(`works by keyboard only in ${lang}: the party field, «Neste part», «Svar sammen nå», a joint answer`, async function () {
      this.timeout(40000); // several axe runs over the whole scorecard on a shared, slow machine
      await setLanguage(lang);
      const el = await scorecard();
      await tabUntil((a) => a.id === 'party-label', 'the party field');
      await type('kommunen');
      await settle(el);
      await expectAccessible(el, `intro with a party, ${lang}`);
      await tabUntil((a) => a.id === 'open-next-party', '"Neste part"');
      await press('Enter');
      await settle(el);
      expect(deepActive()?.id).to.equal('next-party');
      await type('innbyggerne');
      await press('Enter');
      await settle(el);
      expect(deepActive()?.id).to.equal('step-heading');
      expect($<HTMLInputElement>(el, '#party-label')!.value).to.equal('innbyggerne');
      expect(el.history.rounds.at(-1)!.parties.map((p) => p.party)).to.deep.equal(['kommunen', 'innbyggerne']);
      await tabUntil((a) => a.id === 'answer-together', '"Svar sammen nå"');
      await press('Enter');
      await settle(el);
      expect(deepActive()?.id).to.equal('step-heading');
      await importFiles(el, [
        ['a.json', JSON.stringify(partyResponse('a', 1, '2026-03-01T10:00:00Z'))],
        ['b.json', JSON.stringify(partyResponse('b', 5, '2026-03-02T10:00:00Z'))],
      ]);
      // The disputed statement's joint answer by keyboard: Tab to its scale, an arrow key to pick.
      await tabUntil((a) => a instanceof HTMLInputElement && a.name === `joint-${disputed.id}`, 'the joint answer scale', 80);
      await press('ArrowRight');
      await settle(el);
      expect(el.response.answers[disputed.id]?.rating).to.equal(2);
    });

    it(`is axe clean in the joint view and the report's parties page in ${lang}`, async function () {
      this.timeout(40000);
      await setLanguage(lang);
      const el = await scorecard();
      await typeInto(el, '#party-label', 'kommunen');
      await openStep(el, stepIndex(scorecardSteps(instrument), 'results'));
      await importFiles(el, [
        ['a.json', JSON.stringify(partyResponse('a', 1, '2026-03-01T10:00:00Z'))],
        ['b.json', JSON.stringify(partyResponse('b', 5, '2026-03-02T10:00:00Z'))],
      ]);
      $<HTMLButtonElement>(el, '#answer-together')!.click();
      await settle(el);
      await jointProfile(el);
      await expectAccessible(el, `joint view, ${lang}`);
      await openStep(el, stepIndex(scorecardSteps(instrument), 'report'));
      expect($(el, '.report-parties')).to.exist;
      await expectAccessible(el, `report with the parties page, ${lang}`);
    });
  }
});
