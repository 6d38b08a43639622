import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { onUnlessFalse } from '../../base/converters.js';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { downloadBlob } from '../../base/file.js';
import { type Problem } from '../../core/problems.js';
import { describeProblemForUser, errorDetail } from '../../i18n/problems.js';
import { parseInstrument, type Field, type Instrument } from '../../core/samson/instrument.js';
import type { Response } from '../../core/samson/response.js';
import type { History } from '../../core/samson/history.js';
import { builtInInstrument, loadBuiltInInstrument, samsonNb } from '../../content/samson/index.js';
import { getLocale } from '../../i18n/locale.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { canvasStyles } from '../../styles/canvas.styles.js';
import type { SamsonErrorDetail } from '../samson-scorecard/samson-scorecard.js';
import { profileStyles } from './samson-profile.styles.js';
import { loadRadarCharts, radarConfig, readChartTheme, type RadarConfig } from './chart.js';
import { profileFromSources, withPrefix } from './profile-input.js';
import { chartLines, pointsOf, type PartiesMode, type ProfileView } from './view.js';
import { renderFieldButtons, renderStatements } from './side.js';
import {
  profileAxes,
  renderChanges,
  renderDisagreements,
  renderSummary,
  renderTable,
  statementText,
  type TextContext,
} from './text.js';
import { axisLabels, renderFigure } from './figure.js';
import { composePNG, legendEntries } from './legend.js';
import { ScorecardLink } from './scorecard-link.js';
import { renderCapped, renderWorking } from './capped.js';
import { IncrementalResponses } from './incremental.js';
import { ChartLifecycle } from '../../charts/lifecycle.js';
import { ChartKeyboard } from '../../charts/keyboard.js';
import { renderTableToggle } from '../../charts/table-toggle.js';

export type { PartiesMode } from './view.js';
/** The `samson-profile-select` detail: the field drilled into, or null when back at the overview. */
export interface SamsonProfileSelectDetail {
  fieldId: string | null;
}

/** How several responses are shown: on one chart, or one small chart each. */
export type ProfileCompare = 'overlay' | 'side-by-side';

const EXPORT_PIXEL_RATIO = 2;

/**
 * The SAMSON spider profile: one axis per action field, 0–10, the group's score as a bold
 * line and its own importance as the grey area behind it (research report ch. 7, Figur 6–7).
 * A field's axis label drills down to that field's statements, numbered and listed beside
 * the chart.
 *
 * Rounds over time (a `history`, several `responses`, or every round of the scorecard it
 * follows with `for`): the current round is the bold solid line, earlier rounds dashed,
 * thinner and lighter behind it, and the text says what moved most since the round before.
 * Parties who answered on their own (responses with a `party` label, or a round's parties in
 * the history): one line per party, told apart by colour, dash and point shape — or, with
 * `parties="band"`, the joint line inside a band from the lowest to the highest party — and
 * the text names the field and statements where they lie furthest apart, listing first those
 * two or more scale points apart. A text summary and a data table (one column per round or
 * per party) carry the same numbers for everyone who does not read the canvas.
 *
 * @summary The SAMSON spider profile with importance layer, drill-down, rounds and parties.
 *
 * @event {CustomEvent<SamsonProfileSelectDetail>} samson-profile-select - A field was chosen (click or Enter on an axis label) or the user went back to the overview. Detail: `{ fieldId: string | null }`.
 * @event {CustomEvent<SamsonErrorDetail>} samson-error - Some input could not be shown (invalid responses or history, responses to another instrument, an invalid instrument, an unknown `field`). Detail: `{ problems: Problem[], message: string }`; valid responses stay on screen.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The row of buttons above the chart.
 * @csspart button - Every button (with `back`, `toggle`, `download` or `axis` for which one).
 * @csspart back - The "back to the overview" button in a drill-down.
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart expanded - With `toggle`: the data table is shown.
 * @csspart download - The "download as PNG" button.
 * @csspart chart - The figure holding the chart(s) and the legend.
 * @csspart canvas - Each chart's canvas: a tab stop, where the arrow keys move the tooltip from point to point (read out in a polite live region).
 * @csspart legend - The legend below the chart.
 * @csspart axes - The list of field buttons beside the overview (the axis labels as buttons).
 * @csspart axis - One field button.
 * @csspart statements - The numbered statements beside a drill-down.
 * @csspart summary - The generated text summary.
 * @csspart changes - The "what changed" list (rounds).
 * @csspart disagreements - The statements the parties see differently, widest first (parties).
 * @csspart table - The data table's wrapper: its caption and the part that scrolls sideways when the table is wider than the element.
 * @csspart empty - The message shown when there is nothing to draw, and the progress while very many responses are read.
 * @csspart capped - The message that fewer rounds or parties are drawn than were given (at most 12 lines).
 * @csspart error - The message listing problems with the input.
 *
 * @cssprop [--se-profile-height=26rem] - Height of the chart (side by side: 70 % of it).
 * @cssprop [--se-profile-grid-color=#c5ccd3] - Grid lines and spokes.
 * @cssprop [--se-series-1=var(--se-color-accent)] - The current round's line, the joint line and the band; the first party's line.
 * @cssprop [--se-series-2=#b34d0b] - The round before the current one; the second party.
 * @cssprop [--se-series-3=#6b3fa0] - Older rounds; the third party.
 * @cssprop [--se-series-4=#1e7b34] - Older rounds; the fourth party (then the colours repeat, with other dash patterns).
 * @cssprop [--se-color-importance=#9aa3ad] - The grey importance area (shared token).
 */
