/**
 * Issue 15, done-when: "the publish snippet, pasted into a fresh strict-CSP page, shows the
 * same chart". The snippet is taken exactly as the planner's publish panel shows it, the data
 * file exactly as its download button gives it; both are served from a new page under the
 * strict Content-Security-Policy a careful CMS sends, and that page's chart must draw the
 * datasets the panel's own preview draws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Chart } from 'chart.js';
import '../../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../../src/elements/soimpact-planner/soimpact-planner.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { chartsOf, type SoimpactChart } from '../fixtures/soimpact-chart-helpers.js';
import { openPage, until } from './embed-helpers.js';

/** What a reader sees of a chart: each panel's datasets, by label, with their points. */
function datasetsOf(charts: ReadonlyArray<Pick<Chart, 'data'>>): string {
  return JSON.stringify(
    charts.map((chart) => chart.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data as unknown }))),
  );
}

async function put(name: string, body: string, type: string): Promise<void> {
  const response = await fetch(`/__fixture/${name}?type=${encodeURIComponent(type)}`, { method: 'PUT', body });
  expect(response.ok, `PUT ${name}`).to.equal(true);
}

/** The file the panel's "download the data file" button gives, and the name it gives it. */
async function downloadedDataFile(root: ShadowRoot): Promise<{ name: string; text: string }> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  let download: { name: string; blob: Blob } | undefined;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    download = { name: this.download, blob: blobs.get(this.href)! };
  };
  try {
    root.querySelector<HTMLButtonElement>('.publish-json')!.click();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!download) throw new Error('no download');
  return { name: download.name, text: await download.blob.text() };
}

describe('the publish snippet on a fresh strict-CSP page (issue 15)', () => {
  it('shows the same chart as the panel’s preview, with no CSP violation', async function () {
    this.timeout(30_000);
    const bundle = new URL('/dist/samskaping-elements.bundle.js', location.href).href;
    const el = await fixture<SoimpactPlanner>(
      html`<soimpact-planner autosave="false" bundle-src=${bundle} .plan=${demoPlansNb['job-course']}></soimpact-planner>`,
    );
    const root = el.shadowRoot!;
    const snippet = root.querySelector('.snippet code')!.textContent!;
    const file = await downloadedDataFile(root);
    // The snippet names the file the button gives, and loads the bundle from where the page can.
    expect(snippet).to.contain(`src="${file.name}"`);
    expect(snippet).to.contain(`src="${bundle}"`);

    root.querySelector<HTMLDetailsElement>('details.publish')!.open = true;
    const preview = await until(
      () => root.querySelector<SoimpactChart>('.publish-preview soimpact-chart'),
      'the panel’s preview',
    );
    await customElements.whenDefined('soimpact-chart');
    await preview.updateComplete;
    await until(() => preview.shadowRoot!.querySelector('canvas'), 'the preview’s chart');
    const expected = datasetsOf(chartsOf(preview));

    // A page made of the snippet and nothing else, the data file next to it.
    const folder = `embed-publish-${Date.now()}`;
    await put(`${folder}/${file.name}`, file.text, 'application/json');
    await put(
      `${folder}/index.html`,
      [
        '<!doctype html>',
        '<html lang="nb">',
        '<head><meta charset="utf-8"><title>Vår side</title><script src="/test/embed/csp-watch.js"></script></head>',
        `<body><h1>Resultatene våre</h1>\n${snippet}\n</body>`,
        '</html>',
      ].join('\n'),
      'text/html',
    );
    const { frame, win, doc } = await openPage(`/__fixture/${folder}/index.html`);
    try {
      type PageChart = HTMLElement & { updateComplete: Promise<boolean>; charts: { all: Chart[] } };
      const chart = await until(() => doc.querySelector<PageChart>('soimpact-chart'), 'the pasted chart element');
      await until(() => win.customElements.get('soimpact-chart'), 'the bundle to define the chart', 15_000);
      await until(
        () => chart.shadowRoot?.querySelector('canvas') && chart.charts.all.length > 0,
        'the pasted chart to draw',
        15_000,
      );
      await chart.updateComplete;
      expect(datasetsOf(chart.charts.all)).to.equal(expected);
      expect(chart.charts.all.length).to.equal(chartsOf(preview).length);
      expect(chart.shadowRoot!.textContent).to.contain(demoPlansNb['job-course'].title);
      expect((win as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
