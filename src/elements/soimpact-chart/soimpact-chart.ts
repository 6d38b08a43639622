import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { describeProblem, type Problem, type Result, errorDetail, type ErrorDetail } from '../../core/problems.js';
import { parsePlan, type ImpactPlan, type Indicator, type IndicatorLevel, type Point } from '../../core/soimpact/plan.js';
import { progress } from '../../core/soimpact/progress.js';
import { parseMeasurementList, planFromMeasurements, withMeasurements, type MeasurementRow } from '../../core/soimpact/measurements.js';
import { parseMeasurementsCsv } from '../../core/soimpact/csv.js';
import { getLocale } from '../../i18n/locale.js';
import { dateTimeFormat, formatNumber } from '../../i18n/number.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { canvasStyles } from '../../styles/canvas.styles.js';
import { describeProgress, formatPlanDate, formatValue, unitName } from '../soimpact-chain/format.js';
import { Chart, DASHES, PRINT_THEME, ensureRegistered, lineConfig, type ChartTheme } from './chart-config.js';
import { chartStyles } from './soimpact-chart.styles.js';

/** The `soimpact-error` detail: every problem found, and one sentence for a status line. */
export type SoimpactChartErrorDetail = ErrorDetail;

/** Refreshing faster than this would only load the server; smaller values are raised to it. */
const MIN_REFRESH_SECONDS = 1;

/** The table row of a baseline or target: date, value and what it is. */
function referenceRow(point: Point | undefined, unit: Indicator['unit'], label: string): TemplateResult | typeof nothing {
  if (!point) return nothing;
  return html`<tr class="reference-row">
    <td>${formatPlanDate(point.date)}</td>
    <td>${formatValue(point.value, unit)}</td>
    <td>${label}</td>
  </tr>`;
}

/**
 * The live impact chart an entrepreneur puts on their own website: one or more SoImpact
 * indicators over time, each with its baseline (nullpunkt) and target (måltall) as lines,
 * from a `plan` property or a `src` URL that can be re-read every `refresh` seconds. A
 * refresh that fails or brings bad data keeps the last good data on screen and says when
 * it was last updated. A summary in words (latest value against baseline and target, and
 * progress) and a data table carry the same numbers as the drawing.
 *
 * `src` may give a plan as JSON (`soimpact-plan@1`), a JSON list of measurements
 * (`[{ "indicator", "date", "value", "note"? }]`) or CSV with the columns
 * `indicator,date,value,note` (comma or semicolon, decimal comma allowed). CSV is
 * recognised by a `text/csv` content type or a `.csv` address, JSON likewise, and
 * otherwise by the first character. Measurements without a `plan` property are drawn on
 * their own; with one, they replace that plan's measurements of the indicators they name.
 *
 * @summary Live line chart of SoImpact indicators with baseline and target, from a plan or a JSON/CSV URL.
 *
 * @event {CustomEvent<ImpactPlan>} soimpact-data - After each good load or a valid `plan`. Detail: `ImpactPlan` (the plan now shown, a copy; measurements from `src` are in it).
 * @event {CustomEvent<SoimpactChartErrorDetail>} soimpact-error - A plan or a load from `src` was refused or failed; the last good data stays. Detail: `{ problems: Problem[], message: string }`.
 *
 * @csspart header - Title, illustrative-data notice and update status.
 * @csspart status - "Last updated …" and, after a failed refresh, what went wrong.
 * @csspart error - The message about a failed load or invalid data.
 * @csspart chart - The box around the canvas.
 * @csspart summary - The list that says the numbers in words.
 * @csspart button - The data-table toggle.
 * @csspart table - The data table.
 *
 * @cssprop [--se-chart-height=20rem] - Height of the drawing.
 * @cssprop [--se-series-1=var(--se-color-accent)] - First indicator's line (then --se-series-2 … 4).
 * @cssprop [--se-chart-baseline-color=var(--se-color-text-muted)] - Baseline lines.
 * @cssprop [--se-chart-target-color=var(--se-color-success)] - Target lines.
 * @cssprop [--se-chart-grid-color=#c5ccd3] - Grid lines.
 */
export class SoimpactChart extends SamskapingElement {
  static override styles = [sharedStyles, canvasStyles, chartStyles];