export class SamsonProfile extends SamskapingElement {
  static override styles = [sharedStyles, canvasStyles, profileStyles];

  /**
   * Loads Chart.js ahead of the first chart. A profile created while the page prints (the
   * scorecard's report) draws only if Chart.js is here already; the scorecard calls this.
   */
  static async preloadCharts(): Promise<void> {
    await loadRadarCharts();
  }

  /**
   * Responses to draw, oldest round first. A response with a `party` label is one party of
   * the latest round; the others are rounds. Each is validated against the instrument;
   * invalid ones are listed in a message and left out, the others drawn. Assign a new array
   * to change them (the element does not watch the array for changes).
   */
  @property({ attribute: false }) responses: readonly Response[] = [];

  /**
   * A collaboration's history (`samson-history@1`, or anything `parseHistory` opens): every
   * round's joint answer is drawn, and the chosen round's parties. Drawn before `responses`.
   */
  @property({ attribute: false }) history: History | undefined = undefined;

  /** Id of a field to drill into (its statements become the axes); empty for the overview. */
  @property({ reflect: true }) field: string | null = null;

  /** `overlay` (one chart) or `side-by-side` (one small chart per line). */
  @property({ reflect: true }) compare: ProfileCompare = 'overlay';

  /**
   * How a round's parties are drawn when it has any: `lines` (one line each, the default),
   * `band` (the joint line — or the parties' mean before a joint answer is agreed — inside a
   * band from the lowest to the highest party), or `off` (rounds only; parties ignored).
   */
  @property({ reflect: true }) parties: PartiesMode = 'lines';

  /** Id of the round whose parties are shown (`r1`, …); the current round when empty. */
  @property({ reflect: true }) round: string | null = null;

  /** Draw the grey importance area. `show-importance="false"` turns it off. */
  @property({ attribute: 'show-importance', converter: onUnlessFalse }) showImportance = true;

  /**
   * Id of a `<samson-scorecard>` in the same document or shadow root to follow live: its
   * `history` property and `samson-round` events give every round, its `samson-change`
   * events the current round's answer (drawn after `responses`, as the latest round, when
   * the scorecard keeps no history).
   */
  @property({ reflect: true }) for: string | null = null;

  /** Draw the mean of all responses as one profile (many respondents answering alone). */
  @property({ type: Boolean, reflect: true }) aggregate = false;

  @state() private tableOpen = false;
  @state() private instrumentLoaded = 0;

