// <samson-profile> with parties who answered on their own: one line per party (told apart by
// dash and point style as well as colour) or the joint line in a band from the lowest to the
// highest party; the summary and the "see it differently" list name the widest disagreement.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import { agreeJointAnswer, withJointResponse } from '../../src/core/samson/history.js';
import { loadBuiltInInstrument } from '../../src/content/samson/index.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import {
  $,
  chartOf,
  disputedField,
  disputedStatement,
  expectAccessible,
  instrument,
  profile,
  round1,
  setLanguage,
  settle,
  text,
  threeParties,
  threePartyHistory,
} from '../fixtures/profile-helpers.js';
import { until } from '../fixtures/wait.js';

const lines = (el: SamsonProfile) => chartOf(el).data.datasets.filter((d) => d.order !== 100);
const disputed = instrument.fields[disputedField]!.statements[disputedStatement]!;

async function partiesProfile(attrs: { parties?: string; field?: string; history?: unknown } = {}): Promise<SamsonProfile> {
  await profile([]); // sets reduced motion once
  const el = await fixture<SamsonProfile>(
    attrs.history
      ? html`<samson-profile
          .history=${attrs.history}
          parties=${attrs.parties ?? 'lines'}
          field=${attrs.field ?? ''}
        ></samson-profile>`
      : html`<samson-profile
          .responses=${threeParties}
          parties=${attrs.parties ?? 'lines'}
          field=${attrs.field ?? ''}
        ></samson-profile>`,
  );
  await settle(el);
  return el;
}