  /** URL of a plan (JSON) or measurements (JSON list or CSV). Loaded whenever it changes. */
  @property({ reflect: true }) src?: string;

  /** Reload `src` every this many seconds (0 or absent: never). */
  @property({ type: Number, reflect: true }) refresh = 0;

  /** Which indicators to draw: ids separated by commas. Default: all of `level`, else the first measured. */
  @property() indicator?: string;

  /** Draw every indicator of this level (output, outcome or impact) when `indicator` is not set. */
  @property() level?: IndicatorLevel;

  /** Heading above the chart; default the plan's title. */
  @property() label?: string;

  @state() private shown?: ImpactPlan;
  @state() private problems: Problem[] = [];
  @state() private loading = false;
  @state() private updatedAt?: Date;
  @state() private tableOpen = false;

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.chart-box') private box?: HTMLElement;

  private base?: ImpactPlan;
  private loadToken = 0;
  private timer?: ReturnType<typeof setInterval>;
  private chart?: Chart<'line', Array<{ x: number; y: number }>>;
  private resizeObserver?: ResizeObserver;
  private printing = false;
  private readonly onBeforePrint = () => this.drawForPrint(true);
  private readonly onAfterPrint = () => this.drawForPrint(false);
  private reducedMotion?: MediaQueryList;
  private colorScheme?: MediaQueryList;
  // The canvas keeps the colours it was drawn with; redraw when the system switches light/dark.
  private readonly onColorScheme = () => this.draw();

  /**
   * The plan shown (a validated copy, with measurements from `src` in it), or `undefined`
   * before anything is set or loaded. Setting an invalid plan keeps what is shown, says what
   * is wrong and dispatches `soimpact-error`.
   */
  get plan(): ImpactPlan | undefined {
    return this.shown ? structuredClone(this.shown) : undefined;
  }

  set plan(value: ImpactPlan | undefined) {
    if (value === undefined || value === null) {
      this.base = undefined;
      if (!this.src) this.shown = undefined;
      return;
    }
    const result = parsePlan(value);
    if (!result.ok) {
      this.fail(result.problems);
      return;
    }
    this.base = result.value;
    // A plan set while measurements come from `src` gets them on the next load; show it now.
    this.accept(result.value);
    if (this.src && this.isConnected) void this.reload();
  }

  /** The indicators drawn now, in order. */
  get drawnIndicators(): Indicator[] {
    return this.shown ? this.pick(this.shown).indicators : [];
  }

