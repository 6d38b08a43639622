import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { loadBuiltInInstrument } from '../../src/content/samson/index.js';
import { scoreResponse } from '../../src/core/samson/scoring.js';
import { aggregateResponses, fieldPoints, statementPoints, summarizeProfile } from '../../src/core/samson/profile.js';
import type { Instrument } from '../../src/core/samson/instrument.js';
import type { ErrorDetail } from '../../src/core/problems.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import {
  $,
  canvases,
  chartOf,
  expectAccessible,
  instrument,
  makeResponse,
  mount,
  profile,
  round1,
  round2,
  round3,
  setLanguage,
  settle,
  text,
} from '../fixtures/profile-helpers.js';

const scores1 = scoreResponse(instrument, round1);
const scores2 = scoreResponse(instrument, round2);

function scoreDatasets(el: SamsonProfile, index = 0) {
  return chartOf(el, index).data.datasets.filter((d) => d.order !== 100);
}
function importanceDataset(el: SamsonProfile, index = 0) {
  return chartOf(el, index).data.datasets.find((d) => d.order === 100);
}

describe('<samson-profile>: what the chart draws', () => {
  afterEach(async () => setLanguage('nb'));

  it('draws the seven field scores and the importance as the grey layer, straight from the core', async () => {
    const el = await profile([round1]);
    const chart = chartOf(el);
    expect((chart.config as { type?: string }).type).to.equal('radar');
    expect(chart.data.labels).to.have.length(7);
    const [score] = scoreDatasets(el);
    expect(score!.data).to.deep.equal(scores1.fields.map((f) => f.score));
    expect(score!.borderWidth).to.equal(3.5);
    expect(score!.borderDash).to.deep.equal([]);
    const importance = importanceDataset(el)!;
    expect(importance.data).to.deep.equal(scores1.fields.map((f) => f.importance));
    expect(importance.fill).to.equal('origin');
    expect(importance.label).to.equal('Viktighet');
    const scale = chart.scales['r']!;
    expect([scale.min, scale.max]).to.deep.equal([0, 10]);
    // Drawn behind: Chart.js draws higher `order` first.
    expect(importance.order).to.be.greaterThan(score!.order!);
    expect(text(el, '.legend')).to.contain('Viktighet').and.to.contain('Skår');
  });

  it('drills down into a field from the attribute: numbered statement axes and the statements listed beside', async () => {
    const el = await profile([round1], { field: 'kommunikasjon' });
    const field = instrument.fields.find((f) => f.id === 'kommunikasjon')!;
    const chart = chartOf(el);
    expect(chart.data.labels).to.deep.equal(field.statements.map((_, i) => String(i + 1)));
    expect(scoreDatasets(el)[0]!.data).to.deep.equal(statementPoints(scores1, 'kommunikasjon').map((p) => p.score));
    expect(importanceDataset(el)!.data).to.deep.equal(statementPoints(scores1, 'kommunikasjon').map((p) => p.importance));
    const items = [...el.shadowRoot!.querySelectorAll('[part="statements"] li')];
    expect(items).to.have.length(field.statements.length);
    expect(el.shadowRoot!.querySelector('[part="statements"]')!.tagName).to.equal('OL');
    items.forEach((li, i) => expect(li.textContent).to.contain(field.statements[i]!.text));
    expect($(el, '[part~="back"]') !== null).to.equal(true);
    expect(text(el, 'figcaption')).to.contain('Kommunikasjon');
  });

  it('compares two rounds on one chart, told apart by dash pattern and point style as well as colour', async () => {
    const el = await profile([round1, round2]);
    const [a, b] = scoreDatasets(el);
    expect(a!.label).to.equal('Tidspunkt 1');
    expect(b!.label).to.equal('Tidspunkt 2');
    expect(a!.data).to.deep.equal(scores1.fields.map((f) => f.score));
    expect(b!.data).to.deep.equal(scores2.fields.map((f) => f.score));
    expect(a!.borderDash).to.not.deep.equal(b!.borderDash);
    expect(a!.pointStyle).to.not.equal(b!.pointStyle);
    expect(a!.borderColor).to.not.equal(b!.borderColor);
    // The current round is the bold solid line, the earlier one dashed, thinner and lighter.
    expect(b!.borderDash).to.deep.equal([]);
    expect(a!.borderDash).to.have.length.greaterThan(0);
    expect(b!.borderWidth).to.be.greaterThan(a!.borderWidth as number);
    expect(String(a!.borderColor)).to.match(/rgba\(.+, 0\.6\)$/);
    expect(b!.order).to.be.lessThan(a!.order!); // drawn on top
    // The legend shows the same: a dashed, lighter swatch for the earlier round.
    const swatches = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].slice(1);
    expect(swatches[0]!.querySelector('svg')!.classList.contains('earlier')).to.equal(true);
    expect(swatches[0]!.querySelector('line')!.getAttribute('stroke-dasharray')).to.not.equal('none');
    expect(swatches[1]!.querySelector('line')!.getAttribute('stroke-dasharray')).to.equal('none');
    // The grey layer is the latest round's importance.
    expect(importanceDataset(el)!.data).to.deep.equal(scores2.fields.map((f) => f.importance));
    // What changed: forankring rose, kommunikasjon fell (as in Figur 6).
    const changes = text(el, '[part="changes"]');
    expect(changes).to.contain('Endringer fra «Tidspunkt 1» til «Tidspunkt 2»');
    expect(changes.indexOf('Forankring')).to.be.lessThan(changes.indexOf('Falt mest'));
    expect(changes.indexOf('Kommunikasjon')).to.be.greaterThan(changes.indexOf('Falt mest'));
  });

  it('draws one small chart per response side by side', async () => {
    const el = await profile([round1, round2, round3], { compare: 'side-by-side' });
    expect(canvases(el)).to.have.length(3);
    [round1, round2, round3].forEach((round, i) => {
      const datasets = scoreDatasets(el, i);
      expect(datasets).to.have.length(1);
      expect(datasets[0]!.data).to.deep.equal(scoreResponse(instrument, round).fields.map((f) => f.score));
      expect(importanceDataset(el, i)!.data).to.deep.equal(scoreResponse(instrument, round).fields.map((f) => f.importance));
    });
    el.compare = 'overlay';
    await settle(el);
    expect(canvases(el)).to.have.length(1);
    expect(scoreDatasets(el)).to.have.length(3);
  });

  it('draws the mean of many respondents as one profile with `aggregate`', async () => {
    const many = Array.from({ length: 12 }, (_, k) => makeResponse(`R${k}`, (f, s) => (((f + s + k) % 5) + 1) as 1));
    const el = await profile(many);
    el.aggregate = true;
    await settle(el);
    const mean = aggregateResponses(instrument, many);
    const datasets = scoreDatasets(el);
    expect(datasets).to.have.length(1);
    expect(datasets[0]!.label).to.equal('Gjennomsnitt av 12 svar');
    expect(datasets[0]!.data).to.deep.equal(mean.fields.map((f) => f.score));
  });

  it('leaves the grey layer out with show-importance="false"', async () => {
    const el = await fixture<SamsonProfile>(
      html`<samson-profile show-importance="false" .responses=${[round1]}></samson-profile>`,
    );
    await settle(el);
    expect(el.showImportance).to.equal(false);
    expect(importanceDataset(el) === undefined).to.equal(true);
    expect(text(el, '.legend')).to.not.contain('Viktighet');
    el.showImportance = true;
    await settle(el);
    expect(importanceDataset(el) !== undefined).to.equal(true);
  });
});

