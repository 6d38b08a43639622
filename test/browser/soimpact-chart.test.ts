import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';

const jobCourse = demoPlansNb['job-course'];
const boost = demoPlansNb['boost-refugee'];
import { measurementsToCsv } from '../../src/core/soimpact/csv.js';
import { formatPlanDate } from '../../src/elements/soimpact-chain/format.js';
import {
  axeViolations,
  canvasOf,
  chartElement,
  chartOf,
  chartsOf,
  indicator,
  next,
  planWith,
  serve,
  text,
  unique,
  valuesOf,
} from '../fixtures/soimpact-chart-helpers.js';

const rows = (values: number[], id = 'a') =>
  JSON.stringify(
    values.map((value, i) => ({ indicator: id, date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), value })),
  );

/** Switches the page's language and waits until the element shows what that language says. */
async function localeBecomes(
  lang: string,
  el: HTMLElement & { updateComplete: Promise<boolean> },
  shows: () => boolean,
): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(shows, `the element did not switch to ${lang}`, { timeout: 5000 });
  await el.updateComplete;
}

describe('<soimpact-chart> from a plan property', () => {
  it('draws the chosen indicator with baseline and target lines, and says the numbers in words', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'participants' });
    const chart = chartOf(el);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal([
      'Antall deltakere på kurset (sammenlagt)',
      'Nullpunkt: Antall deltakere på kurset (sammenlagt)',
      'Måltall: Antall deltakere på kurset (sammenlagt)',
    ]);
    expect(valuesOf(el)).to.deep.equal(jobCourse.indicators[0]!.measurements.map((m) => m.value));
    expect(valuesOf(el, 2)).to.deep.equal([120, 120]);
    const summary = text(el, '.summary');
    expect(summary).to.contain('Siste måling: 112');
    expect(summary).to.contain('Nullpunkt: 0');
    expect(summary).to.contain('Måltall: 120');
    expect(summary).to.contain('93 % av veien fra nullpunkt til mål');
    expect(text(el, '.illustrative')).to.contain('Illustrasjon');
    expect(el.plan?.id).to.equal('job-course');
  });

  it('draws several indicators, or every indicator of a level', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'participants, women-share,nope' });
    expect(el.drawnIndicators.map((i) => i.id)).to.deep.equal(['participants', 'women-share']);
    expect(text(el, '.note')).to.contain('«nope»');
    el.indicator = '';
    el.level = 'outcome';
    await el.updateComplete;
    expect(el.drawnIndicators.map((i) => i.id)).to.deep.equal(['job-after-course', 'interview-confidence', 'days-to-interview']);
    // Three units, three panels: never a 1–5 scale against a percentage axis.
    expect(chartsOf(el).map((c) => c.data.datasets.map((d) => d.label))).to.deep.equal([
      [
        'Andel deltakere i jobb tre måneder etter kurset',
        'Nullpunkt: Andel deltakere i jobb tre måneder etter kurset',
        'Måltall: Andel deltakere i jobb tre måneder etter kurset',
      ],
      [
        'Hvor trygge deltakerne føler seg i en jobbintervjusituasjon (1–5)',
        'Nullpunkt: Hvor trygge deltakerne føler seg i en jobbintervjusituasjon (1–5)',
        'Måltall: Hvor trygge deltakerne føler seg i en jobbintervjusituasjon (1–5)',
      ],
      [
        'Dager fra kursstart til første jobbintervju (median)',
        'Nullpunkt: Dager fra kursstart til første jobbintervju (median)',
        'Måltall: Dager fra kursstart til første jobbintervju (median)',
      ],
    ]);
  });

  /** Every `soimpact-error` of the elements made while `body` runs (the first comes with the first render). */
  async function errorsDuring(body: (errors: CustomEvent[]) => Promise<void>): Promise<void> {
    const errors: CustomEvent[] = [];
    const listen = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('soimpact-error', listen);
    try {
      await body(errors);
    } finally {
      document.removeEventListener('soimpact-error', listen);
    }
  }

  it('a `level` that is no level (a typo) draws the measured indicators, says why and dispatches soimpact-error once', async () => {
    await errorsDuring(async (errors) => {
      const el = await chartElement({ plan: jobCourse, level: 'outcomes' });
      expect(el.drawnIndicators.length, 'not an empty chart').to.be.greaterThan(0);
      expect(chartsOf(el).length).to.be.greaterThan(0);
      expect(text(el, '.note')).to.contain('Må være én av: output, outcome, impact.');
      expect(errors.map((e) => e.detail.problems)).to.deep.equal([
        [{ code: 'not-one-of', path: ['level'], allowed: ['output', 'outcome', 'impact'] }],
      ]);
      el.plan = structuredClone(jobCourse);
      await el.updateComplete;
      expect(errors, 'the same plan again (a refresh) says nothing new').to.have.length(1);
      el.indicator = 'nope';
      await el.updateComplete;
      expect(errors).to.have.length(2);
      expect(errors[1]!.detail.message).to.contain('«nope»');
    });
  });

  it('a `level` the plan has no indicator of says so and dispatches soimpact-error, instead of an empty chart', async () => {
    await errorsDuring(async (errors) => {
      const outputsOnly = { ...jobCourse, indicators: jobCourse.indicators.filter((i) => i.level !== 'impact') };
      const el = await chartElement({ plan: outputsOnly, level: 'impact' });
      expect(text(el, '.note')).to.contain('«impact»');
      expect(errors.map((e) => e.detail.problems[0].code)).to.deep.equal(['unknown-reference']);
    });
  });

  it('shows Boost Refugee’s final results and the impact not measured yet', async () => {
    const el = await chartElement({ plan: boost, level: 'impact' });
    expect(text(el, '.figure-card')).to.contain('Ikke målt ennå');
    el.level = 'outcome';
    await el.updateComplete;
    expect(text(el, '.big')).to.equal('212 | 46 | 48');
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
  });

  it('opens a data table with every measurement, baseline and target', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'days-to-interview' });
    const button = el.shadowRoot!.querySelector('button')!;
    const wrap = el.shadowRoot!.querySelector('.table-wrap') as HTMLElement;
    expect(wrap.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(wrap.hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(4 + 2);
  });

  it('opens and closes the table without configuring the chart again', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'days-to-interview' });
    const drawn = chartOf(el).data.datasets[0];
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(chartOf(el).data.datasets[0], 'the same datasets: not configured again').to.equal(drawn);
    el.indicator = 'participants';
    await el.updateComplete;
    expect(chartOf(el).data.datasets[0]).not.to.equal(drawn);
  });

  it('builds the closed table only for printing: its rows go on paper, not into the hidden box', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'days-to-interview' });
    const rows = () => el.shadowRoot!.querySelectorAll('.table-wrap tbody tr').length;
    expect(rows(), 'rows in the closed table').to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect((el.shadowRoot!.querySelector('.table-wrap') as HTMLElement).hidden, 'still closed on screen').to.equal(true);
    expect(rows(), 'rows while printing').to.equal(4 + 2);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows(), 'rows after printing').to.equal(0);
  });

  it('refuses an invalid plan, keeps the last good one, and says why', async () => {
    const el = await chartElement({ plan: jobCourse, indicator: 'participants' });
    const error = next(el, 'soimpact-error');
    el.plan = { ...jobCourse, indicators: [{ ...jobCourse.indicators[0]!, target: { value: 0, date: '2025-12-31' } }] };
    const event = await error;
    await el.updateComplete;
    expect(event.detail.problems[0]!.code).to.equal('target-equals-baseline');
    expect(text(el, '[role=alert]')).to.contain('Måltallet er det samme som nullpunktet');
    expect(el.plan?.indicators[0]!.target?.value).to.equal(120);
    expect(valuesOf(el, 2)).to.deep.equal([120, 120]);
  });

  it('has no axe violations, with the table open', async () => {
    const el = await chartElement({ plan: jobCourse, level: 'output' });
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    const violations = await axeViolations(el);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });

  it('destroys its chart when removed and draws again when put back', async () => {
    const el = await chartElement({ plan: jobCourse });
    const canvas = canvasOf(el);
    const parent = el.parentElement!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    parent.append(el);
    await el.updateComplete;
    expect(Chart.getChart(canvasOf(el))).to.not.equal(undefined);
    expect(valuesOf(el)).to.have.length(12);
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await chartElement({ plan: jobCourse });
      expect(chartOf(el).options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await chartElement({ plan: jobCourse });
    expect(chartOf(el).options.animation).to.not.equal(false);
  });

  it('takes its colours from the page’s --se-* tokens, per element', async () => {
    const el = await chartElement({ plan: jobCourse });
    el.style.setProperty('--se-series-1', 'rgb(200, 10, 20)');
    el.plan = jobCourse;
    await el.updateComplete;
    expect(chartOf(el).data.datasets[0]!.borderColor).to.equal('rgb(200, 10, 20)');
    const other = await chartElement({ plan: jobCourse });
    expect(chartOf(other).data.datasets[0]!.borderColor).to.not.equal('rgb(200, 10, 20)');
  });

  it('follows the system switching to dark', async () => {
    const el = await chartElement({ plan: jobCourse });
    const light = chartOf(el).data.datasets[0]!.borderColor;
    // The elements follow the page's declared colour scheme: this page allows dark.
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await waitUntil(() => chartOf(el).data.datasets[0]!.borderColor !== light, 'the chart kept its light colours', {
        timeout: 3000,
      });
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('renders names and notes from data as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await chartElement({ plan: planWith(indicator('a', [1, 2], { name: hostile })) });
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, '.summary')).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('redraws at print resolution in black on white for printing, then returns', async () => {
    const el = await chartElement({ plan: jobCourse });
    const before = chartOf(el).currentDevicePixelRatio;
    window.dispatchEvent(new Event('beforeprint'));
    expect(chartOf(el).currentDevicePixelRatio).to.be.at.least(3);
    expect(chartOf(el).data.datasets[0]!.borderColor).to.equal('#000000');
    window.dispatchEvent(new Event('afterprint'));
    expect(chartOf(el).currentDevicePixelRatio).to.equal(before);
  });
});