describe('<samson-profile>: three parties', () => {
  afterEach(async () => setLanguage('nb'));

  it('draws one line per party, told apart by dash, point style and colour', async () => {
    const el = await partiesProfile();
    const drawn = lines(el);
    expect(drawn.map((d) => d.label)).to.deep.equal(['kommunen', 'frivilligheten', 'innbyggerne']);
    drawn.forEach((d, i) => expect(d.data).to.deep.equal(scoreResponse(instrument, threeParties[i]!).fields.map((f) => f.score)));
    expect(new Set(drawn.map((d) => JSON.stringify(d.borderDash))).size).to.equal(3);
    expect(new Set(drawn.map((d) => d.pointStyle)).size).to.equal(3);
    expect(new Set(drawn.map((d) => String(d.borderColor))).size).to.equal(3);
    expect(text(el, '[part="legend"]')).to.contain('kommunen').and.to.contain('innbyggerne');
  });

  it('names the field and the statement they see most differently, and lists that statement first', async () => {
    const el = await partiesProfile();
    const summary = text(el, '[part="summary"]');
    expect(summary).to.contain(`Størst uenighet om et utsagn: «${disputed.text}», fra 0,0 (kommunen) til 10,0 (innbyggerne).`);
    expect(summary).to.contain(`handlingsfeltet ${instrument.fields[disputedField]!.name}`);
    const list = [...el.shadowRoot!.querySelectorAll('[part="disagreements"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(text(el, '[part="disagreements"] h3')).to.equal('Her ser dere det ulikt: snakk om dette først');
    expect(list).to.have.length(1);
    expect(list[0]).to.equal(`${disputed.text} kommunen 1 · frivilligheten 3 · innbyggerne 5`);
    expect(text(el, '[part="disagreements"] li .value')).to.equal('kommunen 1 · frivilligheten 3 · innbyggerne 5');
    // The statement is quoted as each language quotes: “…” in English, not Norwegian «…».
    await setLanguage('en');
    await settle(el);
    await until(() => text(el, '[part="summary"]').includes('The statement they disagree on most'), 'the English summary');
    const english = text(el, '[part="summary"]');
    expect(english).to.match(/The statement they disagree on most: “[^“”«»]+”, from /);
    expect(english).not.to.contain('«');
  });

  it('has one table column per party and the spread between them', async () => {
    const el = await partiesProfile({ field: instrument.fields[disputedField]!.id });
    $(el, '[part~="toggle"]')!.click();
    await settle(el);
    const head = [...el.shadowRoot!.querySelectorAll('[part="table"] thead th')].map((th) => th.textContent!.trim());
    expect(head.slice(1, 4)).to.deep.equal(['Skår (kommunen)', 'Skår (frivilligheten)', 'Skår (innbyggerne)']);
    expect(head.at(-1)).to.equal('Spenn mellom partene');
    const row = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')][disputedStatement]!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells.slice(0, 3)).to.deep.equal(['0,0', '5,0', '10,0']);
    expect(cells.at(-1)).to.equal('10,0');
    // The drill-down's summary names the statement by its number.
    expect(text(el, '[part="summary"]')).to.contain(`utsagn ${disputedStatement + 1}, fra 0,0 (kommunen) til 10,0 (innbyggerne)`);
  });

  it('draws the joint line inside a band from the lowest to the highest party with parties="band"', async () => {
    let history = threePartyHistory();
    history = agreeJointAnswer(history, 'r1', disputed.id, { rating: 3, idea: 'Snakke om det på neste møte' });
    const el = await partiesProfile({ parties: 'band', history, field: instrument.fields[disputedField]!.id });
    const [high, low, joint] = lines(el);
    expect(high!.fill).to.equal('+1');
    expect(low!.fill).to.equal(false);
    expect(high!.data[disputedStatement]).to.equal(10);
    expect(low!.data[disputedStatement]).to.equal(0);
    expect(high!.data[0]).to.equal(7.5);
    expect(low!.data[0]).to.equal(7.5);
    expect(joint!.label).to.equal('Felles svar (Runde 1)');
    expect(joint!.data[disputedStatement]).to.equal(5);
    expect(joint!.borderDash).to.deep.equal([]);
    // The band's fill is the next dataset: the band's lower edge.
    const datasets = chartOf(el).data.datasets;
    expect(datasets.indexOf(low!)).to.equal(datasets.indexOf(high!) + 1);
    expect(text(el, '[part="legend"]')).to.contain('Fra laveste til høyeste part');
  });

  it('shows the parties\' mean in the band before a joint answer is agreed, and rounds only with parties="off"', async () => {
    const el = await partiesProfile({ parties: 'band', history: threePartyHistory() });
    expect(lines(el).at(-1)!.label).to.equal('Gjennomsnitt av 3 parter');
    el.parties = 'off';
    await settle(el);
    // Without parties the round has only its (empty) joint answer.
    expect(lines(el)).to.have.length(1);
    expect(lines(el)[0]!.data.every((v) => v === null)).to.equal(true);
  });

  it("keeps the rounds and the parties apart: earlier rounds as rounds, party responses as the current round's parties", async () => {
    await profile([]);
    const history = withJointResponse(threePartyHistory(), 'r1', round1);
    const el = await fixture<SamsonProfile>(html`<samson-profile .history=${history} parties="off"></samson-profile>`);
    await settle(el);
    expect(lines(el).map((d) => d.label)).to.deep.equal(['Runde 1']);
    el.parties = 'lines';
    await settle(el);
    expect(lines(el).map((d) => d.label)).to.deep.equal(['kommunen', 'frivilligheten', 'innbyggerne']);
  });

  for (const lang of ['nb', 'da', 'en'] as const) {
    it(`says where the parties disagree in ${lang}, axe clean in lines and band, and by keyboard`, async () => {
      await setLanguage(lang);
      const names = await loadBuiltInInstrument(lang);
      const el = await partiesProfile();
      await settle(el);
      const statement = names.fields[disputedField]!.statements[disputedStatement]!.text;
      const heading = {
        nb: 'Her ser dere det ulikt: snakk om dette først',
        da: 'Her ser I det forskelligt: tal om det først',
        en: 'Where you see it differently: talk about these first',
      }[lang];
      expect(text(el, '[part="disagreements"] h3')).to.equal(heading);
      expect(text(el, '[part="disagreements"] li')).to.contain(statement);
      expect(text(el, '[part="summary"]')).to.contain(statement);
      await expectAccessible(el, `parties ${lang}`);
      $(el, '[part~="toggle"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($(el, '[part="table"]')!.hidden).to.equal(false);
      await expectAccessible(el, `parties table ${lang}`);
      el.parties = 'band';
      await settle(el);
      await expectAccessible(el, `parties band ${lang}`);
    });
  }
});
