import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoPlansNb } from '../../src/content/soimpact/index.js';

const jobCourse = demoPlansNb['job-course'];
import { SourceController } from '../../src/base/source-controller.js';
import { parsePlan } from '../../src/core/soimpact/plan.js';
import '../../src/elements/soimpact-chain/define.js';
import type { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { answer, chartElement, next, serve, slowly, text, unique, valuesOf } from '../fixtures/soimpact-chart-helpers.js';
import { until } from '../fixtures/wait.js';

const rows = (values: number[]) =>
  JSON.stringify(
    values.map((value, i) => ({ indicator: 'a', date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), value })),
  );

/** A body that never ends: 1 MB chunks for as long as someone reads, counting what was sent. */
function endlessStream(sent: { bytes: number }): () => Promise<Response> {
  const chunk = new Uint8Array(1024 * 1024).fill(32);
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          sent.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
      { headers: { 'content-type': 'application/json' } },
    );
}

describe('src loads through the source controller', () => {
  it('refuses a 50 MB body by its size while it streams, without reading it all', async () => {
    const sent = { bytes: 0 };
    const url = answer(`/__fixture/${unique('huge')}`, endlessStream(sent));
    const el = await chartElement({});
    const error = next(el, 'soimpact-error');
    el.src = url;
    const event = await error;
    expect(event.detail.problems[0]).to.include({ code: 'too-large', url });
    expect(sent.bytes).to.be.below(25 * 1024 * 1024);
    await el.updateComplete;
    expect(el.loading).to.equal(false);
    expect(text(el, '[role=alert]')).to.contain('er for stor (over 20 MB)');
  });

  it('refuses a body whose content-length is over the limit before reading it', async () => {
    const url = answer(
      `/__fixture/${unique('declared')}`,
      async () =>
        new Response('[]', { headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }),
    );
    const host = document.createElement('div') as unknown as HTMLElement & {
      addController: () => void;
      requestUpdate: () => void;
    };
    host.addController = () => undefined;
    host.requestUpdate = () => undefined;
    const source = new SourceController(host as never, { parse: (t) => parsePlan(t) });
    const outcome = await source.load(url);
    expect(outcome.status === 'failed' && outcome.problems[0]!.code).to.equal('too-large');
    expect(source.loading).to.equal(false);
  });

  it('gives up after its timeout with a problem that says so', async () => {
    const url = answer(`/__fixture/${unique('never')}`, (signal) => slowly('[]', 60_000)(signal));
    const host = { addController: () => undefined, requestUpdate: () => undefined };
    const source = new SourceController(host as never, { parse: (t) => parsePlan(t), timeout: 300 });
    const outcome = await source.load(url);
    expect(outcome.status === 'failed' && outcome.problems[0]).to.deep.equal({
      code: 'fetch-timeout',
      path: [],
      url,
      seconds: 0.3,
    });
    expect(source.loading).to.equal(false);
  });

  it('shows data when `refresh` is shorter than the response time, never an endless «Laster …»', async () => {
    const url = answer(`/__fixture/${unique('slow')}`, slowly(rows([1, 2, 3]), 1600));
    const el = await chartElement({});
    const data = next(el, 'soimpact-data');
    el.refresh = 1;
    el.src = url;
    await data;
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 3]);
    expect(el.shadowRoot!.querySelector('.empty')).to.equal(null);
    el.refresh = 0;
  });

  it('lets a newer src replace a slower older one', async () => {
    let oldSignal: AbortSignal | undefined;
    const old = answer(`/__fixture/${unique('old')}`, (signal) => {
      oldSignal = signal;
      return slowly(rows([9, 9]), 800)(signal);
    });
    const fresh = answer(`/__fixture/${unique('new')}`, slowly(rows([1, 2]), 10));
    const el = await chartElement({});
    let events = 0;
    el.addEventListener('soimpact-data', () => events++);
    el.src = old;
    await el.updateComplete;
    el.src = fresh;
    await waitUntil(() => events === 1 && !el.loading, 'the newer src did not load');
    // The older load was aborted, so its answer can never arrive and overwrite the newer one.
    expect(oldSignal?.aborted).to.equal(true);
    expect(valuesOf(el)).to.deep.equal([1, 2]);
    expect(events).to.equal(1);
  });
});

