import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { describeProblem, type Problem, type ProblemPath, errorDetail } from '../../core/problems.js';
import { parseInstrument, type Field, type Instrument } from '../../core/samson/instrument.js';
import { parseResponse, type Response } from '../../core/samson/response.js';
import { scoreResponse, type Scores } from '../../core/samson/scoring.js';
import {
  aggregateResponses,
  fieldPoints,
  statementPoints,
  summarizeProfile,
  whatChanged,
  type ProfileChange,
  type ProfilePoint,
} from '../../core/samson/profile.js';
import { builtInInstrument, loadBuiltInInstrument, samsonNb } from '../../content/samson/index.js';
import { getLocale } from '../../i18n/locale.js';
import { formatNumber } from '../../i18n/number.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { canvasStyles } from '../../styles/canvas.styles.js';
import type { SamsonErrorDetail } from '../samson-scorecard/samson-scorecard.js';
import { profileStyles } from './samson-profile.styles.js';
import type { PointStyle } from 'chart.js';
import { Chart, DASHES, POINT_STYLES, ensureRegistered, radarConfig, wrapLabel, type ChartTheme } from './chart.js';
import { ChartKeyboard } from '../../charts/keyboard.js';

/** The `samson-profile-select` detail: the field drilled into, or null when back at the overview. */
export interface SamsonProfileSelectDetail {
  fieldId: string | null;
}

/** How several responses are shown: on one chart, or one small chart each. */
export type ProfileCompare = 'overlay' | 'side-by-side';

/** One response as the profile shows it. */
interface Series {
  label: string;
  scores: Scores;
}

interface Axis {
  id: string;
  /** The full name (field name or statement text). */
  name: string;
  /** What a wide chart writes at the axis; narrow charts and drill-downs write the number. */
  short: string | string[];
}

/** Below this chart width, field names do not fit around the radar: the axes are numbered instead. */
const NAMES_FIT_WIDTH = 520;

const PRINT_PIXEL_RATIO = 3;
const EXPORT_PIXEL_RATIO = 2;