describe('<soimpact-chart> soimpact-data for a plan property', () => {
  it('reaches a listener attached right after the plan is set (the order of Svelte and @lit/react)', async () => {
    const el = await chartElement({});
    el.plan = jobCourse;
    const data = next(el, 'soimpact-data');
    const event = await data;
    expect(event.detail.plan.id).to.equal('job-course');
    expect(valuesOf(el).length).to.be.greaterThan(0);
  });
});

describe('<soimpact-chart> from src', () => {
  it('loads a JSON plan', async () => {
    const url = await serve(unique('plan'), JSON.stringify(jobCourse));
    const el = await chartElement({ indicator: 'women-share' });
    const data = next(el, 'soimpact-data');
    el.src = url;
    const event = await data;
    await el.updateComplete;
    expect(event.detail.id).to.equal('job-course');
    expect(valuesOf(el)).to.deep.equal(jobCourse.indicators[2]!.measurements.map((m) => m.value));
    // The detail has the { plan } shape of soimpact-change; the top-level plan fields are the deprecated old shape.
    expect(event.detail.plan.id).to.equal('job-course');
    expect(event.detail.plan.indicators).to.equal(event.detail.indicators);
    expect(text(el, '.status')).to.match(/Data per 31\. des\. 2025\. Hentet \d/);
  });

  it('says an address that answers with a web page (a CMS «not found» page, status 200) is not a data file', async () => {
    const el = await chartElement({});
    const page = '<!DOCTYPE html><html><head><title>Siden finnes ikke</title></head><body><h1>404</h1></body></html>';
    for (const [name, type] of [
      ['page.csv', 'text/html; charset=utf-8'],
      ['page.json', 'text/plain'],
    ] as const) {
      const refused = next(el, 'soimpact-error');
      const url = await serve(unique(name), page, type);
      el.src = url;
      const { detail } = await refused;
      expect(detail.problems).to.deep.equal([{ code: 'not-data', path: [], url }]);
      await el.updateComplete;
      const shown = text(el, '[role=alert]');
      expect(shown).to.contain('gir en nettside, ikke en datafil');
      expect(shown).not.to.contain('Kolonnen');
    }
  });

  it('loads a JSON list of measurements, and CSV by content type and by extension', async () => {
    const el = await chartElement({});
    let data = next(el, 'soimpact-data');
    el.src = await serve(unique('rows'), rows([1, 2, 3]));
    await data;
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 3]);

    data = next(el, 'soimpact-data');
    el.src = await serve(unique('csv'), 'indicator,date,value\na,2025-01-01,"1,5"\na,2025-01-02,4\n', 'text/csv');
    await data;
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1.5, 4]);

    data = next(el, 'soimpact-data');
    el.indicator = 'trygghet';
    el.src = '/test/fixtures/soimpact-measurements.csv';
    await data;
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([2.9, 3.1]);
  });

  it('puts measurements from src into the plan property: baseline and target stay', async () => {
    const plan = planWith(
      indicator('a', [1], { baseline: { value: 0, date: '2024-12-31' }, target: { value: 10, date: '2025-12-31' } }),
    );
    const csv = measurementsToCsv([
      { indicator: 'a', date: '2025-02-01', value: 4 },
      { indicator: 'a', date: '2025-03-01', value: 6 },
    ]);
    const url = await serve(unique('merge'), csv, 'text/csv; charset=utf-8');
    const el = await chartElement({ plan });
    const data = next(el, 'soimpact-data');
    el.src = url;
    const event = await data;
    await el.updateComplete;
    expect(event.detail.indicators[0]!.measurements.map((m) => m.value)).to.deep.equal([4, 6]);
    expect(valuesOf(el)).to.deep.equal([4, 6]);
    expect(valuesOf(el, 2)).to.deep.equal([10, 10]);
    expect(text(el, '.summary')).to.contain('60 %');
  });

  it('survives a failing refresh (500, malformed, 404, network) and updates on the next good one', async () => {
    const name = unique('live');
    const url = await serve(name, rows([1, 2, 3]));
    const el = await chartElement({});
    const first = next(el, 'soimpact-data');
    el.src = url;
    await first;
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 3]);
    const chart = chartOf(el);

    const failures: Array<[string, string, number, string]> = [
      ['server error', 'oops', 500, 'HTTP 500'],
      ['malformed JSON', '[{"indicator": "a", ', 200, 'ikke gyldig JSON'],
      ['wrong data', '[{"indicator": "a", "date": "i går", "value": 1}]', 200, 'dato'],
    ];
    for (const [, body, status, says] of failures) {
      await serve(name, body, 'application/json', status);
      const error = next(el, 'soimpact-error');
      await el.reload();
      const event = await error;
      await el.updateComplete;
      expect(event.detail.message).to.contain(says);
      expect(valuesOf(el)).to.deep.equal([1, 2, 3]);
      expect(chartOf(el)).to.equal(chart);
      expect(text(el, '[role=alert]')).to.contain(says);
      expect(text(el, '.status')).to.contain('Hentet');
      expect(text(el, '.status')).to.contain('viser sist gyldige data');
    }

    const missing = next(el, 'soimpact-error');
    el.src = '/test/fixtures/soimpact-not-there.json';
    expect((await missing).detail.problems[0]).to.include({ code: 'fetch-failed', status: 404 });
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 3]);

    const offline = next(el, 'soimpact-error');
    el.src = 'http://127.0.0.1:9/unreachable.json';
    expect((await offline).detail.problems[0]!.code).to.equal('fetch-failed');
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 3]);

    await serve(name, rows([1, 2, 3, 5]));
    const good = next(el, 'soimpact-data');
    el.src = url;
    await good;
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 3, 5]);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('refreshes on its own every `refresh` seconds', async () => {
    const name = unique('timer');
    const url = await serve(name, rows([1, 2]));
    const el = await chartElement({});
    const first = next(el, 'soimpact-data');
    el.src = url;
    el.refresh = 1;
    await first;
    await serve(name, 'kaputt', 'application/json', 500);
    await next(el, 'soimpact-error');
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2]);
    await serve(name, rows([1, 2, 7]));
    await next(el, 'soimpact-data');
    await el.updateComplete;
    expect(valuesOf(el)).to.deep.equal([1, 2, 7]);
    el.refresh = 0;
  });

  it('gives a localized message and the event for each kind of bad CSV', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['missing-column', 'indicator;when;value\na;2025-01-01;1\n', 'Kolonnen «date» mangler', 'The column “date” is missing'],
      ['bad-cell', 'indicator,date,value\na,2025-01-01,ti\n', 'Linje 2: «ti» i kolonnen value er ikke et tall', 'Line 2'],
      [
        'out-of-order',
        'indicator,date,value\na,2025-02-01,1\na,2025-01-01,2\n',
        'Linje 3: datoen 2025-01-01 kommer før 2025-02-01',
        'Line 3',
      ],
      [
        'duplicate-row',
        'indicator,date,value\na,2025-01-01,1\na,2025-01-01,2\n',
        'Linje 3: indikatoren «a» har allerede en måling 2025-01-01',
        'Line 3',
      ],
    ];
    const el = await chartElement({});
    for (const [code, csv, nb, en] of cases) {
      const error = next(el, 'soimpact-error');
      el.src = await serve(unique(code), csv, 'text/csv');
      const event = await error;
      await el.updateComplete;
      expect(event.detail.problems[0]!.code).to.equal(code);
      expect(text(el, '[role=alert]')).to.contain(nb);
      await localeBecomes('en', el, () => text(el, '[role=alert]').includes(en));
      expect(text(el, '[role=alert]')).to.contain(en);
      await localeBecomes('nb', el, () => text(el, '[role=alert]').includes(nb));
    }
  });
});