  private readonly link = new ScorecardLink(this);
  // Very many responses are validated (and averaged) a slice per task, so the page never freezes.
  private readonly responsesJob = new IncrementalResponses(() => this.requestUpdate());
  private working?: { done: number; total: number };
  private instrumentInput?: Instrument;
  private instrumentProblems: Problem[] = [];
  private view: ProfileView | null = null;
  private validated?: unknown[];
  private problems: Problem[] = [];
  private reportedProblems = '';
  // One chart per canvas, resized with its box (a new width configures again: names or numbers
  // on the axes), redrawn for print and a colour-scheme change, destroyed when removed.
  private readonly charts = new ChartLifecycle(this, { load: loadRadarCharts, redraw: () => this.syncCharts() });
  private chartsDirty = true;
  private media: Array<[MediaQueryList, () => void]> = [];
  // Tooltips from the keyboard: each canvas a tab stop, arrows from point to point, read out.
  private readonly chartKeys = new ChartKeyboard(this, { charts: () => this.charts.all });
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
    const ratio = Math.max(EXPORT_PIXEL_RATIO, window.devicePixelRatio || 1);
    this.charts.drawAt(ratio);
    try {
      const canvases = this.charts.all.map((chart) => chart.canvas);
      return await composePNG(canvases, this.caption(), legendEntries(this.view, this.showImportance), this.theme(), ratio);
    } finally {
      this.charts.drawAt(undefined);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A job cut short by a disconnect starts again.
    if (this.working) this.requestUpdate();
    // The colour scheme is followed by the chart lifecycle; these change the colours too.
    for (const query of ['(forced-colors: active)', '(prefers-contrast: more)']) {
      const list = window.matchMedia(query);
      const onChange = () => this.invalidateCharts();
      list.addEventListener('change', onChange);
      this.media.push([list, onChange]);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.responsesJob.cancel();
    this.validated = undefined;
    for (const [list, onChange] of this.media) list.removeEventListener('change', onChange);
    this.media = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.link.follow(this.for);
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

  /** Resolves once the charts are drawn too: Chart.js loads on the first chart (a chunk of its own). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Very many responses: done when they are all read and drawn.
    while (this.working && this.isConnected) {
      await this.responsesJob.settled;
      result = await super.getUpdateComplete();
    }
    await this.charts.drawn;
    return result;
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
      if (signature) this.emit('samson-error', errorDetail(this.problems));
    }
  }

  protected override render(): TemplateResult {
    return html`
      <div part="base" class="base">
        ${
          this.problems.length
            ? html`<div part="error" class="error" role="alert">
                <p>${problemsIntro(this.problems)}</p>
                <ul>
                  ${this.problems.map((problem) => html`<li>${describeProblemForUser(problem, { instrument: this.instrument })}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${
          this.view
            ? this.renderProfile(this.view, this.currentField())
            : this.working
              ? renderWorking(this.working)
              : html`<p part="empty" class="empty">
                  ${msg('Ingen svar å vise ennå. Profilen tegnes når det finnes et utfylt scorecard.')}
                </p>`
        }
        <span class="probe" aria-hidden="true"></span>
      </div>
    `;
  }

  private renderProfile(view: ProfileView, field: Field | undefined): TemplateResult {
    const axes = profileAxes(this.instrument, field);
    const sideBySide = this.compare === 'side-by-side' && view.series.length > 1;
    const context: TextContext = {
      top: this.headingLevel,
      view,
      field,
      axes,
      caption: this.caption(),
      tableOpen: this.tableOpen,
      statementName: (id) => statementText(this.instrument, id),
    };
    return html`
      <div part="toolbar" class="toolbar no-print">
        ${
          field
            ? html`<button part="button back" class="back" type="button" @click=${this.back}>
                ${msg('Tilbake til oversikten')}
              </button>`
            : nothing
        }
        ${renderTableToggle(this.tableOpen, () => (this.tableOpen = !this.tableOpen))}
        <button part="button download" class="download" type="button" @click=${this.download}>${msg('Last ned som PNG')}</button>
      </div>
      ${renderCapped(view)}
      <div class="layout">
        ${renderFigure({ view, caption: this.caption(), sideBySide, showImportance: this.showImportance })}
        <div class="side ${field ? '' : 'no-print'}">
          ${field ? renderStatements(view, field, axes, this.headingLevel) : renderFieldButtons(view, axes, (id) => this.select(id), this.headingLevel)}
        </div>
      </div>
      ${this.chartKeys.liveRegion()} ${renderSummary(context)} ${renderDisagreements(context)} ${renderChanges(context)}
      ${renderTable(context)}
    `;
  }

  // ————— data —————

  /**
   * Validates and scores what there is to show. Only when an input changed: re-rendering for
   * a table toggle must not parse a thousand responses again.
   */
  private validate(): void {
    const instrument = this.instrument;
    const { response: live, history: linkedHistory } = this.link;
    const input: unknown = this.responses;
    const job = Array.isArray(input) ? this.responsesJob.validate(input, instrument, this.aggregate) : undefined;
    const inputs = [
      this.responses,
      this.history,
      live,
      linkedHistory,
      instrument,
      this.instrumentProblems,
      this.field,
      this.aggregate,
      this.parties,
      this.round,
      getLocale(),
      job,
    ];
    if (this.validated && inputs.every((value, i) => value === this.validated![i])) return;
    this.validated = inputs;

    const problems: Problem[] = [...this.instrumentProblems];
    if (job?.status === 'working') {
      this.working = { done: job.done, total: job.total };
      this.problems = problems;
      this.view = null;
      return;
    }
    this.working = undefined;
    const built = profileFromSources({
      instrument,
      responses: input,
      job: job?.status === 'done' ? job : undefined,
      history: this.history,
      followed: { id: this.for ?? '', response: live, history: linkedHistory },
      field: this.field,
      parties: this.parties,
      round: this.round,
      aggregate: this.aggregate,
    });
    this.problems = [...problems, ...built.problems];
    this.view = built.view;
  }

  private currentField(): Field | undefined {
    return this.field ? this.instrument.fields.find((f) => f.id === this.field) : undefined;
  }

  private caption(): string {
    const field = this.currentField();
    return field
      ? msg(str`${field.name}: skår og viktighet for hvert utsagn (0–10)`)
      : msg('Profil: skår og viktighet for hvert handlingsfelt (0–10)');
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
    downloadBlob(this.renderRoot as ShadowRoot, await this.toPNG(), `samson-${this.field ?? 'profil'}.png`);
  };

  // ————— charts —————

  private invalidateCharts(): void {
    this.chartsDirty = true;
    this.requestUpdate();
  }

  private syncCharts(): void {
    const view = this.view;
    const canvases = view ? [...this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')] : [];
    if (!view) return this.charts.sync([]);
    const theme = this.theme();
    const field = this.currentField();
    const axes = profileAxes(this.instrument, field);
    const overlay = canvases.length === 1;
    const titles = axes.map((a, i) => (field ? `${i + 1}. ${a.name}` : a.name));
    this.charts.sync(
      canvases.map((canvas, c): { canvas: HTMLCanvasElement; config: RadarConfig } => ({
        canvas,
        config: radarConfig({
          labels: axisLabels(axes, canvas.parentElement?.clientWidth ?? 0),
          titles,
          series: chartLines(view, field, overlay ? undefined : c),
          importance: this.showImportance
            ? pointsOf((overlay ? view.main : view.series[c]!).scores, field).map((p) => p.importance)
            : null,
          importanceLabel: msg('Viktighet'),
          theme,
          animate: this.charts.animate,
          pixelRatio: this.charts.pixelRatio,
          onAxisClick: field ? undefined : (index) => this.select(axes[index]!.id),
        }),
      })),
    );
  }

  private theme() {
    return readChartTheme(this, this.renderRoot.querySelector<HTMLElement>('.probe'));
  }
}

/**
 * What the error list is about. Problems in what a followed scorecard sent carry its `#id`
 * first in their path: a page with several scorecards is told which one it was.
 */
function problemsIntro(problems: readonly Problem[]): string {
  const source = problems[0]?.path[0];
  return typeof source === 'string' && source.startsWith('#') && problems.every((p) => p.path[0] === source)
    ? msg(str`Svarene fra ${source} kan ikke vises i profilen:`)
    : msg('Noe av det som skulle vises i profilen, er ikke gyldig:');
}

declare global {
  interface HTMLElementEventMap {
    'samson-profile-select': CustomEvent<SamsonProfileSelectDetail>;
    'samson-error': CustomEvent<SamsonErrorDetail>;
  }
}
