// SurveyJS rendering the equivalent of <samson-scorecard> on one page, generated from OUR
// instrument (the compiled bokmål content in dist/): per statement one rating question
// (1–5, the end labels of our scale) and one comment question for the idea. SurveyJS's
// defaults otherwise (no lazy rendering, the default theme from survey-core.min.css).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/i18n/norwegian';
import { samsonNb as instrument } from '../../dist/content/samson/index.js';

const elements = [];
for (const field of instrument.fields) {
  for (const statement of field.statements) {
    elements.push({
      type: 'rating',
      name: `r-${statement.id}`,
      title: statement.text,
      rateMin: 1,
      rateMax: 5,
      minRateDescription: 'Helt uenig',
      maxRateDescription: 'Helt enig',
    });
    elements.push({ type: 'comment', name: `c-${statement.id}`, title: 'Idé til tiltak' });
  }
}

const model = new Model({ locale: 'nb', title: instrument.title, pages: [{ name: 'all', elements }] });
renderSurvey(model, document.getElementById('survey'));
window.__survey = model;
