// The CDN build (dist/cdn/) from a sub-path under the strict Content-Security-Policy: the
// autoloader loads an element's code when its tag appears (at load and when a CMS adds a block
// later) and only then; a per-element bundle defines its element. Chunks come from
// dist/cdn/chunks/, relative to the scripts. Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { openPage, shadowText, until } from './embed-helpers.js';

const built = await fetch('/dist/cdn/autoloader.js', { method: 'HEAD' }).then((response) => response.ok);
const requestedScripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));

describe('the CDN build', function () {
  before(function () {
    // A missing build is a failure, not a skip: npm test builds dist/ first.
    expect(built, 'dist/cdn/autoloader.js is served (run npm run build first)').to.equal(true);
  });

  it('autoloader: loads the chain for the tag on the page, the chart only once one is added', async () => {
    const { frame, win, doc } = await openPage('/test/embed/cdn/autoloader.html');
    try {
      await until(() => win.customElements.get('soimpact-chain'), 'the chain to be defined');
      const chain = doc.querySelector('soimpact-chain')!;
      await until(() => /Boost Refugee/.test(shadowText(chain)), 'the chain to render the plan');
      expect(win.customElements.get('soimpact-chart'), 'no chart on the page yet').to.equal(undefined);
      expect(win.customElements.get('samson-scorecard')).to.equal(undefined);
      expect(requestedScripts(win).some((path) => path.endsWith('/dist/cdn/samson-scorecard.js'))).to.equal(false);

      // A CMS block added after load.
      const chart = doc.createElement('soimpact-chart');
      chart.setAttribute('src', '../../../dist/demo-data/job-course.nb.json');
      doc.body.append(chart);
      await until(() => win.customElements.get('soimpact-chart'), 'the chart to be defined');
      await until(() => chart.shadowRoot?.querySelector('canvas'), 'the chart canvas');
      // Every script is the CDN build's (the test server's own /__web-dev-server… script aside).
      const foreign = requestedScripts(win).filter((path) => !/^\/(dist\/cdn|test\/embed|__web-dev-server)/.test(path));
      expect(foreign).to.deep.equal([]);
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a per-element bundle defines its element and draws it', async () => {
    const { frame, win, doc } = await openPage('/test/embed/cdn/per-element.html');
    try {
      await until(() => win.customElements.get('soimpact-chart'), 'the chart to be defined');
      const chart = doc.querySelector('soimpact-chart')!;
      await until(() => chart.shadowRoot?.querySelector('canvas'), 'the chart canvas');
      expect(shadowText(chart)).to.contain('Jobbsøkerkurs');
      expect(win.customElements.get('soimpact-chain')).to.equal(undefined);
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
