// The shared form and draft behaviour, run once per form element of the library.
import { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import '../../src/elements/samson-scorecard/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, withAnswer } from '../../src/core/samson/response.js';
import { smallInstrument } from '../fixtures/samson-small-instrument.js';
import { formElementBehaviour } from '../fixtures/form-element-behaviour.js';

const title = (el: SamsonScorecard) => el.shadowRoot!.querySelector('.title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const [first, second] = samsonNb.fields[0]!.statements;

formElementBehaviour<SamsonScorecard>({
  tag: 'samson-scorecard',
  errorEvent: 'samson-error',
  defaultKey: 'samskaping:samson',
  async create({ storageKey, parent }) {
    const el = document.createElement('samson-scorecard');
    if (storageKey !== undefined) el.setAttribute('storage-key', storageKey);
    (parent ?? document.body).append(el);
    await el.updateComplete;
    return el;
  },
  textField: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('#round-label')!,
  typed: (el) => el.response.label,
  draft: (text) => createResponse(samsonNb, text),
  draftWithOneBadPart: (text) => {
    const response = withAnswer(createResponse(samsonNb, text), first!.id, { rating: 4 });
    return { ...response, answers: { ...response.answers, [second!.id]: { rating: 2, idea: 'x'.repeat(4001) } } };
  },
  newerDraft: () => ({ ...createResponse(samsonNb, 'Fra en nyere versjon'), format: 'samson-response@2', rounds: [] }),
  defineAs: (tag) => customElements.define(tag, class extends SamsonScorecard {}),
  defineModule: '/src/elements/samson-scorecard/define.ts',
  earlyProperties: [
    // Checked on the screen: an own property left on the element would answer the getter itself.
    { name: 'instrument', value: () => smallInstrument, taken: (el) => title(el).startsWith(smallInstrument.title) },
    {
      name: 'response',
      value: () => createResponse(smallInstrument, 'Satt tidlig'),
      taken: (el) => title(el).endsWith('· Satt tidlig'),
    },
    { name: 'label', value: () => 'Runde 1', taken: (el) => el.label === 'Runde 1' },
    { name: 'autosave', value: () => false, taken: (el) => el.autosave === false },
    { name: 'readonly', value: () => true, taken: (el) => el.readonly && el.hasAttribute('readonly') },
  ],
});
