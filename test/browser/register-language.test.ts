// A municipality adds a language at runtime, without a fork: registerLanguage() with a few UI
// strings and a whole instrument. Strings it does not give fall back, one by one, to bokmål
// (the source language: always loaded, and the closest built-in language to the Nordic ones a
// municipality adds), or to the fallback it names. Invalid content is a samson-error in the page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/samson-scorecard/define.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { registerLanguage, languages } from '../../src/content/languages.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { followDocumentLanguage, getLocale, localeFromLanguageTag } from '../../src/i18n/locale.js';
import type { Instrument } from '../../src/core/samson/instrument.js';
import { uniqueKey } from '../fixtures/samson-scorecard-helpers.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function pageLanguage(lang: string, locale: string): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(() => getLocale() === locale, `locale ${locale} for lang=${lang}`);
}

/** A whole instrument in Swedish: the texts a user sees first written out, the rest marked as Swedish copies. */
function swedishInstrument(): Instrument {
  const copy = structuredClone(samsonNb);
  copy.locale = 'sv';
  copy.title = 'SAMSON – verktyg för samskapande samarbete';
  copy.guidance.intro = [
    'SAMSON är ett verktyg för ett samtal om ert samskapande. Ni svarar på frågor om fyra värden och sju handlingsfält.',
    'Svara tillsammans som grupp, på en skärm.',
  ];
  copy.values[0]!.name = 'Öppenhet';
  copy.fields[0]!.name = 'Likvärdighet';
  copy.fields[0]!.statements[0]!.text = 'Kunskap och resurser går åt båda hållen mellan parterna i samarbetet.';
  for (const field of copy.fields) for (const statement of field.statements) statement.text = `(sv) ${statement.text}`;
  return copy;
}

describe('registerLanguage', () => {
  before(() => followDocumentLanguage());
  after(() => pageLanguage('nb', 'nb'));

  it('adds Swedish at runtime: <html lang="sv-SE"> shows its strings and instrument, bokmål for strings it does not give', async () => {
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    document.documentElement.lang = 'sv-SE';
    const result = registerLanguage({
      code: 'sv',
      name: 'Svenska',
      strings: {
        Innledning: 'Inledning',
        '{0} av {1} utsagn besvart': '{0} av {1} påståenden besvarade',
      },
      samson: swedishInstrument(),
    });
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    await waitUntil(() => getLocale() === 'sv', 'the page language selects sv');
    await waitUntil(() => text(el).includes('SAMSON är ett verktyg'), 'the Swedish instrument is shown');

    expect(el.instrument.locale).to.equal('sv');
    const heading = el.shadowRoot!.querySelector('#step-heading')!;
    expect(heading.textContent!.trim()).to.equal('Inledning');
    const total = samsonNb.fields.reduce((sum, field) => sum + field.statements.length, 0);
    expect(text(el)).to.contain(`0 av ${total} påståenden besvarade`);
    // Not given: the bokmål source, per string, not a blank or an id.
    expect(text(el)).to.contain('Vekting av verdier');
    expect(localeFromLanguageTag('sv-FI')).to.equal('sv');
    expect(languages().map((language) => language.code)).to.include.members(['nb', 'nn', 'da', 'en', 'sv']);
  });

  it('a registered language can fall back to English instead, and load its instrument lazily', async () => {
    document.documentElement.lang = 'is';
    const result = registerLanguage({
      code: 'is',
      name: 'Íslenska',
      fallback: 'en',
      strings: { Innledning: 'Inngangur' },
      samson: async () => ({ default: { ...swedishInstrument(), locale: 'is', title: 'SAMSON á íslensku' } }),
    });
    expect(result.ok).to.equal(true);
    await waitUntil(() => getLocale() === 'is', 'the page language selects is');
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await waitUntil(() => el.instrument.title === 'SAMSON á íslensku', 'the lazily loaded instrument is in use');
    await waitUntil(() => text(el).includes('Inngangur'));
    expect(text(el)).to.contain('Weighting the values');
    expect(text(el)).not.to.contain('Vekting av verdier');
  });

  it('invalid content: registerLanguage says what is wrong, and the scorecard shows it with samson-error and keeps working in bokmål', async () => {
    const broken = swedishInstrument() as unknown as { locale: string; fields: Array<{ statements: Array<{ text: string }> }> };
    broken.locale = 'fi';
    broken.fields[2]!.statements[1]!.text = '';
    const result = registerLanguage({ code: 'fi', name: 'Suomi', strings: { Innledning: 'Johdanto' }, samson: broken });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems[0]!.path.join('.')).to.equal('samson.fields.2.statements.1.text');

    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    const error = oneEvent(el, 'samson-error');
    document.documentElement.lang = 'fi';
    const { detail } = await error;
    expect(detail.problems[0]!.path).to.deep.equal(['fields', 2, 'statements', 1, 'text']);
    expect(detail.message).to.contain('fields[2].statements[1].text');
    // On screen without the path: the registered content's parts by number.
    await waitUntil(() => text(el).includes('Felt 3, utsagn 2, teksten: Må ha minst 1 tegn.'), 'the element shows the problem');
    expect(text(el)).to.contain('Johdanto');
    expect(el.instrument).to.equal(samsonNb);
  });

  it('refuses a bad code, a built-in code and strings that are not text, without throwing', () => {
    const bad = registerLanguage({ code: 'not a tag', name: 'x' });
    expect(!bad.ok && bad.problems[0]!.code).to.equal('bad-format');
    const builtIn = registerLanguage({ code: 'nb', name: 'Bokmål igjen' });
    expect(!builtIn.ok && builtIn.problems[0]!.code).to.equal('duplicate-id');
    const strings = registerLanguage({
      code: 'et',
      name: 'Eesti',
      strings: { Neste: 5 as unknown as string, 'Steg {0}': 'Samm {1}' },
    });
    expect(!strings.ok && strings.problems.map((p) => p.code)).to.deep.equal(['wrong-type', 'unknown-reference']);
    expect(localeFromLanguageTag('et')).to.equal('nb');
  });
});
