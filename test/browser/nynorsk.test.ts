// <html lang="nn"> (or nn-NO) gives the whole tool in nynorsk: the UI strings, the SAMSON
// instrument and the SoImpact demo plans; nb and no stay bokmål.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/samson-scorecard/define.js';
import '../../src/elements/soimpact-chain/define.js';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { followDocumentLanguage, getLocale } from '../../src/i18n/locale.js';
import { loadDemoPlan } from '../../src/content/soimpact/index.js';
import { uniqueKey } from '../fixtures/samson-scorecard-helpers.js';

async function pageLanguage(lang: string, locale: string): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(() => getLocale() === locale, `locale ${locale} for lang=${lang}`);
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('nynorsk', () => {
  before(() => followDocumentLanguage());
  after(() => pageLanguage('nb', 'nb'));

  it('nn-NO shows the scorecard, its instrument and its steps in nynorsk', async () => {
    await pageLanguage('nn-NO', 'nn');
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await waitUntil(() => text(el).includes('Fleire kompetansar samstundes'), 'the nynorsk instrument is loaded');
    const shown = text(el);
    expect(shown).to.contain('Innleiing');
    expect(shown).to.contain('SAMSON er eit verktøy for ein samtale');
    expect(shown).to.contain('Vekting av verdiar');
    expect(shown).not.to.contain('Innledning');
    expect(shown).not.to.match(/\bikke\b/);
  });

  it('switches back to bokmål for nb and no', async () => {
    await pageLanguage('nn', 'nn');
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await waitUntil(() => text(el).includes('Innleiing'));
    await pageLanguage('no', 'nb');
    await waitUntil(() => text(el).includes('Innledning'), 'bokmål again');
    expect(text(el)).to.contain('Flere kompetanser samtidig');
  });

  it('shows a demo plan in the chain in nynorsk, with Norwegian dates', async () => {
    await pageLanguage('nn', 'nn');
    const plan = await loadDemoPlan('job-course', 'nn');
    const el = await fixture(html`<soimpact-chain .plan=${plan}></soimpact-chain>`);
    await waitUntil(() => text(el).includes('Jobbsøkjarkurs'), 'the nn plan is shown');
    expect(text(el)).to.contain('Tala er oppdikta');
    expect(text(el)).to.contain('Nær samanheng – høg grad av visse');
    expect(text(el)).not.to.match(/\b(Jan|Dec) \d/);
  });
});