describe('<samson-profile>: summary and table agree with the numbers in nb, da and en', () => {
  // Wide enough for the field names to stand at the axes (narrower charts number them).
  before(async () => setViewport({ width: 1280, height: 900 }));
  after(async () => {
    await setLanguage('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'da', 'en'] as const) {
    it(`in ${lang}`, async () => {
      await setLanguage(lang);
      const names: Instrument = await loadBuiltInInstrument(lang);
      const el = await profile([round1, round2]);
      await settle(el);
      expect(el.instrument.locale).to.equal(lang);
      const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
      const nameOf = (id: string) => names.fields.find((f) => f.id === id)!.name;

      const summary = summarizeProfile(fieldPoints(scores2), fieldPoints(scores1));
      const said = text(el, '[part="summary"]');
      expect(said).to.contain(`${nameOf(summary.strongest!.id)} (${number.format(summary.strongest!.score)})`);
      expect(said).to.contain(`${nameOf(summary.weakest!.id)} (${number.format(summary.weakest!.score)})`);
      expect(said).to.contain(nameOf(summary.biggestGap!.id));
      expect(said).to.contain(number.format(summary.biggestGap!.importance));
      expect(said).to.contain(nameOf(summary.largestChange!.id));
      expect(said).to.contain(number.format(summary.largestChange!.before));

      // The table: one row per field, a score column per round and the current round's importance, formatted for the language.
      $(el, '[part~="toggle"]')!.click();
      await settle(el);
      const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')];
      expect(rows).to.have.length(7);
      rows.forEach((row, i) => {
        const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
        const f1 = scores1.fields[i]!;
        const f2 = scores2.fields[i]!;
        expect(cells).to.deep.equal([
          names.fields[i]!.name,
          number.format(f1.score!),
          number.format(f2.score!),
          number.format(f2.importance!),
        ]);
      });
      // The chart's axis titles are in the same language.
      expect(chartOf(el).data.labels!.flat().join(' ').replace(/- /g, '')).to.contain(names.fields[2]!.name.split(' ')[0]!);
      const legend = { nb: 'Viktighet', da: 'Vigtighed', en: 'Importance' }[lang];
      expect(importanceDataset(el)!.label).to.equal(legend);
    });
  }

  it('gives a drill-down summary that names statements by their numbers', async () => {
    await setLanguage('nb');
    const el = await profile([round1], { field: 'kommunikasjon' });
    const summary = summarizeProfile(statementPoints(scores1, 'kommunikasjon'));
    const points = statementPoints(scores1, 'kommunikasjon');
    const n = (id: string) => points.findIndex((p) => p.id === id) + 1;
    expect(text(el, '[part="summary"]')).to.contain(`utsagn ${n(summary.strongest!.id)}`);
    expect(text(el, '[part="summary"]')).to.contain(`utsagn ${n(summary.biggestGap!.id)}`);
  });
});

describe('<samson-profile>: interaction and accessibility', () => {
  it('reaches the table toggle, the axis labels and the drill-down with the keyboard', async () => {
    const wrapper = await mount(
      html`<div>
        <button id="before">before</button>
        <samson-profile .responses=${[round1]}></samson-profile>
      </div>`,
    );
    const el = wrapper.querySelector('samson-profile')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;

    await sendKeys({ press: 'Tab' });
    expect(active()?.part.contains('toggle')).to.equal(true);
    expect(active()?.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active()?.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="table"]')!.hidden).to.equal(false);

    await sendKeys({ press: 'Tab' });
    expect(active()?.part.contains('download')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    // The chart itself is a tab stop: the arrow keys move its tooltip from point to point.
    expect(active()?.getAttribute('part')).to.equal('canvas');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active()?.part.contains('axis')).to.equal(true);
    expect(active()?.dataset['field']).to.equal('kommunikasjon');

    const selected = oneEvent(el, 'samson-profile-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ fieldId: 'kommunikasjon' });
    await settle(el);
    expect(el.field).to.equal('kommunikasjon');
    expect(el.getAttribute('field')).to.equal('kommunikasjon');
    expect(active()?.part.contains('back')).to.equal(true);
    expect(chartOf(el).data.labels).to.have.length(7);

    const back = oneEvent(el, 'samson-profile-select');
    await sendKeys({ press: 'Enter' });
    expect((await back).detail).to.deep.equal({ fieldId: null });
    await settle(el);
    expect(el.field).to.equal(null);
    expect(active()?.dataset['field']).to.equal('kommunikasjon');
  });

  it('starts the arrow keys on the score line, not on the grey importance layer behind it', async () => {
    await setLanguage('nb');
    const el = await profile([round1]);
    const canvas = canvases(el)[0]!;
    canvas.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const chart = chartOf(el);
    const [active] = chart.getActiveElements();
    expect(chart.data.datasets[active!.datasetIndex]!.label).not.to.equal('Viktighet');
    const said = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
    expect(said()).to.contain(instrument.fields[0]!.name);
    expect(said()).not.to.contain('Viktighet');
    // ↓ reaches the importance layer too, as the last stop.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(said()).to.contain('Viktighet');
  });

  it('drills down when an axis label on the canvas is clicked', async () => {
    const el = await profile([round1]);
    const chart = chartOf(el);
    const box = (
      chart.scales['r'] as unknown as {
        getPointLabelPosition(i: number): { left: number; top: number; right: number; bottom: number };
      }
    ).getPointLabelPosition(3);
    const rect = canvases(el)[0]!.getBoundingClientRect();
    const selected = oneEvent(el, 'samson-profile-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + (box.left + box.right) / 2), Math.round(rect.top + (box.top + box.bottom) / 2)],
    });
    expect((await selected).detail).to.deep.equal({ fieldId: instrument.fields[3]!.id });
    await settle(el);
    expect(chartOf(el).data.labels).to.have.length(instrument.fields[3]!.statements.length);
  });

  it('has no axe violations: overview, table, comparison, drill-down, side by side, empty and error', async () => {
    const el = await profile([round1, round2]);
    await expectAccessible(el, 'overview');
    $(el, '[part~="toggle"]')!.click();
    await settle(el);
    await expectAccessible(el, 'table open');
    el.field = 'forankring';
    await settle(el);
    await expectAccessible(el, 'drill-down');
    el.field = null;
    el.compare = 'side-by-side';
    await settle(el);
    await expectAccessible(el, 'side by side');
    el.responses = [];
    await settle(el);
    await expectAccessible(el, 'empty');
    el.responses = [{ ...round1, answers: { 'likeverdighet-1': { rating: 9 } } } as never, round2];
    await settle(el);
    await expectAccessible(el, 'error');
  });

  it('two profiles of the same rounds on one page (the results and one beside them) have no two landmarks of one name', async () => {
    const page = await fixture<HTMLElement>(
      html`<main>
        <samson-profile .responses=${[round1, round2]}></samson-profile>
        <samson-profile .responses=${[round1, round2]}></samson-profile>
      </main>`,
    );
    for (const el of page.querySelectorAll<SamsonProfile>('samson-profile')) await settle(el);
    await expectAccessible(page, 'two profiles on one page');
  });

  it('gives the canvas an accessible name and points it at the summary', async () => {
    const el = await profile([round1]);
    const canvas = canvases(el)[0]!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('Spiderdiagram');
    expect(canvas.getAttribute('aria-describedby')).to.equal('summary');
    expect($(el, '#summary')!.textContent).to.contain('Sterkest');
  });
});

describe('<samson-profile>: bad input', () => {
  it('shows an empty-state message, not an error, for no responses', async () => {
    let errors = 0;
    const el = await fixture<SamsonProfile>(html`<samson-profile @samson-error=${() => errors++}></samson-profile>`);
    await settle(el);
    expect($(el, '[part="empty"]') !== null).to.equal(true);
    expect($(el, '[part="error"]') === null).to.equal(true);
    expect(canvases(el)).to.have.length(0);
    expect(errors).to.equal(0);
  });

  it('lists invalid responses in a localized message, dispatches samson-error and still draws the valid ones', async () => {
    const missing = structuredClone(round1) as Partial<typeof round1>;
    delete missing.weights;
    const outOfRange = structuredClone(round2);
    outOfRange.answers['kommunikasjon-2'] = { rating: 7 as 5 };
    const otherInstrument = { ...structuredClone(round3), instrument: { id: 'another-tool', version: '1' } };
    const el = await fixture<SamsonProfile>(html`<samson-profile></samson-profile>`);
    const error = oneEvent<CustomEvent<ErrorDetail>>(el, 'samson-error');
    el.responses = [missing as never, outOfRange, otherInstrument, round3];
    const { detail } = await error;
    await settle(el);
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['missing', 'too-big', 'other-instrument']);
    expect(detail.problems.map((p) => p.path.slice(0, 2))).to.deep.equal([
      ['responses', 0],
      ['responses', 1],
      ['responses', 2],
    ]);
    expect(detail.message).to.contain('responses[1].answers.kommunikasjon-2.rating');
    const shown = text(el, '[part="error"]');
    // On screen by the response's number and the statement in its field; the paths are the event's.
    expect(shown).to.contain('Svar 1, vektingen: Dette mangler');
    expect(shown).to.contain('Svar 2, utsagn 2 i «Kommunikasjon»: Vurderingen må være et tall fra 1 til 5');
    expect(shown).not.to.contain('responses[');
    expect(shown).to.contain('«another-tool»');
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    // The valid one is drawn.
    expect(scoreDatasets(el).map((d) => d.label)).to.deep.equal(['Tidspunkt 3']);

    await setLanguage('en');
    await settle(el);
    expect(text(el, '[part="error"]')).to.contain('another-tool');
    expect(text(el, '[part="error"]')).to.not.contain('Dette mangler');
    await setLanguage('nb');
  });

  it('refuses something that is not a list, an unknown field and an invalid instrument without throwing', async () => {
    const el = await profile([round1]);
    const errors: Array<string[]> = [];
    el.addEventListener('samson-error', (e) => errors.push(e.detail.problems.map((p) => p.code)));
    el.responses = 'nonsense' as never;
    await settle(el);
    expect(errors.at(-1)).to.deep.equal(['wrong-type']);
    el.responses = [round1];
    el.field = 'no-such-field';
    await settle(el);
    expect(errors.at(-1)).to.deep.equal(['unknown-reference']);
    expect(chartOf(el).data.labels).to.have.length(7); // the overview stays
    el.field = null;
    el.instrument = { ...instrument, fields: [] } as never;
    await settle(el);
    expect(errors.at(-1)![0]).to.equal('too-small');
    expect(el.instrument.fields).to.have.length(7); // the built-in one stays in use
    el.instrument = undefined;
    await settle(el);
    expect($(el, '[part="error"]') === null).to.equal(true);
  });
});
