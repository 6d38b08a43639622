// The later steps' style sheets come with their chunks (chunks.ts, step-sheets.ts): once a
// chunk has arrived, the step it renders must look as it did when every sheet was static —
// so each test reads a computed style that only the chunk's sheet sets — and the adopted
// sheets keep the one cascade order of scorecard-sheets.ts (the printed report's rules last).
import { expect } from '@open-wc/testing';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { scorecardCascade } from '../../src/elements/samson-scorecard/scorecard-sheets.js';
import * as stepSheets from '../../src/elements/samson-scorecard/step-sheets.js';
import { reportPrintStyles } from '../../src/elements/samson-scorecard/report-print.styles.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { openField, openStep, rate, scorecard, settle, shadow } from '../fixtures/samson-scorecard-helpers.js';

const steps = scorecardSteps(samsonNb);
const RESULTS = stepIndex(steps, 'results');

afterEach(() => localStorage.clear());

function styleOf(el: SamsonScorecard, selector: string): CSSStyleDeclaration {
  const node = shadow(el).querySelector(selector);
  expect(node, `${selector} is rendered`).to.not.equal(null);
  return getComputedStyle(node!);
}

describe('the later steps’ style sheets', () => {
  it('name exactly the places the cascade keeps for them', () => {
    const places = scorecardCascade.filter((entry): entry is string => typeof entry === 'string');
    expect(Object.keys(stepSheets).sort()).to.deep.equal([...places].sort());
  });

  it('style the results once their chunk is there, in the cascade’s order', async () => {
    const el = await scorecard();
    await openField(el, 0);
    await rate(el, samsonNb.fields[0]!.statements[0]!.id, 4);
    await openStep(el, RESULTS);
    const overall = styleOf(el, '.overall');
    expect(overall.display, 'the overall score is a row').to.equal('flex');
    const bar = styleOf(el, '.bar');
    expect(bar.height, 'a score bar is 0.625rem high').to.equal('10px');
    expect(bar.borderTopLeftRadius, 'and rounded').to.not.equal('0px');

    const adopted = shadow(el).adoptedStyleSheets;
    const expected = scorecardCascade
      .map((entry) => (typeof entry === 'string' ? stepSheets[entry as keyof typeof stepSheets] : entry))
      .map((sheet) => (sheet instanceof CSSStyleSheet ? sheet : sheet.styleSheet));
    expect(adopted, 'every sheet, in the cascade’s order').to.deep.equal(expected);
    expect(adopted.at(-1), 'the printed report’s rules last').to.equal(reportPrintStyles.styleSheet);
  });

  it('style the list of rounds', async () => {
    const el = await scorecard();
    el.startNewRound();
    await settle(el);
    await openStep(el, RESULTS);
    const list = styleOf(el, '.round-list');
    expect(list.display).to.equal('grid');
    expect(list.listStyleType).to.equal('none');
    expect(styleOf(el, '.round-shown').borderInlineStartWidth, 'the round shown is marked').to.equal('4px');
  });

  it('style the parties’ panel', async () => {
    const el = await scorecard();
    const party = shadow(el).querySelector<HTMLInputElement>('#party-label')!;
    party.value = 'kommunen';
    party.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.response.party).to.equal('kommunen');
    await openStep(el, RESULTS);
    const panel = styleOf(el, '.parties');
    expect(panel.borderTopWidth, 'the panel is set off by a rule').to.equal('1px');
    expect(panel.borderTopStyle).to.equal('solid');
  });

  it('style the presenter layout’s statement', async () => {
    const el = await scorecard();
    el.layout = 'presenter';
    await openField(el, 0);
    expect(styleOf(el, '.presenter-bar').display).to.equal('flex');
    expect(styleOf(el, '.statement.presenting').borderTopWidth, 'the statement on screen stands out').to.equal('2px');
  });
});
