// What a brand needs beyond tokens: variant and state parts styled from the page, headings at
// the level of the article the elements sit in, slots for an intro and help, one focus ring.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/samson-scorecard/define.js';
import '../../src/elements/samson-profile/define.js';
import '../../src/elements/soimpact-planner/define.js';
import '../../src/elements/soimpact-chain/define.js';
import '../../src/elements/soimpact-chart/define.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { expectAccessible, openField, rate, settle, shadow, tabUntil, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';
import { until } from '../fixtures/wait.js';

const plan = demoPlansNb['job-course'];

function pageStyle(text: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const style = (el: Element) => getComputedStyle(el);
const tags = (root: ParentNode) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName.toLowerCase());

describe('theming', () => {
  describe('variant and state parts', () => {
    let removeStyle = () => {};
    before(() => {
      removeStyle = pageStyle(`
        samson-scorecard::part(button primary), soimpact-planner::part(button primary) { background-color: rgb(1, 2, 3); }
        samson-scorecard::part(nav-item current), soimpact-planner::part(nav-item current) { color: rgb(4, 5, 6); }
        samson-scorecard::part(option checked) { border-top-color: rgb(7, 8, 9); }
        samson-profile::part(button toggle expanded) { color: rgb(10, 11, 12); }
      `);
    });
    after(() => removeStyle());

    it('the scorecard: only the primary button, the current step and the chosen option take the page’s styles', async () => {
      const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
      await openField(el, 0);
      const root = shadow(el);
      const next = root.querySelector<HTMLButtonElement>('button.next')!;
      const back = root.querySelector<HTMLButtonElement>('button.back')!;
      expect(style(next).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(style(back).backgroundColor).not.to.equal('rgb(1, 2, 3)');

      const items = [...root.querySelectorAll<HTMLButtonElement>('[part~="nav-item"]')];
      const current = items.filter((item) => item.part.contains('current'));
      expect(current).to.have.length(1);
      expect(current[0]!.getAttribute('aria-current')).to.equal('step');
      expect(style(current[0]!).color).to.equal('rgb(4, 5, 6)');
      expect(items.filter((item) => style(item).color === 'rgb(4, 5, 6)')).to.have.length(1);

      const statement = samsonNb.fields[0]!.statements[0]!.id;
      const optionOf = (value: number) => root.querySelector(`input[name="r-${statement}"][value="${value}"]`)!.closest('label')!;
      expect(style(optionOf(4)).borderTopColor).not.to.equal('rgb(7, 8, 9)');
      await rate(el, statement, 4);
      expect(optionOf(4).part.contains('checked')).to.equal(true);
      expect(style(optionOf(4)).borderTopColor).to.equal('rgb(7, 8, 9)');
      expect(style(optionOf(3)).borderTopColor).not.to.equal('rgb(7, 8, 9)');
    });

    it('the planner uses the same part names for its buttons and its steps', async () => {
      const el = await fixture<SoimpactPlanner>(html`<soimpact-planner autosave="false" .plan=${plan}></soimpact-planner>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const next = root.querySelector<HTMLButtonElement>('button.next')!;
      expect(next.part.contains('primary')).to.equal(true);
      expect(style(next).backgroundColor).to.equal('rgb(1, 2, 3)');
      const current = root.querySelector<HTMLButtonElement>('[part~="current"]')!;
      expect(current.getAttribute('aria-current')).to.equal('step');
      expect(style(current).color).to.equal('rgb(4, 5, 6)');
      root.querySelectorAll<HTMLButtonElement>('[part~="nav-item"]')[3]!.click();
      await el.updateComplete;
      expect(style(root.querySelectorAll('[part~="nav-item"]')[3]!).color).to.equal('rgb(4, 5, 6)');
      expect(style(current).color).not.to.equal('rgb(4, 5, 6)');
    });
  });

  describe('heading-level', () => {
    it('the scorecard’s headings start at h2, or at the level given, and keep their look', async () => {
      const atTwo = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
      const atThree = await fixture<SamsonScorecard>(
        html`<samson-scorecard heading-level="3" storage-key=${uniqueKey()}></samson-scorecard>`,
      );
      expect(shadow(atTwo).querySelector('#step-heading')!.tagName).to.equal('H2');
      expect(shadow(atThree).querySelector('#step-heading')!.tagName).to.equal('H3');
      expect(style(shadow(atThree).querySelector('#step-heading')!).fontSize).to.equal(
        style(shadow(atTwo).querySelector('#step-heading')!).fontSize,
      );

      // The results step: the step heading and its sections one level below it.
      const results = stepIndex(scorecardSteps(samsonNb), 'results');
      for (const el of [atTwo, atThree]) {
        el.goToStep(results);
        await settle(el);
      }
      expect(tags(shadow(atTwo))[0], tags(shadow(atTwo)).join()).to.equal('h2');
      expect(tags(shadow(atTwo))).to.include('h3');
      expect(tags(shadow(atThree))[0]).to.equal('h3');
      expect(tags(shadow(atThree))).to.include('h4');
      expect(tags(shadow(atThree))).not.to.include('h2');
      await expectAccessible(atThree, 'the results step at heading-level 3');

      atThree.headingLevel = 9;
      await settle(atThree);
      expect(tags(shadow(atThree))[0]).to.equal('h2');
    });

    it('the planner, the chain, the chart and the profile follow it too (axe clean)', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<article>
          <h1>Artikkel</h1>
          <h2>Del</h2>
          <soimpact-planner heading-level="3" autosave="false" .plan=${plan}></soimpact-planner>
          <soimpact-chain heading-level="3" .plan=${plan}></soimpact-chain>
          <soimpact-chart heading-level="4" .plan=${plan} indicator="participants"></soimpact-chart>
          <samson-profile heading-level="4"></samson-profile>
        </article>`,
      );
      const [planner, chain, chart, profile] = ['soimpact-planner', 'soimpact-chain', 'soimpact-chart', 'samson-profile'].map(
        (tag) => wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> },
      );
      await Promise.all([planner, chain, chart, profile].map((el) => el!.updateComplete));
      expect(planner!.shadowRoot!.querySelector('.plan-title')!.tagName).to.equal('H3');
      expect(planner!.shadowRoot!.querySelector('#step-heading')!.tagName).to.equal('H4');
      expect(tags(chain!.shadowRoot!)[0]).to.equal('h3');
      expect(tags(chain!.shadowRoot!)).to.include('h4');
      await until(() => chart!.shadowRoot!.querySelector('#title') !== null, 'the chart title');
      expect(chart!.shadowRoot!.querySelector('#title')!.tagName).to.equal('H4');
      expect(tags(profile!.shadowRoot!).every((tag) => tag === 'h5')).to.equal(true);
      for (const el of [planner!, chain!]) await expectAccessible(el, `${el.localName} at heading-level 3`);
    });
  });

  describe('slots', () => {
    it('the scorecard shows slotted intro and help in the introduction, around the method’s text', async () => {
      const el = await fixture<SamsonScorecard>(
        html`<samson-scorecard storage-key=${uniqueKey()}>
          <p slot="intro" id="our-intro">Kommunen bruker SAMSON i alle samarbeid.</p>
          <p slot="help" id="our-help">Spørsmål? Ring servicetorget.</p>
        </samson-scorecard>`,
      );
      const intro = el.querySelector<HTMLElement>('#our-intro')!;
      const help = el.querySelector<HTMLElement>('#our-help')!;
      expect(intro.assignedSlot?.name).to.equal('intro');
      expect(help.assignedSlot?.name).to.equal('help');
      expect(intro.getBoundingClientRect().height).to.be.greaterThan(0);
      const guidance = [...shadow(el).querySelectorAll('.intro p')].find((p) =>
        p.textContent!.includes(samsonNb.guidance.intro[0]!),
      )!;
      const top = (node: Element) => node.getBoundingClientRect().top;
      expect(top(intro)).to.be.lessThan(top(guidance));
      expect(top(help)).to.be.greaterThan(top(guidance));
      // Only in the introduction: on another step it is not shown.
      await openField(el, 0);
      expect(intro.assignedSlot).to.equal(null);
    });

    it('the planner shows its intro under the title and help in the step’s guidance', async () => {
      const el = await fixture<SoimpactPlanner>(
        html`<soimpact-planner autosave="false" .plan=${plan}>
          <p slot="intro">Planen er en del av søknaden.</p>
          <p slot="help">Næringsavdelingen hjelper.</p>
        </soimpact-planner>`,
      );
      await el.updateComplete;
      const [intro, help] = [...el.querySelectorAll('p')];
      expect(intro!.assignedSlot!.closest('[part="header"]')).not.to.equal(null);
      expect(help!.assignedSlot!.closest('[part="guidance"]')).not.to.equal(null);
      expect(help!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('focus ring', () => {
    it('--se-focus-ring-color, -width and -offset set the outline of a focused button; --se-focus-ring overrides it whole', async () => {
      const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
      const before = await tabUntil((node) => node.localName === 'button', 'a button');
      expect(style(before).outlineStyle).to.equal('solid');
      expect(style(before).outlineWidth).to.equal('3px');
      el.style.setProperty('--se-focus-ring-color', 'rgb(200, 0, 0)');
      el.style.setProperty('--se-focus-ring-width', '5px');
      el.style.setProperty('--se-focus-ring-offset', '6px');
      expect(style(before).outlineColor).to.equal('rgb(200, 0, 0)');
      expect(style(before).outlineWidth).to.equal('5px');
      expect(style(before).outlineOffset).to.equal('6px');
      el.style.setProperty('--se-focus-ring', '2px dashed rgb(0, 0, 200)');
      expect(style(before).outlineStyle).to.equal('dashed');
      expect(style(before).outlineColor).to.equal('rgb(0, 0, 200)');
      // An answer option's ring comes from the same tokens.
      await openField(el, 0);
      const option = await tabUntil(
        (node) => node.localName === 'input' && (node as HTMLInputElement).type === 'radio',
        'a rating',
      );
      expect(style(option.closest('label')!).outlineStyle).to.equal('dashed');
      expect(style(option.closest('label')!).outlineColor).to.equal('rgb(0, 0, 200)');
    });
  });
});
