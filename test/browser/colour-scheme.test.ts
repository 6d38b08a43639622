// The elements follow the colour scheme the host page declares: a light-only page (no
// declaration, or `color-scheme: light`) keeps them light even when the OS is dark; a page
// that allows dark gets dark with a dark OS; the attribute `color-scheme` forces either.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import '../../src/elements/soimpact-chain/define.js';
import { settle, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';

const luminance = (colour: string): number => {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};
const background = (el: Element) => luminance(getComputedStyle(el).backgroundColor);

describe('colour scheme follows the host page', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a light-only page when the OS is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.setProperty('color-scheme', 'light');
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await settle(el);
    expect(background(el), 'light background').to.be.above(0.9);
    document.documentElement.style.removeProperty('color-scheme'); // no declaration at all: light too
    expect(background(el)).to.be.above(0.9);
  });

  it('turns dark on a page that allows dark, when the OS is dark; light when the OS is light', async () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>`);
    await settle(el);
    expect(background(el), 'dark background').to.be.below(0.15);
    expect(luminance(getComputedStyle(el).color), 'light text').to.be.above(0.8);
    await emulateMedia({ colorScheme: 'light' });
    expect(background(el)).to.be.above(0.9);
  });

  it('the color-scheme attribute forces light or dark whatever the page says', async () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<SamsonScorecard>(
      html`<samson-scorecard color-scheme="light" storage-key=${uniqueKey()}></samson-scorecard>`,
    );
    await settle(el);
    expect(background(el)).to.be.above(0.9);
    document.documentElement.style.setProperty('color-scheme', 'light');
    await emulateMedia({ colorScheme: 'light' });
    el.setAttribute('color-scheme', 'dark');
    expect(background(el)).to.be.below(0.15);
    // Every element shares the tokens: the chain too.
    const chain = await fixture(html`<soimpact-chain color-scheme="dark"></soimpact-chain>`);
    expect(background(chain)).to.be.below(0.15);
  });
});
