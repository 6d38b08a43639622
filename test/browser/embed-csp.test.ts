import { expect } from '@open-wc/testing';
import { openPage, shadowText, TAGS, until } from './embed-helpers.js';

describe('embedding under a strict Content-Security-Policy', () => {
  it('renders all five elements, follows a language change and fires no CSP violation', async () => {
    const { frame, win, doc } = await openPage('/test/embed/csp.html');
    try {
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'all elements defined');
      for (const tag of TAGS) {
        const element = doc.querySelector(tag)!;
        await until(() => shadowText(element).length > 40, `${tag} to render text`);
      }
      await until(() => doc.querySelector('soimpact-chart')!.shadowRoot!.querySelector('canvas'), 'the chart canvas');
      const before = shadowText(doc.querySelector('samson-scorecard')!);
      doc.documentElement.lang = 'en';
      await until(() => shadowText(doc.querySelector('samson-scorecard')!) !== before, 'the scorecard to switch language');
      expect(shadowText(doc.querySelector('samson-scorecard')!)).to.match(/SAMSON/);
      // The policy really is in force: an inline style attribute set by the page is reported.
      // Violations are reported in order, so once this control arrives, any violation caused by
      // the elements before it has been reported too: it must be the only one.
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      doc.body.append(probe);
      await until(() => win.cspViolations.length > 0, 'the control violation');
      expect(win.cspViolations).to.have.length(1);
      expect(win.cspViolations[0]).to.match(/^style-src/);
    } finally {
      frame.remove();
    }
  });

  it('survives a second copy of the bundle on the page (two CMS blocks)', async () => {
    const { frame, win, doc } = await openPage('/test/embed/two-copies.html');
    try {
      // The page has scorecards only: the bundle defines the tags it finds, not all five.
      await until(() => win.customElements.get('samson-scorecard'), 'the scorecard defined');
      await until(() => (win as unknown as { secondCopyLoaded?: boolean }).secondCopyLoaded, 'the second copy to load');
      const scorecards = doc.querySelectorAll('samson-scorecard');
      expect(scorecards.length).to.equal(2);
      for (const scorecard of scorecards) await until(() => shadowText(scorecard).length > 40, 'each scorecard to render');
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