/** `show-importance="false"` turns the grey layer off; the attribute absent keeps it on. */
const trueUnlessFalse = {
  fromAttribute: (value: string | null) => value === null || value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/**
 * The SAMSON spider profile: one axis per action field, 0–10, the group's score as a bold
 * line and its own importance as the grey area behind it (research report ch. 7, Figur 6–7).
 * A field's axis label drills down to that field's statements, numbered and listed beside
 * the chart; several responses — rounds over time or parties — are overlaid, told apart by
 * colour, dash and point shape, or drawn side by side. A text summary, a "what changed" list
 * and a data table carry the same numbers for everyone who does not read the canvas.
 *
 * @summary The SAMSON spider profile with importance layer, drill-down and comparison.
 *
 * @event {CustomEvent<SamsonProfileSelectDetail>} samson-profile-select - A field was chosen (click or Enter on an axis label) or the user went back to the overview. Detail: `{ fieldId: string | null }`.
 * @event {CustomEvent<SamsonErrorDetail>} samson-error - Some input could not be shown (invalid responses, responses to another instrument, an invalid instrument, an unknown `field`). Detail: `{ problems: Problem[], message: string }`; valid responses stay on screen.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The row of buttons above the chart.
 * @csspart back - The "back to the overview" button in a drill-down.
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "download as PNG" button.
 * @csspart chart - The figure holding the chart(s) and the legend.
 * @csspart canvas - Each chart's canvas.
 * @csspart legend - The legend below the chart.
 * @csspart axes - The list of field buttons beside the overview (the axis labels as buttons).
 * @csspart axis - One field button.
 * @csspart statements - The numbered statements beside a drill-down.
 * @csspart summary - The generated text summary.
 * @csspart changes - The "what changed" list.
 * @csspart table - The data table's wrapper.
 * @csspart empty - The message shown when there is nothing to draw.
 * @csspart error - The message listing problems with the input.
 *
 * @cssprop [--se-profile-height=26rem] - Height of the chart (side by side: 70 % of it).
 * @cssprop [--se-profile-grid-color=#c5ccd3] - Grid lines and spokes.
 * @cssprop [--se-series-1=var(--se-color-accent)] - First response's line.
 * @cssprop [--se-series-2=#b34d0b] - Second response's line.
 * @cssprop [--se-series-3=#6b3fa0] - Third response's line.
 * @cssprop [--se-series-4=#1e7b34] - Fourth response's line (then the colours repeat, with other dash patterns).
 * @cssprop [--se-color-importance=#9aa3ad] - The grey importance area (shared token).
 */
export class SamsonProfile extends SamskapingElement {
  static override styles = [sharedStyles, canvasStyles, profileStyles];

  /**
   * The responses to draw, oldest round (or first party) first. Each is validated against
   * the instrument; invalid ones are listed in a message and left out, the others drawn.
   * Assign a new array to change them (the element does not watch the array for changes).
   */
  @property({ attribute: false }) responses: readonly Response[] = [];

  /** Id of a field to drill into (its statements become the axes); empty for the overview. */
  @property({ reflect: true }) field: string | null = null;

  /** `overlay` (one chart) or `side-by-side` (one small chart per response). */
  @property({ reflect: true }) compare: ProfileCompare = 'overlay';

  /** Draw the grey importance area. `show-importance="false"` turns it off. */
  @property({ attribute: 'show-importance', converter: trueUnlessFalse }) showImportance = true;

  /**
   * Id of a `<samson-scorecard>` in the same document or shadow root to follow live through
   * its `samson-change` events. Its current response is drawn after `responses`, as the
   * latest round.
   */
  @property({ reflect: true }) for: string | null = null;

  /** Draw the mean of all responses as one profile (many respondents answering alone). */
  @property({ type: Boolean, reflect: true }) aggregate = false;

  @state() private live?: unknown;
  @state() private tableOpen = false;
  @state() private instrumentLoaded = 0;

  private instrumentInput?: Instrument;
  private instrumentProblems: Problem[] = [];
  private series: Series[] = [];
  private validated?: unknown[];
  private problems: Problem[] = [];
  private reportedProblems = '';
  private charts = new Map<HTMLCanvasElement, Chart<'radar', Array<number | null>, string | string[]>>();
  private chartsDirty = true;
  private resizeObserver?: ResizeObserver;
  private media: Array<[MediaQueryList, () => void]> = [];
  private target?: Element;
  private retryBind?: () => void;
  private pixelRatio?: number;
  // Tooltips from the keyboard: each canvas a tab stop, arrows from point to point, read out.
  private readonly chartKeys = new ChartKeyboard(this, { charts: () => [...this.charts.values()] as unknown as Chart[] });
  private focusAfterUpdate?: string;

  /**
   * The instrument in use: the one set, or the built-in SAMSON in the page's language.
   * Never undefined. Setting an invalid instrument keeps the built-in one and says why.
   */
  @property({ attribute: false })
  get instrument(): Instrument {
    return this.instrumentInput ?? builtInInstrument(getLocale()) ?? samsonNb;
  }

  set instrument(value: Instrument | undefined) {
    if (value === undefined || value === null) {
      this.instrumentInput = undefined;
      this.instrumentProblems = [];
    } else {
      const parsed = parseInstrument(value);
      this.instrumentInput = parsed.ok ? parsed.value : undefined;
      this.instrumentProblems = parsed.ok ? [] : withPrefix(parsed.problems, ['instrument']);
    }
    // Unconditionally (the @property wrapper only updates when the instrument in use changes):
    // an invalid instrument replaced by none leaves that the same, but its message must go.
    this.requestUpdate();
  }

  /** The drawn chart(s) as one PNG image, with a title and the legend, at twice the screen resolution or more. */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    const charts = [...this.charts.values()];
    const theme = this.readTheme();
    const ratio = Math.max(EXPORT_PIXEL_RATIO, window.devicePixelRatio || 1);
    this.setPixelRatio(ratio);
    try {
      const gap = 16 * ratio;
      const titleHeight = Math.round(theme.fontSize * 2.2 * ratio);
      const legendRow = Math.round(theme.fontSize * 1.8 * ratio);
      const legend = this.legendEntries();
      const chartWidth = charts.reduce((sum, c) => sum + c.canvas.width, 0) + gap * Math.max(0, charts.length - 1);
      const chartHeight = Math.max(0, ...charts.map((c) => c.canvas.height));
      const out = document.createElement('canvas');
      out.width = Math.max(1, chartWidth + 2 * gap);
      out.height = Math.max(1, titleHeight + chartHeight + legendRow * legend.length + 2 * gap);
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = theme.background;
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.fillStyle = theme.text;
      ctx.textBaseline = 'middle';
      ctx.font = `600 ${theme.fontSize * 1.1 * ratio}px ${theme.fontFamily}`;
      ctx.fillText(this.caption(), gap, gap + titleHeight / 2);
      let x = gap;
      for (const chart of charts) {
        ctx.drawImage(chart.canvas, x, gap + titleHeight);
        x += chart.canvas.width + gap;
      }
      ctx.font = `${theme.fontSize * ratio}px ${theme.fontFamily}`;
      legend.forEach((entry, i) => {
        const y = gap + titleHeight + chartHeight + legendRow * (i + 0.5);
        if (entry.series === null) {
          ctx.fillStyle = theme.importanceFill;
          ctx.strokeStyle = theme.importance;
          ctx.fillRect(gap, y - 6 * ratio, 36 * ratio, 12 * ratio);
          ctx.strokeRect(gap, y - 6 * ratio, 36 * ratio, 12 * ratio);
        } else {
          ctx.strokeStyle = theme.series[entry.series % theme.series.length]!;
          ctx.lineWidth = 3 * ratio;
          ctx.setLineDash(DASHES[entry.series % DASHES.length]!.map((d) => d * ratio));
          ctx.beginPath();
          ctx.moveTo(gap, y);
          ctx.lineTo(gap + 36 * ratio, y);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        ctx.fillStyle = theme.text;
        ctx.fillText(entry.label, gap + 46 * ratio, y);
      });
      return await new Promise<Blob>((resolve, reject) =>
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('samson-profile: the PNG could not be made'))), 'image/png'),
      );
    } finally {
      this.setPixelRatio(undefined);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
    for (const query of ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)']) {
      const list = window.matchMedia(query);
      const onChange = () => this.invalidateCharts();
      list.addEventListener('change', onChange);
      this.media.push([list, onChange]);
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.bindTarget();
    if (this.hasUpdated) this.invalidateCharts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const [list, onChange] of this.media) list.removeEventListener('change', onChange);
    this.media = [];
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.unbindTarget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.bindTarget();
    const locale = getLocale();
    if (!this.instrumentInput && !builtInInstrument(locale)) {
      loadBuiltInInstrument(locale).then(
        () => this.instrumentLoaded++,
        () => undefined, // The bokmål copy stays in use.
      );
    }
    this.validate();
    const onlyTable = changed.size > 0 && [...changed.keys()].every((key) => key === 'tableOpen');
    if (!onlyTable) this.chartsDirty = true;
  }

  protected override updated(): void {
    if (this.chartsDirty) {
      this.chartsDirty = false;
      this.syncCharts();
    }
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
    const signature = this.problems.length ? JSON.stringify(this.problems) : '';
    if (signature !== this.reportedProblems) {
      this.reportedProblems = signature;
      if (signature) {
        this.emit('samson-error', errorDetail(this.problems));
      }
    }
  }

  protected override render(): TemplateResult {
    const field = this.currentField();
    return html`
      <div part="base" class="base">
        ${this.problems.length
          ? html`<div part="error" class="error" role="alert">
              <p>${msg('Noe av det som skulle vises i profilen, er ikke gyldig:')}</p>
              <ul>
                ${this.problems.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${this.series.length
          ? this.renderProfile(field)
          : html`<p part="empty" class="empty">
              ${msg('Ingen svar å vise ennå. Profilen tegnes når det finnes et utfylt scorecard.')}
            </p>`}
        <span class="probe" aria-hidden="true"></span>
      </div>
    `;
  }

  private renderProfile(field: Field | undefined): TemplateResult {
    const axes = this.axes(field);
    const shown = this.shownSeries();
    const sideBySide = this.compare === 'side-by-side' && shown.length > 1;
    return html`
      <div part="toolbar" class="toolbar no-print">
        ${field
          ? html`<button part="back" class="back" type="button" @click=${this.back}>
              ${msg('Tilbake til oversikten')}
            </button>`
          : nothing}
        <button
          part="toggle"
          class="toggle"
          type="button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? msg('Skjul tabellen') : msg('Vis tallene i en tabell')}
        </button>
        <button part="download" class="download" type="button" @click=${this.download}>
          ${msg('Last ned som PNG')}
        </button>
      </div>
      <div class="layout">
        <figure part="chart" class="figure" aria-labelledby="caption">
          <figcaption id="caption">${this.caption()}</figcaption>
          <div class="charts ${sideBySide ? 'side-by-side' : 'overlay'}">
            ${sideBySide
              ? shown.map(
                  (series, i) => html`<figure class="chart">
                    <div class="chart-box">
                      <canvas part="canvas" data-chart=${i} role="img" aria-label=${this.canvasLabel(series.label)} aria-describedby="summary"></canvas>
                    </div>
                    <figcaption class="chart-label">${series.label}</figcaption>
                  </figure>`,
                )
              : html`<div class="chart-box">
                  <canvas part="canvas" data-chart="0" role="img" aria-label=${this.canvasLabel()} aria-describedby="summary"></canvas>
                </div>`}
          </div>
          ${this.renderLegend()}
        </figure>
        <div class="side ${field ? '' : 'no-print'}">
          ${field ? this.renderStatements(field, axes) : this.renderFieldButtons(axes)}
        </div>
      </div>
      ${this.chartKeys.liveRegion()} ${this.renderSummary(field, axes)} ${this.renderChanges(axes)} ${this.renderTable(field, axes)}
    `;
  }

  private renderLegend(): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${this.legendEntries().map(
        (entry) => html`<li>
          <svg class="swatch ${entry.series === null ? 'importance' : `s${entry.series % 4}`}" viewBox="0 0 40 14" aria-hidden="true">
            ${entry.series === null
              ? svg`<rect class="area" x="1" y="2" width="38" height="10"></rect>`
              : svg`<line x1="1" y1="7" x2="39" y2="7" stroke-dasharray=${DASHES[entry.series % DASHES.length]!.join(' ') || 'none'}></line>${marker(POINT_STYLES[entry.series % POINT_STYLES.length]!)}`}
          </svg>
          <span>${entry.label}</span>
        </li>`,
      )}
    </ul>`;
  }

  private renderFieldButtons(axes: Axis[]): TemplateResult {
    const current = this.shownSeries().at(-1);
    const points = current ? fieldPoints(current.scores) : [];
    return html`<h3 id="axes-title">${msg('Handlingsfeltene')}</h3>
      <p class="hint">${msg('Velg et felt for å se utsagnene det består av.')}</p>
      <ol part="axes" class="axes" aria-labelledby="axes-title">
        ${axes.map((axis, i) => {
          const score = points[i]?.score ?? null;
          return html`<li>
            <button part="axis" type="button" data-field=${axis.id} @click=${() => this.select(axis.id)}>
              <span class="name"><span class="number">${i + 1}</span> ${axis.name}</span>
              <span class="value">${score === null ? msg('ingen skår') : formatNumber(score)}</span>
            </button>
          </li>`;
        })}
      </ol>`;
  }

  private renderStatements(field: Field, axes: Axis[]): TemplateResult {
    const current = this.shownSeries().at(-1);
    const points = current ? statementPoints(current.scores, field.id) : [];
    return html`<h3 id="statements-title">${field.name}</h3>
      <ol part="statements" class="statements" aria-labelledby="statements-title">
        ${axes.map((axis, i) => {
          const point = points[i];
          return html`<li>
            ${axis.name}
            <span class="value"
              >${msg('Skår')}: ${value(point?.score)} · ${msg('Viktighet')}: ${value(point?.importance)}</span
            >
          </li>`;
        })}
      </ol>`;
  }

  private renderSummary(field: Field | undefined, axes: Axis[]): TemplateResult {
    const shown = this.shownSeries();
    const current = shown.at(-1)!;
    const previous = shown.length > 1 ? shown.at(-2) : undefined;
    const points = this.pointsOf(current, field);
    const summary = summarizeProfile(points, previous ? this.pointsOf(previous, field) : undefined);
    const name = (id: string) => axisName(axes, id, field !== undefined);
    const sentences: string[] = [];
    if (!summary.strongest || !summary.weakest) {
      sentences.push(field ? msg('Ingen utsagn har skår ennå.') : msg('Ingen handlingsfelt har skår ennå.'));
    } else if (summary.strongest.score === summary.weakest.score) {
      sentences.push(msg(str`Alt som har skår, ligger på ${formatNumber(summary.strongest.score)}.`));
    } else {
      sentences.push(
        msg(
          str`Sterkest er ${name(summary.strongest.id)} (${formatNumber(summary.strongest.score)}), svakest ${name(summary.weakest.id)} (${formatNumber(summary.weakest.score)}).`,
        ),
      );
    }
    if (summary.biggestGap && summary.biggestGap.gap > 0) {
      const gap = summary.biggestGap;
      sentences.push(
        msg(
          str`Størst avstand mellom viktighet og skår: ${name(gap.id)} (viktighet ${formatNumber(gap.importance)}, skår ${formatNumber(gap.score)}).`,
        ),
      );
    } else if (summary.biggestGap) {
      sentences.push(msg('Skåren er minst like høy som viktigheten overalt.'));
    } else if (summary.strongest) {
      sentences.push(msg('Viktigheten er ikke vektet ennå.'));
    }
    if (previous && summary.largestChange) {
      const change = summary.largestChange;
      sentences.push(
        msg(
          str`Største endring fra «${previous.label}»: ${name(change.id)}, fra ${formatNumber(change.before)} til ${formatNumber(change.after)}.`,
        ),
      );
    } else if (previous) {
      sentences.push(msg(str`Ingen skår har endret seg fra «${previous.label}».`));
    }
    return html`<section part="summary" class="summary" id="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">
        ${shown.length > 1 ? msg(str`Sammendrag for «${current.label}»`) : msg('Sammendrag')}
      </h3>
      <p>${sentences.join(' ')}</p>
    </section>`;
  }

  private renderChanges(axes: Axis[]): TemplateResult | typeof nothing {
    const shown = this.shownSeries();
    if (shown.length < 2) return nothing;
    const field = this.currentField();
    const current = shown.at(-1)!;
    const previous = shown.at(-2)!;
    const { rises, falls } = whatChanged(this.pointsOf(previous, field), this.pointsOf(current, field));
    const item = (change: ProfileChange) =>
      html`<li>
        ${axisName(axes, change.id, field !== undefined, true)}: ${signed(change.change)}
        (${formatNumber(change.before)} → ${formatNumber(change.after)})
      </li>`;
    return html`<section part="changes" class="changes" aria-labelledby="changes-title">
      <h3 id="changes-title">${msg(str`Endringer fra «${previous.label}» til «${current.label}»`)}</h3>
      ${rises.length || falls.length
        ? html`${rises.length
            ? html`<p>${msg('Steg mest:')}</p>
                <ul>
                  ${rises.map(item)}
                </ul>`
            : nothing}
          ${falls.length
            ? html`<p>${msg('Falt mest:')}</p>
                <ul>
                  ${falls.map(item)}
                </ul>`
            : nothing}`
        : html`<p>${msg('Ingen endringer i skår.')}</p>`}
    </section>`;
  }

  private renderTable(field: Field | undefined, axes: Axis[]): TemplateResult {
    const shown = this.shownSeries();
    const several = shown.length > 1;
    const points = shown.map((series) => this.pointsOf(series, field));
    const labelled = (text: string, series: Series) => (several ? `${text} (${series.label})` : text);
    return html`<div part="table" class="table-wrap" id="table" ?hidden=${!this.tableOpen}>
      <table>
        <caption>
          ${this.caption()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${field ? msg('Utsagn') : msg('Handlingsfelt')}</th>
            ${shown.map(
              (series) =>
                html`<th scope="col">${labelled(msg('Skår'), series)}</th>
                  <th scope="col">${labelled(msg('Viktighet'), series)}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${axes.map(
            (axis, i) => html`<tr>
              <th scope="row">${field ? `${i + 1}. ${axis.name}` : axis.name}</th>
              ${points.map(
                (list) => html`<td>${value(list[i]?.score)}</td>
                  <td>${value(list[i]?.importance)}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  // ————— data —————

  /**
   * Validates and scores what there is to show. Only when an input changed: re-rendering for
   * a table toggle must not parse a thousand responses again.
   */
  private validate(): void {
    const instrument = this.instrument;
    const inputs = [this.responses, this.live, instrument, this.instrumentProblems, this.field, this.aggregate, this.for, getLocale()];
    if (this.validated && inputs.every((value, i) => value === this.validated![i])) return;
    this.validated = inputs;

    const problems: Problem[] = [...this.instrumentProblems];
    const valid: Response[] = [];
    const input: unknown = this.responses;
    if (input !== undefined && input !== null && !Array.isArray(input)) {
      problems.push({ code: 'wrong-type', path: ['responses'], expected: 'array' });
    } else {
      ((input ?? []) as unknown[]).forEach((item, i) => {
        const parsed = parseResponse(item, instrument);
        if (parsed.ok) valid.push(parsed.value);
        else problems.push(...withPrefix(parsed.problems, ['responses', i]));
      });
    }
    if (this.live !== undefined) {
      const parsed = parseResponse(this.live, instrument);
      if (parsed.ok) valid.push(parsed.value);
      else problems.push(...withPrefix(parsed.problems, [`#${this.for ?? ''}`]));
    }
    if (this.field && !instrument.fields.some((f) => f.id === this.field)) {
      problems.push({ code: 'unknown-reference', path: ['field'], id: this.field });
    }
    this.problems = problems;
    this.series =
      this.aggregate && valid.length > 1
        ? [{ label: msg(str`Gjennomsnitt av ${valid.length} svar`), scores: aggregateResponses(instrument, valid) }]
        : valid.map((response, i) => ({
            label: response.label.trim() || msg(str`Svar ${i + 1}`),
            scores: scoreResponse(instrument, response),
          }));
  }

  private shownSeries(): Series[] {
    return this.series;
  }

  private currentField(): Field | undefined {
    return this.field ? this.instrument.fields.find((f) => f.id === this.field) : undefined;
  }

  private axes(field: Field | undefined): Axis[] {
    return field
      ? field.statements.map((s) => ({ id: s.id, name: s.text, short: '' }))
      : this.instrument.fields.map((f) => ({ id: f.id, name: f.name, short: wrapLabel(f.name) }));
  }

  private pointsOf(series: Series, field: Field | undefined): ProfilePoint[] {
    return field ? statementPoints(series.scores, field.id) : fieldPoints(series.scores);
  }

  private caption(): string {
    const field = this.currentField();
    return field
      ? msg(str`${field.name}: skår og viktighet for hvert utsagn (0–10)`)
      : msg('Profil: skår og viktighet for hvert handlingsfelt (0–10)');
  }

  private canvasLabel(label?: string): string {
    return label
      ? msg(str`Spiderdiagram for «${label}». Tallene står i sammendraget og i tabellen.`)
      : msg('Spiderdiagram. Tallene står i sammendraget og i tabellen.');
  }

  private legendEntries(): Array<{ label: string; series: number | null }> {
    const shown = this.shownSeries();
    const entries: Array<{ label: string; series: number | null }> = [];
    if (this.showImportance) {
      const overlaid = shown.length > 1 && this.compare !== 'side-by-side';
      entries.push({
        label: overlaid ? msg(str`Viktighet («${shown.at(-1)!.label}»)`) : msg('Viktighet'),
        series: null,
      });
    }
    shown.forEach((series, i) => entries.push({ label: shown.length > 1 ? series.label : msg('Skår'), series: i }));
    return entries;
  }

  // ————— interaction —————

  private select(fieldId: string): void {
    this.field = fieldId;
    this.focusAfterUpdate = '.back';
    this.emit('samson-profile-select', { fieldId });
  }

  private back = (): void => {
    const was = this.field;
    this.field = null;
    this.focusAfterUpdate = was ? `button[data-field="${CSS.escape(was)}"]` : undefined;
    this.emit('samson-profile-select', { fieldId: null });
  };

  private download = async (): Promise<void> => {
    const blob = await this.toPNG();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `samson-${this.field ?? 'profil'}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  private bindTarget(): void {
    this.unbindTarget();
    if (!this.for || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(this.for) : null;
    if (!target) {
      // The scorecard may come later in the page than the profile: look again once it is parsed.
      this.retryBind = () => {
        this.retryBind = undefined;
        if (this.isConnected) this.bindTarget();
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.retryBind, { once: true });
      else setTimeout(() => this.retryBind?.(), 0);
      return;
    }
    this.target = target;
    target.addEventListener('samson-change', this.onTargetChange);
    const current = (target as Element & { response?: unknown }).response;
    if (current && typeof current === 'object') this.live = current;
  }

  private unbindTarget(): void {
    if (this.retryBind) document.removeEventListener('DOMContentLoaded', this.retryBind);
    this.retryBind = undefined;
    this.target?.removeEventListener('samson-change', this.onTargetChange);
    this.target = undefined;
  }

  private onTargetChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ response?: unknown } | undefined>).detail;
    if (detail && typeof detail === 'object' && 'response' in detail) this.live = detail.response;
  };

  // ————— charts —————

  private invalidateCharts(): void {
    this.chartsDirty = true;
    this.requestUpdate();
  }

  private syncCharts(): void {
    const canvases = [...this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
    for (const [canvas, chart] of this.charts) {
      if (!canvases.includes(canvas)) {
        chart.destroy();
        this.charts.delete(canvas);
      }
    }
    if (!canvases.length) return;
    ensureRegistered();
    const theme = this.readTheme();
    const field = this.currentField();
    const axes = this.axes(field);
    const shown = this.shownSeries();
    const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const overlay = canvases.length === 1;
    canvases.forEach((canvas, c) => {
      const drawn = overlay ? shown.map((series, index) => ({ series, index })) : [{ series: shown[c]!, index: c }];
      const last = drawn.at(-1)!.series;
      const config = radarConfig({
        labels: axisLabels(axes, canvas.parentElement!.clientWidth),
        titles: axes.map((a, i) => (field ? `${i + 1}. ${a.name}` : a.name)),
        series: drawn.map(({ series, index }) => ({
          label: series.label,
          index,
          scores: this.pointsOf(series, field).map((p) => p.score),
        })),
        importance: this.showImportance ? this.pointsOf(last, field).map((p) => p.importance) : null,
        importanceLabel: msg('Viktighet'),
        theme,
        animate,
        pixelRatio: this.pixelRatio,
        format: (n) => formatNumber(n),
        onAxisClick: field ? undefined : (index) => this.select(axes[index]!.id),
      });
      const existing = this.charts.get(canvas);
      if (existing) {
        existing.data = config.data;
        existing.options = config.options!;
        existing.update();
      } else {
        const box = canvas.parentElement!;
        canvas.width = Math.max(1, Math.floor(box.clientWidth));
        canvas.height = Math.max(1, Math.floor(box.clientHeight));
        this.charts.set(canvas, new Chart(canvas, config));
        this.resizeObserver?.observe(box);
      }
    });
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const canvas = entry.target.querySelector('canvas');
      const chart = canvas ? this.charts.get(canvas) : undefined;
      if (!chart) continue;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      // Hysteresis: sub-pixel jitter must not redraw (or loop).
      if (width > 0 && height > 0 && (Math.abs(width - chart.width) >= 1 || Math.abs(height - chart.height) >= 1)) {
        const labels = axisLabels(this.axes(this.currentField()), width);
        if (JSON.stringify(labels) !== JSON.stringify(chart.data.labels)) {
          chart.data.labels = labels;
          chart.update('none');
        }
        chart.resize(width, height);
      }
    }
  }

  private setPixelRatio(ratio: number | undefined): void {
    this.pixelRatio = ratio;
    for (const chart of this.charts.values()) {
      chart.options.devicePixelRatio = ratio;
      chart.resize(chart.width, chart.height);
    }
  }

  // Printing draws the canvas again at print resolution (an <img> of a data: URL would be
  // blocked by a strict `img-src 'self'`), and back at screen resolution afterwards.
  private onBeforePrint = (): void => this.setPixelRatio(PRINT_PIXEL_RATIO);
  private onAfterPrint = (): void => this.setPixelRatio(undefined);

  /** Reads the colours from this element's computed custom properties (so per instance, and per media state). */
  private readTheme(): ChartTheme {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    const host = getComputedStyle(this);
    const colour = (variable: string, fallback: string): string => {
      if (!probe) return fallback;
      probe.style.setProperty('color', `var(${variable}, ${fallback})`);
      return getComputedStyle(probe).color || fallback;
    };
    const series = ['--_series-1', '--_series-2', '--_series-3', '--_series-4'].map((v) => colour(v, '#1f5fa8'));
    const importance = colour('--_importance', '#9aa3ad');
    return {
      text: colour('--_text', '#1b1f24'),
      muted: colour('--_muted', '#4a5560'),
      grid: colour('--_grid', '#c5ccd3'),
      background: colour('--_bg', '#ffffff'),
      importance,
      importanceFill: withAlpha(importance, 0.55),
      series,
      seriesFill: series.map((c) => withAlpha(c, 0.15)),
      fontFamily: host.fontFamily || 'system-ui, sans-serif',
      fontSize: parseFloat(host.fontSize) || 16,
    };
  }
}

function axisLabels(axes: readonly Axis[], width: number): Array<string | string[]> {
  const names = width >= NAMES_FIT_WIDTH && axes.every((a) => a.short);
  return axes.map((axis, i) => (names ? axis.short : String(i + 1)));
}

function withPrefix(problems: readonly Problem[], prefix: ProblemPath): Problem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

/** `rgb(1, 2, 3)` → `rgba(1, 2, 3, a)`; anything else is returned unchanged. */
function withAlpha(colour: string, alpha: number): string {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(colour);
  if (!m) return colour;
  const own = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${own * alpha})`;
}

function value(n: number | null | undefined): string {
  return n === null || n === undefined ? msg('ingen skår') : formatNumber(n);
}

function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

function axisName(axes: readonly Axis[], id: string, numbered: boolean, startOfLine = false): string {
  const index = axes.findIndex((a) => a.id === id);
  if (index < 0) return id;
  if (!numbered) return axes[index]!.name;
  return startOfLine ? msg(str`Utsagn ${index + 1}`) : msg(str`utsagn ${index + 1}`);
}

function marker(style: PointStyle) {
  switch (style) {
    case 'rect':
      return svg`<rect class="marker" x="16" y="3" width="8" height="8"></rect>`;
    case 'triangle':
      return svg`<polygon class="marker" points="20,2 25,11 15,11"></polygon>`;
    case 'rectRot':
      return svg`<polygon class="marker" points="20,1.5 25.5,7 20,12.5 14.5,7"></polygon>`;
    default:
      return svg`<circle class="marker" cx="20" cy="7" r="4"></circle>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'samson-profile-select': CustomEvent<SamsonProfileSelectDetail>;
    'samson-error': CustomEvent<SamsonErrorDetail>;
  }
}
