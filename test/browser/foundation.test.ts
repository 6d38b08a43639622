import { expect } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { defineElement } from '../../src/define-element.js';
import { followDocumentLanguage, getLocale, localeFromLanguageTag } from '../../src/i18n/locale.js';
import { describeProblem } from '../../src/i18n/problems.js';
import { parseResponse } from '../../src/core/samson/response.js';
import { loadBuiltInInstrument } from '../../src/content/samson/index.js';
import { until } from '../fixtures/wait.js';

async function localeBecomes(locale: string): Promise<void> {
  await until(() => getLocale() === locale, `the ${locale} locale`);
}

describe('language', () => {
  after(() => {
    document.documentElement.lang = 'nb';
  });

  it('maps page languages to the four locales (nn and nn-NO to nynorsk, nb and no to bokmål)', () => {
    expect(['nb', 'no', 'nn', 'nn-NO', 'da-DK', 'en-GB', 'en', 'sv', ''].map(localeFromLanguageTag)).to.deep.equal([
      'nb',
      'nb',
      'nn',
      'nn',
      'da',
      'en',
      'en',
      'nb',
      'nb',
    ]);
  });

  it('follows <html lang> as it changes, and problem messages follow too', async () => {
    followDocumentLanguage();
    const result = parseResponse('{ not json');
    if (result.ok) throw new Error('expected a problem');
    document.documentElement.lang = 'en';
    await localeBecomes('en');
    expect(describeProblem(result.problems[0]!)).to.equal('The file is not valid JSON.');
    document.documentElement.lang = 'da-DK';
    await localeBecomes('da');
    expect(describeProblem(result.problems[0]!)).to.equal('Filen er ikke gyldig JSON.');
    expect(msg('et tall')).to.equal('et tal');
    document.documentElement.lang = 'nb';
    await localeBecomes('nb');
    expect(msg('et tall')).to.equal('et tall');
  });

  it('loads the built-in instrument in each language with the same ids', async () => {
    const [nb, da, en] = await Promise.all(['nb', 'da', 'en'].map((l) => loadBuiltInInstrument(l as 'nb')));
    expect(da!.locale).to.equal('da');
    expect(en!.fields[2]!.name).to.equal('Communication');
    expect(da!.fields.map((f) => f.id)).to.deep.equal(nb!.fields.map((f) => f.id));
  });
});

describe('defineElement', () => {
  it('keeps the first definition of a tag and warns instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('se-test-define', First);
      defineElement('se-test-define', First);
      expect(warnings).to.have.length(0);
      defineElement('se-test-define', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('se-test-define')).to.equal(First);
    expect(String(warnings[0])).to.contain('<se-test-define> is already defined');
  });
});

describe('the test server’s fixture endpoint', () => {
  it('answers with the status and body a test sets, and 404 before that', async () => {
    expect((await fetch('/__fixture/never-set')).status).to.equal(404);
    await fetch('/__fixture/failing?status=500&type=text/plain', { method: 'PUT', body: 'boom' });
    const response = await fetch('/__fixture/failing');
    expect(response.status).to.equal(500);
    expect(await response.text()).to.equal('boom');
  });
});
