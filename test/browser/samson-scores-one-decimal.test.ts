// Field and overall scores are 0–10 with one decimal (the method): a whole score reads «5,0»
// (en «5.0») beside «4,4», wherever a score is shown — results, report, the parties'
// comparison, the profile's field buttons, its table and its tooltip read out — in all four languages.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHistory, withJointResponse, withPartyResponse } from '../../src/core/samson/history.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { getLocale } from '../../src/i18n/locale.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { fullyAnswered, openStep, scorecard, shadow } from '../fixtures/samson-scorecard-helpers.js';
import { canvases, profile, settle, text } from '../fixtures/profile-helpers.js';
import { until } from '../fixtures/wait.js';

const steps = scorecardSteps(samsonNb);
/** Every statement rated 3: each field and the whole scores (3 − 1) × 2.5 = 5. */
const allFives = fullyAnswered();
const LANGUAGES = [
  ['nb', '5,0'],
  ['nn', '5,0'],
  ['da', '5,0'],
  ['en', '5.0'],
] as const;

async function setLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await until(() => getLocale() === lang, `the ${lang} locale`);
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('scores with one decimal', () => {
  after(() => setLanguage('nb'));

  for (const [lang, five] of LANGUAGES) {
    it(`<samson-scorecard> shows ${five} in the results, the report and the parties' comparison (${lang})`, async function () {
      this.timeout(20000);
      await setLanguage(lang);
      const el = await scorecard();
      let history = createHistory(samsonNb);
      history = withJointResponse(history, 'r1', allFives);
      for (const party of ['kommunen', 'frivilligheten']) history = withPartyResponse(history, 'r1', { ...allFives, party });
      el.history = history;

      await openStep(el, stepIndex(steps, 'results'));
      await until(() => !!shadow(el).querySelector('.joint-view'), 'the joint view');
      const root = shadow(el);
      expect(texts(root, '.overall-value')[0]).to.match(new RegExp(`^${five.replace('.', '\\.')}\\D`));
      expect(texts(root, '.score-number')).to.deep.equal(samsonNb.fields.map(() => five));

      await openStep(el, stepIndex(steps, 'report'));
      await until(() => !!shadow(el).querySelector('.report-field-spread'), "the report's parties page");
      expect(texts(root, '.report-overview .overall-value')[0]).to.match(new RegExp(`^${five.replace('.', '\\.')}\\D`));
      const fieldScores = texts(root, '.field-numbers .nowrap:first-child');
      expect(fieldScores).to.have.length(samsonNb.fields.length);
      for (const line of fieldScores) expect(line.endsWith(`: ${five}`), line).to.equal(true);
      const partyScores = texts(root, '.report-field-spread tbody td');
      expect(partyScores).to.have.length(samsonNb.fields.length * 2);
      expect(new Set(partyScores)).to.deep.equal(new Set([five]));
      el.remove();
    });

    it(`<samson-profile> shows ${five} on its field buttons, in its table and in the tooltip read out (${lang})`, async () => {
      await setLanguage(lang);
      const el = await profile([allFives]);
      expect(texts(el.shadowRoot!, '[part~="axis"] .value')).to.deep.equal(samsonNb.fields.map(() => five));
      const cells = texts(el.shadowRoot!, '[part="table"] tbody td');
      // Score and importance per field; every value weighted 4 gives an importance of 7,5.
      expect(cells.filter((_, i) => i % 2 === 0)).to.deep.equal(samsonNb.fields.map(() => five));

      canvases(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      // The first stop is the score line; the arrow down goes to the importance layer behind it.
      const readOut = () => text(el, '[role="status"][aria-live]');
      await until(() => readOut().endsWith(`: ${five}`), `the score read out as ${five} (read out: ${readOut()})`);
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      await until(
        () => readOut().endsWith(`: ${lang === 'en' ? '7.5' : '7,5'}`),
        `the importance read out (read out: ${readOut()})`,
      );
    });
  }
});