  /** Loads `src` now (also what each refresh does). Resolves when the load has succeeded or failed. */
  async reload(): Promise<void> {
    const url = this.src;
    if (!url) return;
    const token = ++this.loadToken;
    this.loading = true;
    let result: Result<ImpactPlan>;
    try {
      const response = await fetch(new URL(url, document.baseURI), { cache: 'no-store', headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
      const text = await response.text();
      if (token !== this.loadToken) return;
      result = response.ok ? this.read(text, response.headers.get('content-type') ?? '', url) : { ok: false, problems: [{ code: 'fetch-failed', path: [], url, status: response.status }] };
    } catch {
      if (token !== this.loadToken) return;
      result = { ok: false, problems: [{ code: 'fetch-failed', path: [], url }] };
    }
    this.loading = false;
    if (result.ok) this.accept(result.value);
    else this.fail(result.problems);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.colorScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.onColorScheme);
    if (this.hasUpdated) {
      // Reconnected: the chart was destroyed on disconnect; draw it again and resume refreshing.
      this.requestUpdate();
      this.schedule();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.colorScheme?.removeEventListener('change', this.onColorScheme);
    clearInterval(this.timer);
    this.timer = undefined;
    this.loadToken++;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && !this.src && !this.base) this.shown = undefined;
    // Started here rather than in updated(): the loading state then renders in this update.
    if (changed.has('src') && this.src) void this.reload();
    if (changed.has('src') || changed.has('refresh')) this.schedule();
  }

  protected override updated(): void {
    this.draw();
  }

  override render(): TemplateResult {
    const plan = this.shown;
    const picked = plan ? this.pick(plan) : undefined;
    const indicators = picked?.indicators ?? [];
    const title = this.label || plan?.title;
    return html`
      <section class="base" aria-busy=${this.loading ? 'true' : 'false'} aria-labelledby="title">
        <header part="header">
          ${title ? html`<h2 id="title" class="title">${title}</h2>` : html`<h2 id="title" class="visually-hidden">${msg('Effektdiagram')}</h2>`}
          ${plan?.illustrative ? html`<p class="illustrative">${msg('Illustrasjon: tallene er oppdiktet for å vise hvordan verktøyet virker.')}</p>` : nothing}
          ${this.renderStatus()}
        </header>
        ${this.problems.length ? this.renderProblems() : nothing}
        ${picked?.unknown.length
          ? html`<p class="note">${picked.unknown.map((id) => describeProblem({ code: 'unknown-indicator', path: [], id })).join(' ')}</p>`
          : nothing}
        <figure class="figure" ?hidden=${!indicators.length}>
          <div class="chart-box" part="chart">
            <canvas role="img" aria-label=${this.chartLabel(indicators)}></canvas>
          </div>
          <figcaption class="legend">${this.renderLegend(indicators)}</figcaption>
        </figure>
        ${!plan && !this.problems.length ? html`<p class="empty">${this.loading ? msg('Laster …') : msg('Ingen data å vise ennå.')}</p>` : nothing}
        ${indicators.length ? this.renderSummary(indicators) : nothing}
        ${indicators.length
          ? html`<div class="no-print">
                <button part="button" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${() => (this.tableOpen = !this.tableOpen)}>
                  ${this.tableOpen ? msg('Skjul tabellen') : msg('Vis tallene i en tabell')}
                </button>
              </div>
              <div class="table-wrap" id="table" ?hidden=${!this.tableOpen}>${this.renderTable(indicators)}</div>`
          : nothing}
      </section>
    `;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    if (!this.updatedAt && !this.problems.length) return nothing;
    return html`<p class="status" part="status" role="status">
      ${this.updatedAt ? msg(str`Sist oppdatert ${this.formatTime(this.updatedAt)}.`) : nothing}
      ${this.problems.length && this.shown ? html`<strong>${msg('Siste oppdatering mislyktes; viser sist gyldige data.')}</strong>` : nothing}
    </p>`;
  }

  private renderProblems(): TemplateResult {
    const shown = this.problems.slice(0, 10);
    return html`<div class="error" part="error" role="alert">
      <p>${this.shown ? msg('Dataene kunne ikke oppdateres:') : msg('Dataene kunne ikke vises:')}</p>
      <ul>
        ${shown.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
      </ul>
      ${this.problems.length > shown.length ? html`<p>${msg(str`… og ${this.problems.length - shown.length} til.`)}</p>` : nothing}
    </div>`;
  }

  private renderLegend(indicators: Indicator[]): TemplateResult {
    const hasBaseline = indicators.some((i) => i.baseline);
    const hasTarget = indicators.some((i) => i.target);
    return html`<ul class="legend-list">
      ${indicators.map(
        (indicator, index) => html`<li>
          ${this.swatch(`series s${index % 4}`, DASHES[index % DASHES.length]!)}<span>${indicator.name}</span>
        </li>`,
      )}
      ${hasBaseline ? html`<li>${this.swatch('baseline', [2, 4])}<span>${msg('Nullpunkt')}</span></li>` : nothing}
      ${hasTarget ? html`<li>${this.swatch('target', [8, 4])}<span>${msg('Måltall')}</span></li>` : nothing}
    </ul>`;
  }

  private swatch(kind: string, dash: readonly number[]): TemplateResult {
    return html`<svg class="swatch ${kind}" viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="31" y2="6" stroke-width="3" stroke-dasharray=${dash.length ? dash.join(' ') : 'none'}></line>
    </svg>`;
  }

  private renderSummary(indicators: Indicator[]): TemplateResult {
    return html`<ul class="summary" part="summary">
      ${indicators.map((indicator) => {
        const p = progress(indicator);
        return html`<li>
          <span class="name">${indicator.name}</span>
          ${p.latest
            ? html`<span>${msg(str`Siste måling: ${formatValue(p.latest.value, indicator.unit)} (${formatPlanDate(p.latest.date)}).`)}</span>`
            : html`<span class="not-measured">${msg('Ikke målt ennå.')}</span>`}
          ${indicator.baseline
            ? html`<span>${msg(str`Nullpunkt: ${formatValue(indicator.baseline.value, indicator.unit)} (${formatPlanDate(indicator.baseline.date)}).`)}</span>`
            : nothing}
          ${indicator.target
            ? html`<span>${msg(str`Måltall: ${formatValue(indicator.target.value, indicator.unit)} (${formatPlanDate(indicator.target.date)}).`)}</span>`
            : nothing}
          ${p.latest ? html`<span class="progress">${describeProgress(p)}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderTable(indicators: Indicator[]): TemplateResult {
    // A table of 10,000 rows helps nobody on screen; the newest rows are what a reader looks for.
    const LIMIT = 500;
    return html`${indicators.map((indicator) => {
      const rows = indicator.measurements.length > LIMIT ? indicator.measurements.slice(-LIMIT) : indicator.measurements;
      return html`<table part="table">
        <caption>
          ${indicator.name}
          ${rows.length < indicator.measurements.length
            ? html`<span class="muted">${msg(str`(de siste ${rows.length} av ${indicator.measurements.length} målinger)`)}</span>`
            : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Dato')}</th>
            <th scope="col">${msg('Verdi')}</th>
            <th scope="col">${msg('Merknad')}</th>
          </tr>
        </thead>
        <tbody>
          ${referenceRow(indicator.baseline, indicator.unit, msg('Nullpunkt'))}
          ${rows.length
            ? rows.map(
                (m) => html`<tr>
                  <td>${formatPlanDate(m.date)}</td>
                  <td>${formatValue(m.value, indicator.unit)}</td>
                  <td>${m.note ?? ''}</td>
                </tr>`,
              )
            : html`<tr><td colspan="3">${msg('Ikke målt ennå.')}</td></tr>`}
          ${referenceRow(indicator.target, indicator.unit, msg('Måltall'))}
        </tbody>
      </table>`;
    })}`;
  }

  private chartLabel(indicators: Indicator[]): string {
    return msg(str`Linjediagram over tid: ${indicators.map((i) => i.name).join('; ')}. Tallene står i sammendraget under.`);
  }

  /** The indicators to draw, and requested ids the plan does not have. */
  private pick(plan: ImpactPlan): { indicators: Indicator[]; unknown: string[] } {
    const wanted = (this.indicator ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (wanted.length) {
      const byId = new Map(plan.indicators.map((i) => [i.id, i]));
      const indicators = wanted.flatMap((id) => byId.get(id) ?? []);
      const unknown = wanted.filter((id) => !byId.has(id));
      if (indicators.length) return { indicators, unknown };
      return { indicators: this.defaultIndicators(plan), unknown };
    }
    return { indicators: this.defaultIndicators(plan), unknown: [] };
  }

  private defaultIndicators(plan: ImpactPlan): Indicator[] {
    if (this.level) return plan.indicators.filter((i) => i.level === this.level);
    const first = plan.indicators.find((i) => i.measurements.length) ?? plan.indicators[0];
    return first ? [first] : [];
  }

  /** Decides by content type, then by the address's extension, then by the first character. */
  private read(text: string, contentType: string, url: string): Result<ImpactPlan> {
    const type = contentType.toLowerCase();
    const path = new URL(url, document.baseURI).pathname.toLowerCase();
    const csv =
      type.includes('csv') ||
      (!type.includes('json') && path.endsWith('.csv')) ||
      (!type.includes('json') && !path.endsWith('.json') && !/^\s*[[{]/.test(text));
    if (csv) return this.withRows(parseMeasurementsCsv(text, this.base ? { plan: this.base } : {}));
    const json = text.trimStart();
    if (json.startsWith('[')) return this.withRows(parseMeasurementList(json));
    return parsePlan(json);
  }

  private withRows(result: Result<MeasurementRow[]>): Result<ImpactPlan> {
    if (!result.ok) return result;
    if (this.base) return withMeasurements(this.base, result.value, 'replace');
    return { ok: true, value: planFromMeasurements(result.value, getLocale()) };
  }

  private accept(plan: ImpactPlan): void {
    this.shown = plan;
    this.problems = [];
    this.updatedAt = new Date();
    this.emit('soimpact-data', structuredClone(plan));
  }

  private fail(problems: Problem[]): void {
    this.problems = problems;
    this.emit('soimpact-error', errorDetail(problems));
  }

  private schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const seconds = Number(this.refresh);
    if (!this.src || !Number.isFinite(seconds) || seconds <= 0) return;
    this.timer = setInterval(() => void this.reload(), Math.max(MIN_REFRESH_SECONDS, seconds) * 1000);
  }

  private formatTime(date: Date): string {
    const sameDay = date.toDateString() === new Date().toDateString();
    return dateTimeFormat(sameDay ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  private formatAxisDate(time: number, span: number): string {
    const options: Intl.DateTimeFormatOptions =
      span > 2 * 365 * 86_400_000
        ? { year: 'numeric', timeZone: 'UTC' }
        : span > 60 * 86_400_000
          ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
          : span > 2 * 86_400_000 || span === 0
            ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
            : { hour: '2-digit', minute: '2-digit' };
    if (span === 0) options.year = 'numeric';
    return dateTimeFormat(options).format(time);
  }

  /** Colours and font from the element's computed custom properties, for this instance only. */
  private readTheme(): ChartTheme {
    const style = getComputedStyle(this);
    const probe = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const fontSize = parseFloat(style.fontSize) || 16;
    const theme: ChartTheme = {
      text: probe('--_text', '#1b1f24'),
      muted: probe('--_muted', '#4a5560'),
      grid: probe('--_grid', '#c5ccd3'),
      background: probe('--_bg', '#ffffff'),
      baseline: probe('--_baseline', '#4a5560'),
      target: probe('--_target', '#1e7b34'),
      series: [1, 2, 3, 4].map((n) => probe(`--_series-${n}`, '#1f5fa8')),
      fontFamily: style.fontFamily,
      fontSize,
    };
    return this.printing ? { ...theme, ...PRINT_THEME } : theme;
  }

  private draw(): void {
    const canvas = this.canvas;
    const box = this.box;
    const indicators = this.drawnIndicators;
    if (!canvas || !box || !indicators.length || !this.isConnected) {
      this.chart?.destroy();
      this.chart = undefined;
      return;
    }
    ensureRegistered();
    const units = new Set(indicators.map((i) => i.unit));
    const config = lineConfig({
      indicators,
      theme: this.readTheme(),
      animate: !this.reducedMotion?.matches && !this.printing,
      pixelRatio: this.printing ? Math.max(3, window.devicePixelRatio || 1) : undefined,
      labels: { baseline: (name) => msg(str`Nullpunkt: ${name}`), target: (name) => msg(str`Måltall: ${name}`) },
      formatValue: (value, indicator) => formatValue(value, indicator.unit),
      formatDate: (time, span) => this.formatAxisDate(time, span),
      formatNumber: (value) => formatNumber(value, 2),
      yTitle: units.size === 1 ? unitName(indicators[0]!.unit) : undefined,
    });
    const { width, height } = box.getBoundingClientRect();
    if (this.chart && this.chart.canvas === canvas) {
      this.chart.data = config.data;
      this.chart.options = config.options!;
      this.chart.update(this.reducedMotion?.matches || this.printing ? 'none' : undefined);
    } else {
      this.chart?.destroy();
      // Sized before the chart exists, so Chart.js lays out and draws once, not twice.
      if (width > 0 && height > 0) {
        canvas.width = Math.floor(width);
        canvas.height = Math.floor(height);
      }
      this.chart = new Chart(canvas, config);
    }
    if (width > 0 && height > 0 && (this.chart.width !== Math.floor(width) || this.chart.height !== Math.floor(height))) {
      this.chart.resize(width, height);
    }
    if (!this.resizeObserver) {
      this.resizeObserver = new ResizeObserver(([entry]) => {
        const rect = entry?.contentRect;
        if (this.chart && rect && rect.width > 0 && rect.height > 0) this.chart.resize(rect.width, rect.height);
      });
      this.resizeObserver.observe(box);
    }
  }

  /** Redraws at print resolution in print colours (a canvas prints what it last drew). */
  private drawForPrint(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.draw();
    // Chart.js applies a new devicePixelRatio only when it resizes, and defers a resize while animating.
    this.chart?.stop();
    this.chart?.resize();
  }
}

declare global {
  interface HTMLElementEventMap {
    'soimpact-data': CustomEvent<ImpactPlan>;
    'soimpact-error': CustomEvent<ErrorDetail>;
  }
}