/** Records every change inside the element's live regions: each one is something a screen reader reads out. */
function announcements(el: HTMLElement): { changes: string[]; stop(): void } {
  const changes: string[] = [];
  const live = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('[role=status], [role=alert], [aria-live]');
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const region = live(record.target);
      if (region) changes.push(region.textContent!.replace(/\s+/g, ' ').trim());
    }
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { changes, stop: () => observer.disconnect() };
}

describe('<soimpact-chart> refreshing from src, to a screen reader', () => {
  it('announces new data and a failed refresh, not every refresh’s fetch time', async () => {
    const name = unique('quiet');
    const el = await chartElement({});
    const first = next(el, 'soimpact-data');
    el.src = await serve(name, rows([1, 2, 3]));
    el.refresh = 1;
    await first;
    await el.updateComplete;
    const fetchedAt = () => /Hentet (\d[\d:.]*\d)/.exec(text(el, '.status'))?.[1];
    const fetched = fetchedAt();
    expect(fetched).to.be.a('string');
    const heard = announcements(el);
    try {
      // The same data again, a second or more later: the visible fetch time moves on, the live region stays still.
      await until(() => fetchedAt() !== fetched, 'a refresh with a new fetch time', 5000);
      await el.updateComplete;
      expect(text(el, '.status')).to.contain('Data per 3. jan. 2025.');
      expect(heard.changes).to.deep.equal([]);

      await serve(name, rows([1, 2, 3, 4]));
      await until(() => text(el, '.status').includes('4. jan. 2025'), 'the new data', 5000);
      expect(heard.changes).to.include('Data per 4. jan. 2025.');

      await serve(name, 'oops', 'application/json', 500);
      await next(el, 'soimpact-error');
      await el.updateComplete;
      expect(heard.changes.some((c) => c.includes('Siste oppdatering mislyktes'))).to.equal(true);
    } finally {
      heard.stop();
      el.refresh = 0;
    }
  });
});

describe('<soimpact-chain> src', () => {
  it('never stays «Laster planen …» when src is cleared mid-load', async () => {
    const url = answer(`/__fixture/${unique('chain-slow')}`, slowly(JSON.stringify(jobCourse), 5000));
    const el = await fixture<SoimpactChain>(html`<soimpact-chain></soimpact-chain>`);
    el.src = url;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.status')?.textContent).to.contain('Laster planen');
    el.removeAttribute('src');
    el.src = undefined;
    await el.updateComplete;
    expect(el.loading).to.equal(false);
    expect(el.shadowRoot!.querySelector('.status')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.empty-chain')).to.not.equal(null);
  });

  it('shows the six links as an explained template when there is no plan', async () => {
    const el = await fixture<SoimpactChain>(html`<soimpact-chain></soimpact-chain>`);
    const columns = [...el.shadowRoot!.querySelectorAll('.chain > .column h3')].map((h) => h.textContent!.trim());
    expect(columns).to.deep.equal(['Innsatsfaktorer', 'Aktiviteter', 'Resultater', 'Virkninger', 'Effekter', 'Samfunnsverdi']);
    expect(el.shadowRoot!.querySelectorAll('.chain .caption')).to.have.length(6);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('seks ledd');
    expect(el.shadowRoot!.querySelector('[part=attribution]')).to.not.equal(null);
  });

  it('does not show the method documents’ line references to readers', async () => {
    const boost = demoPlansNb['boost-refugee'];
    expect(boost.source).to.match(/000:2609-2652/);
    const el = await fixture<SoimpactChain>(html`<soimpact-chain .plan=${boost}></soimpact-chain>`);
    const shown = el.shadowRoot!.textContent!;
    expect(shown).to.not.match(/\d{3}:\d+/);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('figur 8');
    expect(el.plan!.source).to.match(/000:2609-2652/);
  });
});