describe('<soimpact-chart> with many measurements', () => {
  // The time it takes is measured by npm run bench:timings (bench/timings/).
  it('draws 10,000 measurements without animation and with decimation', async () => {
    const big = planWith(
      indicator(
        'big',
        Array.from({ length: 10_000 }, (_, i) => 50 + 30 * Math.sin(i / 150) + ((i * 7919) % 13)),
      ),
    );
    big.indicators[0]!.measurements = big.indicators[0]!.measurements.map((m, i) => ({
      ...m,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    }));
    const el = await chartElement({});
    el.plan = big;
    await el.updateComplete;
    const chart = chartOf(el);
    expect(el.plan!.indicators[0]!.measurements).to.have.length(10_000);
    expect(chart.data.datasets[0]!.data.length, 'decimated for drawing').to.be.within(1, 10_000);
    expect(chart.options.animation).to.equal(false);
    expect((chart.options.plugins as { decimation?: { enabled?: boolean } }).decimation?.enabled).to.equal(true);
  });

  it('takes a plan of 19,000 readings in the setter, without the «Leser planen» notice or slices', async () => {
    const big = planWith(
      indicator(
        'big',
        Array.from({ length: 19_000 }, (_, i) => i % 50),
      ),
    );
    const el = await chartElement({});
    el.plan = big;
    expect(el.plan?.indicators[0]!.measurements, 'shown when the setter returns').to.have.length(19_000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice.reading')).to.equal(null);
    expect(chartOf(el).data.datasets[0]!.data.length).to.be.within(1, 19_000);
  });

  it('draws 100,000 readings through Chart.js decimation, keeps the peaks, and names the real reading in the tooltip', async function () {
    this.timeout(60_000);
    const values = Array.from({ length: 100_000 }, (_, i) => (i === 61_234 ? 500 : i % 97));
    const big = planWith(indicator('big', values));
    const start = Date.UTC(1800, 0, 1);
    big.indicators[0]!.measurements = big.indicators[0]!.measurements.map((m, i) => ({
      ...m,
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    }));
    const el = await chartElement({});
    el.plan = big;
    await el.updateComplete;
    const chart = chartOf(el);
    const drawn = chart.data.datasets[0]!.data as Array<{ x: number; y: number; i?: number }>;
    // Drawn: a few points per pixel column, not 100,000; the one peak among them.
    expect(chart.getDatasetMeta(0).data.length, 'points drawn').to.be.below(5_000);
    expect(Math.max(...drawn.map((p) => p.y))).to.equal(500);
    // Every drawn point stands for a real reading, and the tooltip names that one.
    const measurements = el.plan!.indicators[0]!.measurements;
    const k = drawn.findIndex((p, index) => index > 10 && p.i !== index);
    expect(k, 'a drawn point whose position is not its reading').to.be.above(0);
    const reading = measurements[drawn[k]!.i!]!;
    expect(reading.value).to.equal(drawn[k]!.y);
    const element = chart.getDatasetMeta(0).data[k]!;
    chart.tooltip!.setActiveElements([{ datasetIndex: 0, index: k }], { x: element.x, y: element.y });
    chart.update('none');
    expect(chart.tooltip!.title).to.deep.equal([formatPlanDate(reading.date)]);
    expect(chart.tooltip!.body[0]!.lines[0]).to.contain(String(reading.value));
  });
});
