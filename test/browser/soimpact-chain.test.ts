import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/soimpact-chain/define.js';
import type { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { createPlan, type ImpactPlan } from '../../src/core/soimpact/plan.js';
import { demoPlansNb, loadDemoPlan } from '../../src/content/soimpact/index.js';
import { getLocale, type Locale } from '../../src/i18n/locale.js';
import { until } from '../fixtures/wait.js';

const boost = demoPlansNb['boost-refugee'];

/** The handbook's table (000:2609-2652), by indicator id: the final result as printed. */
const BOOST_PRINTED: Record<string, string | null> = {
  assisted: '534',
  'qualifications-network': '349',
  interviews: '212',
  'job-offers': '46',
  'contracts-signed': '48',
  'employed-3-years': null,
};

const NOT_MEASURED: Record<Locale, string> = {
  nb: 'Ikke målt ennå',
  nn: 'Ikkje målt enno',
  da: 'Ikke målt endnu',
  en: 'Not measured yet',
};

async function setLanguage(lang: Locale): Promise<void> {
  document.documentElement.lang = lang;
  await until(() => getLocale() === lang, `the ${lang} locale`);
}

async function chainWith(plan: unknown, width = 1200): Promise<SoimpactChain> {
  // fixtureSync: `fixture` on a plain wrapper waits for an animation frame, which a test page
  // running in the background (the runner's second concurrent page) may never get.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"><soimpact-chain></soimpact-chain></div>`);
  const el = wrapper.querySelector('soimpact-chain')!;
  el.plan = plan as ImpactPlan;
  await el.updateComplete;
  return el;
}

function root(el: SoimpactChain): ShadowRoot {
  return el.shadowRoot!;
}

function indicatorButton(el: SoimpactChain, id: string): HTMLButtonElement {
  const button = root(el).querySelector<HTMLButtonElement>(`button.indicator[data-id="${id}"]`);
  if (!button) throw new Error(`no indicator ${id}`);
  return button;
}

function planWithProgress(): ImpactPlan {
  const plan = createPlan({ id: 'progress', title: 'Fremdrift' });
  plan.indicators = [
    {
      id: 'half',
      name: 'Halvveis',
      level: 'output',
      unit: 'count',
      baseline: { value: 0, date: '2025-01-01' },
      target: { value: 100, date: '2025-12-31' },
      measurements: [{ date: '2025-06-30', value: 50 }],
    },
    {
      id: 'fewer',
      name: 'Færre dager alene',
      level: 'outcome',
      unit: 'days',
      baseline: { value: 20, date: '2025-01-01' },
      target: { value: 10, date: '2025-12-31' },
      measurements: [{ date: '2025-06-30', value: 12 }],
    },
    {
      id: 'nothing-yet',
      name: 'Ikke målt',
      level: 'impact',
      unit: 'share',
      baseline: { value: 10, date: '2025-01-01' },
      target: { value: 40, date: '2027-12-31' },
      measurements: [],
    },
  ];
  return plan;
}

describe('<soimpact-chain>', () => {
  afterEach(() => setLanguage('nb'));

  it('shows the six links of the chain in order, as an ordered list', async () => {
    const el = await chainWith(boost);
    const list = root(el).querySelector('ol.chain')!;
    const columns = [...list.children].map((li) => (li as HTMLElement).dataset.column);
    expect(columns).to.deep.equal(['inputs', 'activities', 'output', 'outcome', 'impact', 'societal-value']);
    expect([...list.querySelectorAll(':scope > li > h3')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Innsatsfaktorer',
      'Aktiviteter',
      'Resultater',
      'Virkninger',
      'Effekter',
      'Samfunnsverdi',
    ]);
  });

  it('shows the Boost Refugee figures exactly as the handbook prints them', async () => {
    const el = await chainWith(boost);
    for (const [id, printed] of Object.entries(BOOST_PRINTED)) {
      const button = indicatorButton(el, id);
      if (printed === null) {
        expect(button.querySelector('.value'), id).to.equal(null);
        expect(button.querySelector('.not-measured')!.textContent!.trim()).to.equal('Ikke målt ennå');
      } else {
        expect(button.querySelector('.value')!.textContent!.trim(), id).to.equal(printed);
      }
    }
    // Each figure sits in the column of the level the handbook gives it.
    const inColumn = (level: string) =>
      [...root(el).querySelectorAll(`li[data-column="${level}"] button.indicator`)].map((b) => (b as HTMLElement).dataset.id);
    expect(inColumn('output')).to.deep.equal(['assisted', 'qualifications-network']);
    expect(inColumn('outcome')).to.deep.equal(['interviews', 'job-offers', 'contracts-signed']);
    expect(inColumn('impact')).to.deep.equal(['employed-3-years']);
    // The three outcome indicators sit under the handbook's shared heading.
    const group = root(el).querySelector('li[data-column="outcome"] .group-name')!;
    expect(group.textContent!.trim()).to.equal('Antall flyktninger som har kommet i dialog med arbeidsgivere');
  });

  for (const lang of ['da', 'en'] as const) {
    it(`shows the same Boost Refugee figures in ${lang}`, async () => {
      await setLanguage(lang);
      const plan = await loadDemoPlan('boost-refugee', lang);
      const el = await chainWith(plan);
      for (const [id, printed] of Object.entries(BOOST_PRINTED)) {
        const button = indicatorButton(el, id);
        if (printed === null) expect(button.querySelector('.not-measured')!.textContent!.trim()).to.equal(NOT_MEASURED[lang]);
        else expect(button.querySelector('.value')!.textContent!.trim(), id).to.equal(printed);
      }
      await setLanguage('nb');
    });
  }

  it('says that certainty of attribution falls towards the right', async () => {
    const el = await chainWith(boost);
    const band = root(el).querySelector('[part="attribution"]')!;
    expect(band.textContent).to.contain('Jo lenger til høyre i kjeden, desto mindre sikkert');
    expect(band.textContent).to.contain('Nær sammenheng – høy grad av sikkerhet');
    expect(band.textContent).to.contain('Usikker sammenheng – bidrag, ikke årsak');
    const chain = root(el).querySelector('ol.chain')!;
    // The band comes before the chain, so it is read first.
    expect(band.compareDocumentPosition(chain) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('takes the band colours from --soimpact-chain-*-color, and from the old --soimpact-*-color names, on its base part', async () => {
    const el = await chainWith(boost);
    const base = root(el).querySelector('[part="base"]')!;
    expect(base, 'the outer wrapper is the base part').to.equal(root(el).firstElementChild);
    const certain = () => getComputedStyle(base).getPropertyValue('--_certain').trim();
    el.style.setProperty('--soimpact-certain-color', 'rgb(1, 2, 3)');
    expect(certain(), 'the old name still works').to.equal('rgb(1, 2, 3)');
    el.style.setProperty('--soimpact-chain-certain-color', 'rgb(4, 5, 6)');
    expect(certain(), 'the new name wins').to.equal('rgb(4, 5, 6)');
    el.style.setProperty('--soimpact-chain-uncertain-color', 'rgb(7, 8, 9)');
    expect(getComputedStyle(base).getPropertyValue('--_uncertain').trim()).to.equal('rgb(7, 8, 9)');
  });

  it('shows progress with the numbers and a bar sized through the CSSOM, never a style attribute in the markup', async () => {
    const el = await chainWith(planWithProgress());
    const half = indicatorButton(el, 'half');
    expect(half.querySelector('.progress')!.textContent).to.contain('50');
    expect(half.querySelector('.reference')!.textContent).to.contain('Nullpunkt: 0');
    expect(half.querySelector('.reference')!.textContent).to.contain('Mål: 100');
    const track = half.querySelector<HTMLElement>('.bar')!;
    const fill = half.querySelector<HTMLElement>('.fill')!;
    expect(fill.style.getPropertyValue('--_percent')).to.equal('50%');
    const ratio = fill.getBoundingClientRect().width / track.clientWidth;
    expect(ratio).to.be.closeTo(0.5, 0.03);
    // A decrease from 20 to 12 towards 10 is 80 % of the way.
    const fewer = indicatorButton(el, 'fewer');
    expect(fewer.querySelector('.progress')!.textContent).to.contain('80');
    // Not measured: no bar, the words instead.
    const none = indicatorButton(el, 'nothing-yet');
    expect(none.querySelector('.bar')).to.equal(null);
    expect(none.textContent).to.contain('Ikke målt ennå');
  });

  it('emits soimpact-select on click and on Enter', async () => {
    const el = await chainWith(boost);
    const button = indicatorButton(el, 'interviews');
    const clickedEvent = oneEvent(el, 'soimpact-select');
    button.click();
    const clicked = await clickedEvent;
    expect(clicked.detail).to.deep.equal({ indicatorId: 'interviews', level: 'outcome' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    const other = indicatorButton(el, 'employed-3-years');
    other.focus();
    const pressed = oneEvent(el, 'soimpact-select');
    await sendKeys({ press: 'Enter' });
    expect((await pressed).detail).to.deep.equal({ indicatorId: 'employed-3-years', level: 'impact' });
  });

  it('shows a localized message listing the problems and emits soimpact-error for a bad plan, keeping the last good one', async () => {
    const el = await chainWith(boost);
    const bad = { ...boost, indicators: [{ ...boost.indicators[0]!, level: 'sideways' }], title: '' };
    const eventEvent = oneEvent(el, 'soimpact-error');
    el.plan = bad as unknown as ImpactPlan;
    const event = await eventEvent;
    await el.updateComplete;
    expect(event.detail.problems.length).to.be.greaterThan(0);
    expect(event.detail.message).to.be.a('string').and.not.equal('');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll('li').length).to.equal(event.detail.problems.length);
    // On screen by the refused plan's indicator name; the path is the event's.
    expect(alert.textContent).to.contain(`Indikatoren «${boost.indicators[0]!.name}», nivået: Må være én av`);
    expect(alert.textContent).not.to.contain('indicators[0]');
    expect(event.detail.message).to.contain('indicators[0].level');
    expect(alert.textContent).to.contain('Den forrige planen vises fortsatt');
    expect(indicatorButton(el, 'assisted').querySelector('.value')!.textContent!.trim()).to.equal('534');
    expect(el.plan!.id).to.equal('boost-refugee');
  });

  it('loads a plan from src, and reports a 404 and invalid JSON with the event', async () => {
    await fetch('/__fixture/chain-plan.json', { method: 'PUT', body: JSON.stringify(boost) });
    await fetch('/__fixture/chain-bad.json', { method: 'PUT', body: '{ "format": "soimpact-plan@1", ' });
    const el = await fixture<SoimpactChain>(html`<soimpact-chain src="/__fixture/chain-plan.json"></soimpact-chain>`);
    await until(() => root(el).querySelector('button.indicator'), 'the loaded plan');
    expect(indicatorButton(el, 'job-offers').querySelector('.value')!.textContent!.trim()).to.equal('46');

    const missingEvent = oneEvent(el, 'soimpact-error');
    el.src = '/test/fixtures/chain-no-such-plan.json';
    const missing = await missingEvent;
    expect(missing.detail.problems[0].code).to.equal('fetch-failed');
    expect(missing.detail.problems[0].status).to.equal(404);
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
    expect(indicatorButton(el, 'job-offers')).to.exist;

    const invalidEvent = oneEvent(el, 'soimpact-error');
    el.src = '/__fixture/chain-bad.json';
    const invalid = await invalidEvent;
    expect(invalid.detail.problems[0].code).to.equal('not-json');
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('ikke gyldig JSON');
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const plan = planWithProgress();
    plan.title = evil;
    plan.inputs = evil;
    plan.indicators[0]!.name = evil;
    plan.indicators[0]!.measurements[0]!.note = evil;
    plan.societalValue = { text: evil, references: [{ text: evil, url: 'https://example.org/' }] };
    const el = await chainWith(plan);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('h2')!.textContent).to.equal(evil);
    expect(indicatorButton(el, 'half').querySelector('.name')!.textContent).to.equal(evil);
  });

  it('stacks vertically in a narrow container and runs left to right in a wide one', async () => {
    const wide = await chainWith(boost, 1400);
    const wideBoxes = [...root(wide).querySelectorAll('ol.chain > li')].map((li) => li.getBoundingClientRect());
    for (const box of wideBoxes.slice(1)) {
      expect(box.top).to.be.closeTo(wideBoxes[0]!.top, 1);
      expect(box.left).to.be.greaterThan(wideBoxes[0]!.left);
    }
    const narrow = await chainWith(boost, 360);
    const boxes = [...root(narrow).querySelectorAll('ol.chain > li')].map((li) => li.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.top).to.be.greaterThanOrEqual(boxes[i - 1]!.bottom);
      expect(boxes[i]!.left).to.be.closeTo(boxes[0]!.left, 1);
    }
    expect(Math.max(...boxes.map((b) => b.right))).to.be.at.most(narrow.getBoundingClientRect().right + 0.5);
    // The caution turns with the chain: "further right" when wide, "further down" when stacked.
    const visible = (el: SoimpactChain) =>
      [...root(el).querySelectorAll<HTMLElement>('.caution')]
        .filter((p) => p.offsetParent !== null)
        .map((p) => p.textContent!.trim());
    expect(visible(wide)).to.deep.equal([
      'Jo lenger til høyre i kjeden, desto mindre sikkert kan en endring tilskrives innsatsen.',
    ]);
    expect(visible(narrow)).to.deep.equal(['Jo lenger ned i kjeden, desto mindre sikkert kan en endring tilskrives innsatsen.']);
  });

  for (const lang of ['nb', 'da', 'en'] as const) {
    it(`has no axe violations in ${lang}`, async () => {
      await setLanguage(lang);
      const plan = lang === 'nb' ? boost : await loadDemoPlan('boost-refugee', lang);
      const el = await chainWith(plan);
      await expect(el).to.be.accessible();
      const withProgress = await chainWith(planWithProgress());
      await expect(withProgress).to.be.accessible();
      withProgress.plan = { bad: true } as unknown as ImpactPlan;
      await withProgress.updateComplete;
      await expect(withProgress).to.be.accessible();
      await setLanguage('nb');
    });
  }
});
