// The one-file bundle loads each element's code when its tag appears on the page, and only
// then: a page with one <samson-scorecard> fetches the scorecard's chunk, a <soimpact-chart>
// added later fetches the chart's, and the elements the page never uses cost no request.
// Properties set before an element's chunk arrived are kept. Under the strict CSP of
// /test/embed/. Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { openPage, shadowText, until } from './embed-helpers.js';

type Loaded = Window & { performance: Performance };
const requested = (win: Loaded) => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const elementChunk = (tag: string) => new RegExp(`^/dist/bundle/${tag}-[\\w-]{8}\\.js$`);
const fetched = (win: Loaded, tag: string) => requested(win).some((path) => elementChunk(tag).test(path));

describe('the one-file bundle loads each element on demand', function () {
  this.timeout(30_000);

  it('upgrades the scorecard on the page, a chart added later, and loads nothing else', async () => {
    const { frame, win, doc } = await openPage('/test/embed/bundle-lazy.html');
    try {
      type Scorecard = HTMLElement & { response: { label: string; answers: Record<string, { rating?: number }> } };
      const scorecard = doc.querySelector<Scorecard>('samson-scorecard')!;
      await until(() => win.customElements.get('samson-scorecard'), 'the scorecard to be defined');
      await until(() => shadowText(scorecard).length > 40, 'the scorecard to render');
      expect(fetched(win, 'samson-scorecard'), 'the scorecard’s chunk').to.equal(true);
      // The response the page set before the scorecard's code arrived was taken over.
      expect(scorecard.response.label).to.equal('Satt før elementet lastet');
      expect(scorecard.response.answers['likeverdighet-1']?.rating).to.equal(5);
      expect(fetched(win, 'soimpact-chart'), 'no chart on the page yet').to.equal(false);
      expect(win.customElements.get('soimpact-chart')).to.equal(undefined);

      // A CMS block added after load, given its plan before it is defined.
      type Chart = HTMLElement & { plan?: { id: string }; label: string };
      const chart = doc.createElement('soimpact-chart') as Chart;
      chart.plan = demoPlansNb['job-course'];
      chart.label = 'Lagt til senere';
      doc.body.append(chart);
      await until(() => win.customElements.get('soimpact-chart'), 'the chart to be defined');
      await until(() => chart.shadowRoot?.querySelector('canvas'), 'the chart canvas');
      await until(() => shadowText(chart).includes('Lagt til senere'), 'the early label');
      expect(chart.plan?.id).to.equal(demoPlansNb['job-course'].id);
      expect(fetched(win, 'soimpact-chart'), 'the chart’s chunk').to.equal(true);

      for (const unused of ['samson-profile', 'soimpact-planner', 'soimpact-chain']) {
        expect(fetched(win, unused), `<${unused}> is not on the page: its chunk must not load`).to.equal(false);
        expect(win.customElements.get(unused)).to.equal(undefined);
      }
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('fetches the shared chunks an element imports together with its own chunk, not one round trip later', async () => {
    const { frame, win, doc } = await openPage('/test/embed/bundle-lazy.html');
    try {
      const scorecard = doc.querySelector('samson-scorecard')!;
      await until(() => shadowText(scorecard).length > 40, 'the scorecard to render');
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const own = entries.find((entry) => elementChunk('samson-scorecard').test(new URL(entry.name).pathname))!;
      // The chunks the scorecard's chunk imports statically, read from its code.
      const code = await (await fetch(own.name)).text();
      const shared = [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)]
        .map((match) => new URL(match[1]!, own.name).href)
        .filter((href) => !href.endsWith('/samskaping-elements.bundle.js'));
      expect(shared.length, 'the scorecard imports shared chunks').to.be.greaterThan(2);
      for (const href of shared) {
        expect(
          doc.head.querySelector(`link[rel="modulepreload"][href="${href}"]`),
          `a modulepreload link for ${href}`,
        ).to.not.equal(null);
        const entry = entries.find((candidate) => candidate.name === href);
        expect(entry, `${href} was fetched`).to.not.equal(undefined);
        // Asked for before the scorecard's own chunk had even arrived: no round trip waits on it.
        expect(entry!.startTime, `${href} requested before the scorecard's chunk arrived`).to.be.below(own.responseEnd);
      }
      // A chart added later shares chunks with the scorecard: each URL is still linked once.
      const chart = doc.createElement('soimpact-chart');
      doc.body.append(chart);
      await until(() => win.customElements.get('soimpact-chart'), 'the chart to be defined');
      const links = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
      expect(links.length, 'the chart’s chunks were preloaded too').to.be.greaterThan(shared.length);
      expect(links.length - new Set(links).size, 'modulepreload links for a URL already linked').to.equal(0);
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('gives the class of an element not on the page with loadElement', async () => {
    // The test page itself loads the bundle here, with no element in it.
    const bundle = (await import(new URL('/dist/samskaping-elements.bundle.js', location.href).href)) as {
      loadElement(tag: string): Promise<CustomElementConstructor>;
      parseResponse(input: unknown): { ok: boolean };
    };
    expect(customElements.get('soimpact-chain')).to.equal(undefined);
    const Chain = await bundle.loadElement('soimpact-chain');
    expect(customElements.get('soimpact-chain')).to.equal(Chain);
    expect(new Chain()).to.be.instanceOf(HTMLElement);
    let refused: unknown;
    await bundle.loadElement('soimpact-nothing').catch((error: unknown) => (refused = error));
    expect(refused).to.be.instanceOf(TypeError);
    // The pure API is exported as before.
    expect(bundle.parseResponse({}).ok).to.equal(false);
  });
});
