import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { scorecardStyles } from './samson-scorecard.styles.js';
import { describeProblem, parseJson, type Problem, errorDetail, type ErrorDetail } from '../../core/problems.js';
import { parseInstrument, type Field, type Instrument, type Statement } from '../../core/samson/instrument.js';
import {
  createResponse,
  parseResponse,
  withAnswer,
  withWeight,
  type Rating,
  type Response,
} from '../../core/samson/response.js';
import { scoreResponse, type SamsonResult, type Scores } from '../../core/samson/scoring.js';
import { actionPlan, answeredIn, exportFileName, missingAnswers, nextRound } from '../../core/samson/report.js';
import { builtInInstrument, loadBuiltInInstrument, samsonNb } from '../../content/samson/index.js';
import { getLocale, type Locale } from '../../i18n/locale.js';
import { formatDate, formatNumber } from '../../i18n/number.js';
import { deleteDraft, readDraft, writeDraft } from '../../base/draft-storage.js';
import { downloadText, readText } from '../../base/file.js';

/** The detail of `samson-error`: what was wrong, as data and as one localized text. */
export type SamsonErrorDetail = ErrorDetail;

type Step =
  | { kind: 'intro' }
  | { kind: 'weights' }
  | { kind: 'field'; index: number; field: Field }
  | { kind: 'results' }
  | { kind: 'report' };

type ErrorKind = 'instrument' | 'import' | 'response';
type StorageNotice = 'unavailable' | 'corrupt' | 'deleted' | 'restored' | undefined;
type Origin = 'fresh' | 'storage' | 'property' | 'edited';

const SAVE_DELAY = 400;
/** The priority list is for choosing what to work on next, so it stays short. */
const MAX_PRIORITIES = 10;

/**
 * The SAMSON scorecard: the questionnaire a group fills in together, from the introduction
 * and the weighting of the four values through the seven fields of action to the results
 * and a printable report. Answers stay in the browser: they autosave in `localStorage`, and
 * the group can export them as a JSON file and import them again later.
 *
 * @summary The SAMSON co-creation scorecard, with autosave, JSON export/import and a print report.
 *
 * @event {CustomEvent<SamsonResult>} samson-change - After every edit (a weight, a rating, an
 *   idea for action, the label, an import, a deletion). Detail `{ response, scores }`: a copy
 *   matching `dist/schemas/samson-result.schema.json`.
 * @event {CustomEvent<SamsonResult>} samson-complete - When the group marks the scorecard
 *   complete. Same detail as `samson-change`, with `response.completedAt` set.
 * @event {CustomEvent<SamsonErrorDetail>} samson-error - When an `instrument`, `instrument-src`,
 *   `response` or an imported file is refused. Detail `{ problems, message }`; the element keeps
 *   the previous instrument and every answer.
 *
 * @csspart base - The wrapper around everything; the container the layout queries.
 * @csspart nav - The jump list to every step.
 * @csspart progress - The progress line (field n of 7, statements answered).
 * @csspart step - The current step.
 * @csspart intro - The introduction step's content.
 * @csspart statement - One statement (or value question) with its scale and idea box.
 * @csspart scale - The radio group of one statement or value.
 * @csspart idea - The "idea for action" text box under a statement.
 * @csspart results - The results step's content.
 * @csspart report - The printable report.
 * @csspart button - Every button.
 * @csspart error - A message about input the element refused.
 * @csspart notice - Notes about saving, restoring and deleting.
 * @csspart tools - Export, import and delete.
 *
 * @cssprop [--samson-scorecard-max-width=none] - Maximum width of the element's content.
 * @cssprop [--samson-scorecard-nav-width=16em] - Width of the jump list beside the step on wide containers.
 */
export class SamsonScorecard extends SamskapingElement {
  static override styles = [sharedStyles, scorecardStyles];
  static formAssociated = true;

  /** URL of an instrument JSON file (`samson-instrument@1`); fetched and validated. */
  @property({ attribute: 'instrument-src' }) instrumentSrc = '';

  /** What tells this round or party apart ("Runde 1", "Frivilligsentralen"): the label of a new response. */
  @property() label = '';

  /** `localStorage` key of the draft; default `samskaping:<instrument id>`. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Saves every edit in `localStorage` and restores it on load. `autosave="false"` turns it off. */
  @property({ converter: { fromAttribute: (value: string | null) => value !== 'false' } }) autosave = true;

  /** Shows the answers for review; nothing can be changed, imported or deleted. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Form field name: the response JSON is the form value. */
  @property({ reflect: true }) name = '';

  /** In a form: the element is invalid (`valueMissing`) until every value is weighted and every statement answered. */
  @property({ type: Boolean, reflect: true }) required = false;

  @state() private _stepIndex = 0;
  @state() private _response: Response;
  @state() private _errors: Partial<Record<ErrorKind, Problem[]>> = {};
  @state() private _notice: StorageNotice;
  @state() private _restoredAt: string | undefined;
  @state() private _confirmingDelete = false;
  @state() private _pendingImport: Response | undefined;
  @state() private _loadingSrc = false;
  @state() private _printing = false;
  @state() private _formDisabled = false;

  private readonly _internals: ElementInternals;
  private _custom: Instrument | undefined;
  private _customFrom: 'property' | 'src' | undefined;
  private _builtIn: Instrument = samsonNb;
  private _builtInLocale: Locale = 'nb';
  private _origin: Origin = 'fresh';
  private _restoredKey: string | undefined;
  private _pendingResponse: Response | undefined;
  private _srcToken = 0;
  private _saveTimer: ReturnType<typeof setTimeout> | undefined;
  private _dirty = false;
  private _focusTarget: string | undefined;
  private _scoreCache: { instrument: Instrument; response: Response; scores: Scores } | undefined;
  private _profileResponses: { response: Response; list: Response[] } | undefined;
  private _formResponse: Response | undefined;
  private _formRequired = false;

  private readonly _onPageHide = () => this._flushSave();
  private readonly _onBeforePrint = () => {
    this._printing = true;
  };
  private readonly _onAfterPrint = () => {
    this._printing = false;
  };

  constructor() {
    super();
    this._internals = this.attachInternals();
    this._response = createResponse(this._builtIn);
  }

  /**
   * The instrument in use: the one set here or loaded from `instrument-src`, otherwise the
   * built-in SAMSON in the page's language. Never undefined. An invalid instrument is
   * refused with `samson-error` and the previous one stays.
   */
  get instrument(): Instrument {
    return this._custom ?? this._builtIn;
  }

  set instrument(value: Instrument | null | undefined) {
    const old = this.instrument;
    if (value == null) {
      if (this._customFrom === 'property') {
        this._custom = undefined;
        this._customFrom = undefined;
      }
    } else {
      const parsed = parseInstrument(value);
      if (!parsed.ok) {
        this._fail('instrument', parsed.problems);
        return;
      }
      this._srcToken++;
      this._loadingSrc = false;
      this._custom = parsed.value;
      this._customFrom = 'property';
      this._clearError('instrument');
    }
    this.requestUpdate('instrument', old);
  }

  /**
   * The current response (a copy). Setting one validates it against the instrument; an
   * invalid one is refused with `samson-error` and the current answers stay. Setting `null`
   * starts an empty response (an untouched one, or a restored draft, stays as it is).
   */
  get response(): Response {
    return structuredClone(this._response);
  }

  set response(value: Response | null | undefined) {
    if (value == null) {
      // Frameworks bind `undefined` before they have data: that must not discard a restored draft.
      if (this._origin === 'fresh') return;
      this._response = createResponse(this.instrument, this.label);
      this._origin = 'fresh';
      return;
    }
    const parsed = parseResponse(value, this._loadingSrc ? undefined : this.instrument);
    if (!parsed.ok) {
      this._fail('response', parsed.problems);
      return;
    }
    this._clearError('response');
    if (this._loadingSrc) {
      this._pendingResponse = parsed.value;
      return;
    }
    this._response = parsed.value;
    this._origin = 'property';
  }

  /** The response with its scores, as `samson-change` carries it (a copy). */
  get result(): SamsonResult {
    return this._result();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this._onPageHide);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    if (!customElements.get('samson-profile')) {
      void customElements.whenDefined('samson-profile').then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this._onPageHide);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._flushSave();
  }

  /** A form reset starts over: empty answers, and no draft left to come back on the next visit. */
  formResetCallback(): void {
    clearTimeout(this._saveTimer);
    this._dirty = false;
    if (this.autosave && !this.readonly) deleteDraft(this._storageKeyFor(this.instrument));
    this._response = createResponse(this.instrument, this.label);
    this._origin = 'property';
    this._restoredAt = undefined;
    this._stepIndex = 0;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const parsed = parseResponse(state, this.instrument);
    if (parsed.ok) {
      this._response = parsed.value;
      this._origin = 'property';
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  get validity(): ValidityState {
    return this._internals.validity;
  }

  get validationMessage(): string {
    return this._internals.validationMessage;
  }

  get willValidate(): boolean {
    return this._internals.willValidate;
  }

  checkValidity(): boolean {
    return this._internals.checkValidity();
  }

  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  /**
   * Moves to a step: 0 is the introduction, 1 the weighting, then the fields, results and
   * report. Focus moves to the step's heading only if it was inside the element already.
   */
  goToStep(index: number): void {
    this._goTo(index, this.matches(':focus-within'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrumentSrc')) {
      if (this.instrumentSrc) void this._loadSrc(this.instrumentSrc);
      else if (this._customFrom === 'src') {
        this._custom = undefined;
        this._customFrom = undefined;
        this._srcToken++;
        this._loadingSrc = false;
      }
    }
    this._followLocale();
    if (changed.has('label') && this.hasUpdated && this._response.label !== this.label) {
      this._response = { ...this._response, label: this.label };
    }
    if (!this._loadingSrc) this._syncResponse();
  }

  protected override updated(): void {
    if (this._focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this._focusTarget);
      this._focusTarget = undefined;
      target?.focus();
    }
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar')) {
      bar.style.setProperty('--score', `${Number(bar.dataset.score ?? 0) * 10}%`);
      bar.style.setProperty('--importance', `${Number(bar.dataset.importance ?? 0) * 10}%`);
    }
    this._syncForm();
  }

  override render(): TemplateResult {
    const instrument = this.instrument;
    const steps = this._steps(instrument);
    const index = Math.min(this._stepIndex, steps.length - 1);
    const step = this._printing ? ({ kind: 'report' } as const) : steps[index]!;
    return html`
      <div part="base" class="base">
        <div class="top">
          <p class="title">
            ${instrument.title}${this._response.label ? html`<span class="label"> · ${this._response.label}</span>` : nothing}
          </p>
          ${this._renderProgress(instrument, step)}
        </div>
        <div class="layout">
          ${this._renderNav(steps, index)}
          <div class="main">
            ${this._renderNotices(instrument)}
            <!-- The form is never submitted. Chromium keeps named radio buttons that leave a
                 shadow root alive unless they sat in a form: without it, every step change
                 leaked the previous step's DOM (bench/radio-leak.mjs). -->
            <form class="step-form" @submit=${(event: Event) => event.preventDefault()}>
              <section part="step" class="step step-${step.kind}" aria-labelledby="step-heading">
                ${this._loadingSrc
                  ? html`<h2 id="step-heading" tabindex="-1">${msg('Laster spørreskjemaet …')}</h2>`
                  : this._renderStep(instrument, step)}
              </section>
            </form>
            ${this._renderStepButtons(steps, index)} ${this._renderTools()}
          </div>
        </div>
      </div>
    `;
  }

  private _renderStep(instrument: Instrument, step: Step): TemplateResult {
    switch (step.kind) {
      case 'intro':
        return this._renderIntro(instrument);
      case 'weights':
        return this._renderWeights(instrument);
      case 'field':
        return this._renderField(instrument, step.field, step.index);
      case 'results':
        return this._renderResults(instrument);
      case 'report':
        return this._renderReport(instrument);
    }
  }

  private _renderProgress(instrument: Instrument, step: Step): TemplateResult {
    const scores = this._scores();
    const { answered, total } = scores.completeness;
    const where =
      step.kind === 'field'
        ? msg(str`Handlingsfelt ${step.index + 1} av ${instrument.fields.length}`)
        : step.kind === 'intro'
          ? msg('Innledning')
          : step.kind === 'weights'
            ? msg('Vekting av verdier')
            : step.kind === 'results'
              ? msg('Resultater')
              : msg('Rapport');
    return html`
      <div part="progress" class="progress">
        <span class="where">${where}</span>
        <span class="count">${msg(str`${answered} av ${total} utsagn besvart`)}</span>
        <progress max=${total} .value=${answered} aria-hidden="true"></progress>
      </div>
    `;
  }

  private _renderNav(steps: Step[], current: number): TemplateResult {
    const name = (step: Step) =>
      step.kind === 'intro'
        ? msg('Innledning')
        : step.kind === 'weights'
          ? msg('Vekting av verdier')
          : step.kind === 'field'
            ? step.field.name
            : step.kind === 'results'
              ? msg('Resultater')
              : msg('Rapport');
    return html`
      <nav part="nav" class="nav" aria-label=${msg('Steg i SAMSON')}>
        <ol>
          ${steps.map((step, i) => {
            const count =
              step.kind === 'field'
                ? html`<span class="nav-count"
                    >${answeredIn(step.field, this._response)}/${step.field.statements.length}<span class="visually-hidden">
                      ${msg('besvart')}</span
                    ></span
                  >`
                : step.kind === 'weights'
                  ? html`<span class="nav-count"
                      >${Object.keys(this._response.weights).length}/${this.instrument.values.length}<span
                        class="visually-hidden"
                      >
                        ${msg('vektet')}</span
                      ></span
                    >`
                  : nothing;
            return html`<li>
              <button
                part="button"
                class="nav-button"
                aria-current=${i === current ? 'step' : nothing}
                @click=${() => this._goTo(i)}
              >
                ${step.kind === 'field' ? html`<span class="nav-number">${step.index + 1}</span>` : nothing}
                <span class="nav-name">${name(step)}</span> ${count}
              </button>
            </li>`;
          })}
        </ol>
      </nav>
    `;
  }

  private _renderNotices(instrument: Instrument): TemplateResult {
    const headings: Record<ErrorKind, string> = {
      instrument: msg('Spørreskjemaet kunne ikke brukes. Vi fortsetter med det forrige, og ingen svar er endret.'),
      import: msg('Filen kunne ikke importeres. Svarene dere har, er ikke endret.'),
      response: msg('Svarene kunne ikke brukes. Svarene dere har, er ikke endret.'),
    };
    const errors = (Object.keys(this._errors) as ErrorKind[]).filter((kind) => this._errors[kind]);
    return html`
      <div class="notices">
        ${errors.map(
          (kind) => html`
            <div part="error" class="error" role="alert">
              <p class="error-heading">${headings[kind]}</p>
              <ul>
                ${this._errors[kind]!.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
              </ul>
              <button part="button" @click=${() => this._clearError(kind)}>${msg('Lukk meldingen')}</button>
            </div>
          `,
        )}
        <div part="notice" class="notice ${this._notice ? '' : 'empty'}" role="status">${this._noticeText()}</div>
        ${this._pendingImport ? this._renderImportOffer(instrument, this._pendingImport) : nothing}
      </div>
    `;
  }

  private _noticeText(): TemplateResult | string | typeof nothing {
    switch (this._notice) {
      case 'unavailable':
        return msg(
          'Svarene kan ikke lagres i denne nettleseren (lagring er slått av eller full). Dere kan fortsette, men eksporter svarene til en fil før dere lukker siden.',
        );
      case 'corrupt':
        return msg('De lagrede svarene på denne enheten kunne ikke leses. Dere starter med tomme svar, og nye svar lagres over de gamle.');
      case 'deleted':
        return msg('De lagrede svarene er slettet fra denne enheten.');
      case 'restored':
        return html`${msg(str`Svarene fra ${formatDate(this._restoredAt ?? '')} er hentet fram igjen fra denne enheten.`)}`;
      default:
        return nothing;
    }
  }

  private _renderImportOffer(instrument: Instrument, imported: Response): TemplateResult {
    const scores = scoreResponse(instrument, imported);
    const { answered, total } = scores.completeness;
    const date = formatDate(imported.updatedAt);
    return html`
      <div part="notice" class="offer" role="group" aria-labelledby="offer-text">
        <p id="offer-text">
          ${imported.label
            ? msg(str`Filen inneholder svarene «${imported.label}», sist endret ${date}, med ${answered} av ${total} utsagn besvart.`)
            : msg(str`Filen inneholder svar sist endret ${date}, med ${answered} av ${total} utsagn besvart.`)}
        </p>
        <ul class="offer-choices">
          <li>${msg('Fortsett: svarene i filen erstatter svarene på skjermen.')}</li>
          <li>${msg('Ny runde: vektingen beholdes, men dere starter med tomme svar, ingen ideer og nye datoer.')}</li>
        </ul>
        <div class="buttons">
          <button part="button" class="primary" id="offer-continue" @click=${() => this._acceptImport('continue')}>
            ${msg('Fortsett med svarene fra filen')}
          </button>
          <button part="button" @click=${() => this._acceptImport('round')}>${msg('Start en ny runde fra filen')}</button>
          <button part="button" @click=${() => this._acceptImport('cancel')}>${msg('Avbryt importen')}</button>
        </div>
      </div>
    `;
  }

  private _renderIntro(instrument: Instrument): TemplateResult {
    const missing = this._restoredAt ? missingAnswers(instrument, this._response) : undefined;
    const resume = missing
      ? missing.values.length
        ? 1
        : missing.fields.length
          ? missing.fields[0]!.index + 2
          : instrument.fields.length + 2
      : undefined;
    return html`
      <div part="intro" class="intro">
        <h2 id="step-heading" tabindex="-1">${msg('Innledning')}</h2>
        ${instrument.guidance.intro.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${resume !== undefined
          ? html`<p>
              <button part="button" @click=${() => this._goTo(resume)}>${msg('Fortsett der dere slapp')}</button>
            </p>`
          : nothing}
        <div class="text-field">
          <label for="round-label">${msg('Navn på runden')}</label>
          <input
            id="round-label"
            type="text"
            maxlength="200"
            autocomplete="off"
            aria-describedby="round-label-hint"
            .value=${live(this._response.label)}
            ?readonly=${this._locked}
            @input=${(e: Event) => this._commit({ ...this._response, label: (e.target as HTMLInputElement).value, updatedAt: new Date().toISOString() })}
          />
          <p class="hint" id="round-label-hint">
            ${msg('For eksempel «Runde 1» eller navnet på en part. Navnet kommer med i rapporten og i filnavnet ved eksport.')}
          </p>
        </div>
      </div>
    `;
  }

  private _renderWeights(instrument: Instrument): TemplateResult {
    const options = this._importanceOptions();
    return html`
      <h2 id="step-heading" tabindex="-1">${msg('Vekting av verdier')}</h2>
      <p>${instrument.guidance.weighting}</p>
      <p class="tip">${instrument.guidance.disagreement}</p>
      ${repeat(
        instrument.values,
        (value) => value.id,
        (value) => html`
          <fieldset part="statement" class="statement">
            <legend>${value.question}</legend>
            <p class="about"><strong>${value.name}.</strong> ${value.description}</p>
            ${this._renderScale(`w-${value.id}`, options, this._response.weights[value.id], (weight) =>
              this._commit(withWeight(this._response, value.id, weight as number)),
            )}
          </fieldset>
        `,
      )}
    `;
  }

  private _renderField(instrument: Instrument, field: Field, index: number): TemplateResult {
    const options = this._agreementOptions();
    return html`
      <p class="eyebrow">${msg(str`Handlingsfelt ${index + 1} av ${instrument.fields.length}`)}</p>
      <h2 id="step-heading" tabindex="-1">${field.name}</h2>
      <p>${field.description}</p>
      ${field.prompt ? html`<p class="prompt"><strong>${msg('Til samtalen:')}</strong> ${field.prompt}</p>` : nothing}
      <p class="tip">${instrument.guidance.idea}</p>
      ${repeat(
        field.statements,
        (statement) => statement.id,
        (statement, i) => this._renderStatement(statement, i, options),
      )}
    `;
  }

  private _renderStatement(statement: Statement, i: number, options: ScaleOption[]): TemplateResult {
    const answer = this._response.answers[statement.id];
    return html`
      <fieldset part="statement" class="statement">
        <legend><span class="number">${i + 1}.</span> ${statement.text}</legend>
        ${this._renderScale(`r-${statement.id}`, options, answer?.rating, (rating) =>
          this._commit(withAnswer(this._response, statement.id, { rating: rating as Rating })),
        )}
        <div class="idea">
          <label for="idea-${statement.id}">${msg('Idé til tiltak')}</label>
          <textarea
            part="idea"
            id="idea-${statement.id}"
            rows="2"
            maxlength="4000"
            .value=${live(answer?.idea ?? '')}
            ?readonly=${this._locked}
            @input=${(e: Event) =>
              this._commit(withAnswer(this._response, statement.id, { idea: (e.target as HTMLTextAreaElement).value }))}
          ></textarea>
        </div>
      </fieldset>
    `;
  }

  private _renderScale(
    name: string,
    options: ScaleOption[],
    current: Rating | undefined,
    pick: (value: Rating) => void,
  ): TemplateResult {
    return html`
      <div part="scale" class="scale ${options.length > 5 ? 'scale-agreement' : 'scale-importance'}">
        ${options.map(
          (option) => html`
            <label class="option ${option.value === 'not-relevant' ? 'option-none' : ''}">
              <input
                type="radio"
                name=${name}
                .value=${String(option.value)}
                .checked=${live(current === option.value)}
                ?disabled=${this._locked}
                @change=${() => pick(option.value)}
              />
              ${option.value === 'not-relevant' ? nothing : html`<span class="point" aria-hidden="true">${option.value}</span>`}
              <span class="option-text">${option.label}</span>
            </label>
          `,
        )}
      </div>
    `;
  }

  private _renderResults(instrument: Instrument): TemplateResult {
    const scores = this._scores();
    const missing = missingAnswers(instrument, this._response);
    return html`
      <div part="results" class="results">
        <h2 id="step-heading" tabindex="-1">${msg('Resultater')}</h2>
        <p>${instrument.guidance.results}</p>
        <section class="block" aria-labelledby="missing-heading">
          <h3 id="missing-heading">${msg('Dette mangler')}</h3>
          ${missing.complete
            ? html`<p>${msg('Alt er besvart.')}</p>`
            : html`<ul class="missing">
                ${missing.values.length
                  ? html`<li>
                      ${msg(str`Vekting: ${missing.values.length} av ${instrument.values.length} verdier er ikke vektet.`)}
                      <button part="button" class="link" @click=${() => this._goTo(1)}>
                        ${msg('Gå til vektingen')}
                      </button>
                    </li>`
                  : nothing}
                ${missing.fields.map(
                  (gap) => html`<li>
                    ${msg(str`${gap.field.name}: ${gap.unanswered.length} av ${gap.field.statements.length} utsagn er ikke besvart.`)}
                    <button part="button" class="link" @click=${() => this._goTo(gap.index + 2)}>
                      ${msg(str`Gå til ${gap.field.name}`)}
                    </button>
                  </li>`,
                )}
              </ul>`}
        </section>
        ${this._renderOverall(scores)} ${this._renderProfile(instrument)} ${this._renderScoreTable(instrument, scores)}
        ${this._renderPriorities(instrument, scores)} ${this._renderActionPlan(instrument)}
        <section class="block complete no-print" aria-labelledby="complete-heading">
          <h3 id="complete-heading">${msg('Ferdig?')}</h3>
          <p>
            ${msg('Når gruppen er enig om svarene, marker vurderingen som ferdig. Dere kan fortsatt endre svarene etterpå.')}
          </p>
          ${this._response.completedAt
            ? html`<p class="done">${msg(str`Markert som ferdig ${formatDate(this._response.completedAt)}.`)}</p>`
            : nothing}
          ${this._locked
            ? nothing
            : html`<button part="button" class="primary" @click=${this._complete}>${msg('Marker som ferdig')}</button>`}
        </section>
      </div>
    `;
  }

  private _renderReport(instrument: Instrument): TemplateResult {
    const scores = this._scores();
    const response = this._response;
    return html`
      <article part="report" class="report">
        <h2 id="step-heading" tabindex="-1">${msg('Rapport')}</h2>
        <p class="no-print">
          ${msg('Rapporten er laget for utskrift. Velg «Lagre som PDF» i utskriftsvinduet for å få en PDF-fil.')}
        </p>
        <p class="no-print">
          <button part="button" class="primary" @click=${() => window.print()}>${msg('Skriv ut rapporten')}</button>
        </p>
        <p class="report-title">${instrument.title}</p>
        <dl class="facts">
          <div><dt>${msg('Runde')}</dt><dd>${response.label || msg('Uten navn')}</dd></div>
          <div><dt>${msg('Startet')}</dt><dd>${formatDate(response.createdAt)}</dd></div>
          <div><dt>${msg('Sist endret')}</dt><dd>${formatDate(response.updatedAt)}</dd></div>
          <div>
            <dt>${msg('Ferdig')}</dt>
            <dd>${response.completedAt ? formatDate(response.completedAt) : msg('Ikke markert som ferdig')}</dd>
          </div>
          <div><dt>${msg('Rapportdato')}</dt><dd>${formatDate(new Date().toISOString())}</dd></div>
          <div>
            <dt>${msg('Besvart')}</dt>
            <dd>${msg(str`${scores.completeness.answered} av ${scores.completeness.total} utsagn`)}</dd>
          </div>
        </dl>
        ${this._renderOverall(scores)} ${this._renderWeightTable(instrument)} ${this._renderProfile(instrument)}
        ${this._renderScoreTable(instrument, scores)} ${this._renderPriorities(instrument, scores)}
        ${this._renderActionPlan(instrument)}
        <section class="block" aria-labelledby="next-heading">
          <h3 id="next-heading">${msg('Videre')}</h3>
          <p>${instrument.guidance.report}</p>
          <p>${instrument.guidance.repeat}</p>
        </section>
      </article>
    `;
  }

  private _renderOverall(scores: Scores): TemplateResult {
    return html`<p class="overall">
      <span class="overall-label">${msg('Samlet skår')}</span>
      <span class="overall-value"
        >${scores.overall === null ? msg('ingen skår ennå') : msg(str`${formatNumber(scores.overall)} av 10`)}</span
      >
    </p>`;
  }

  private _renderProfile(instrument: Instrument): TemplateResult | typeof nothing {
    if (!customElements.get('samson-profile')) return nothing;
    if (this._profileResponses?.response !== this._response) {
      this._profileResponses = { response: this._response, list: [this._response] };
    }
    return html`<div class="profile">
      <samson-profile .instrument=${instrument} .responses=${this._profileResponses.list}></samson-profile>
    </div>`;
  }

  private _renderScoreTable(instrument: Instrument, scores: Scores): TemplateResult {
    return html`
      <section class="block" aria-labelledby="scores-heading">
        <h3 id="scores-heading">${msg('Skår per handlingsfelt')}</h3>
        <p class="hint">
          ${msg('Skår og viktighet går fra 0 til 10. Et handlingsfelt får skår når minst halvparten av de relevante utsagnene er besvart.')}
        </p>
        <table class="scores">
          <thead>
            <tr>
              <th scope="col">${msg('Handlingsfelt')}</th>
              <th scope="col">${msg('Skår')}</th>
              <th scope="col">${msg('Viktighet')}</th>
              <th scope="col">${msg('Besvart')}</th>
            </tr>
          </thead>
          <tbody>
            ${instrument.fields.map((field, i) => {
              const score = scores.fields[i]!;
              return html`<tr>
                <th scope="row">${field.name}</th>
                <td>
                  <span class="score-number"
                    >${score.score === null ? msg('ingen skår ennå') : formatNumber(score.score)}</span
                  >
                  <span
                    class="bar"
                    aria-hidden="true"
                    data-score=${score.score ?? 0}
                    data-importance=${score.importance ?? 0}
                    ><span class="bar-importance"></span><span class="bar-score"></span
                  ></span>
                </td>
                <td>${score.importance === null ? '–' : formatNumber(score.importance)}</td>
                <td>${msg(str`${score.answered} av ${score.total}`)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>
    `;
  }

  private _renderWeightTable(instrument: Instrument): TemplateResult {
    const labels = this._importanceOptions();
    return html`
      <section class="block" aria-labelledby="weights-heading">
        <h3 id="weights-heading">${msg('Vekting av verdiene')}</h3>
        <table class="weights">
          <thead>
            <tr>
              <th scope="col">${msg('Verdi')}</th>
              <th scope="col">${msg('Hvor viktig (1–5)')}</th>
            </tr>
          </thead>
          <tbody>
            ${instrument.values.map((value) => {
              const weight = this._response.weights[value.id];
              return html`<tr>
                <th scope="row">${value.name}</th>
                <td>${weight === undefined ? msg('ikke vektet') : `${weight} – ${labels[weight - 1]!.label}`}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>
    `;
  }

  private _renderPriorities(instrument: Instrument, scores: Scores): TemplateResult {
    const statements = new Map(instrument.fields.flatMap((f) => f.statements.map((s) => [s.id, { field: f, statement: s }])));
    const byId = new Map(scores.statements.map((s) => [s.statementId, s]));
    return html`
      <section class="block" aria-labelledby="priorities-heading">
        <h3 id="priorities-heading">${msg('Prioriteringer: viktig, men svakt')}</h3>
        ${scores.priorities.length
          ? html`<p class="hint">
                ${msg('Utsagnene der det dere sa er viktig, ligger lengst unna hvor dere står nå. Størst avstand først.')}
              </p>
              ${scores.priorities.length > MAX_PRIORITIES
                ? html`<p class="hint">
                    ${msg(str`Her er de ${MAX_PRIORITIES} med størst avstand, av ${scores.priorities.length} i alt.`)}
                  </p>`
                : nothing}
              <ol class="priorities">
                ${scores.priorities.slice(0, MAX_PRIORITIES).map((priority) => {
                  const found = statements.get(priority.statementId);
                  const s = byId.get(priority.statementId);
                  if (!found || !s) return nothing;
                  return html`<li>
                    <span class="priority-text">${found.statement.text}</span>
                    <span class="priority-meta"
                      >${found.field.name} ·
                      ${msg(
                        str`viktighet ${formatNumber(s.importance ?? 0)}, skår ${formatNumber(s.score ?? 0)}, avstand ${formatNumber(priority.gap)}`,
                      )}</span
                    >
                  </li>`;
                })}
              </ol>`
          : html`<p>${msg('Ingen utsagn har ennå lavere skår enn viktigheten dere har gitt dem.')}</p>`}
      </section>
    `;
  }

  private _renderActionPlan(instrument: Instrument): TemplateResult {
    const plan = actionPlan(instrument, this._response);
    const agreement = this._agreementOptions();
    const ratingLabel = (rating: Rating | undefined) =>
      rating === undefined ? msg('ikke besvart') : agreement.find((o) => o.value === rating)!.label;
    return html`
      <section class="block action-plan" aria-labelledby="plan-heading">
        <h3 id="plan-heading">${msg('Handlingsplan: ideer til tiltak')}</h3>
        ${plan.length
          ? plan.map(
              (group) => html`
                <section class="action-field" aria-labelledby="plan-${group.field.id}">
                  <h4 id="plan-${group.field.id}">${group.field.name}</h4>
                  <ul>
                    ${group.items.map(
                      (item) => html`<li class="action">
                        <p class="action-statement">
                          <span class="number">${item.number}.</span> ${item.statement.text}
                          <span class="action-rating">(${ratingLabel(item.rating)})</span>
                        </p>
                        <p class="action-idea">${item.idea}</p>
                      </li>`,
                    )}
                  </ul>
                </section>
              `,
            )
          : html`<p>${msg('Ingen ideer til tiltak er skrevet ennå.')}</p>`}
      </section>
    `;
  }

  private _renderStepButtons(steps: Step[], index: number): TemplateResult {
    const next = steps[index + 1];
    const nextText =
      index === 0
        ? msg('Start')
        : next?.kind === 'results'
          ? msg('Se resultatene')
          : next?.kind === 'report'
            ? msg('Til rapporten')
            : msg('Neste');
    return html`
      <div class="step-buttons no-print">
        ${index > 0
          ? html`<button part="button" class="back" @click=${() => this._goTo(index - 1)}>${msg('Tilbake')}</button>`
          : nothing}
        ${next
          ? html`<button part="button" class="primary next" @click=${() => this._goTo(index + 1)}>${nextText}</button>`
          : nothing}
      </div>
    `;
  }

  private _renderTools(): TemplateResult {
    return html`
      <div part="tools" class="tools no-print">
        <button part="button" @click=${this._export}>${msg('Eksporter svarene (JSON-fil)')}</button>
        ${this._locked
          ? nothing
          : html`<div class="import">
              <label for="import-file">${msg('Importer svar fra fil (JSON)')}</label>
              <input id="import-file" type="file" accept=".json,application/json" @change=${this._import} />
            </div>`}
        ${this._locked || !this.autosave
          ? nothing
          : this._confirmingDelete
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">
                  ${msg('Vil dere slette alle svar og ideer som er lagret på denne enheten? Det kan ikke angres.')}
                </p>
                <button part="button" class="danger" @click=${this._delete}>${msg('Ja, slett svarene')}</button>
                <button part="button" id="confirm-cancel" @click=${this._cancelDelete}>${msg('Avbryt')}</button>
              </div>`
            : html`<button part="button" id="delete-saved" @click=${this._askDelete}>${msg('Slett lagrede svar')}</button>`}
      </div>
    `;
  }

  private get _locked(): boolean {
    return this.readonly || this._formDisabled;
  }

  private _agreementOptions(): ScaleOption[] {
    return [
      { value: 1, label: msg('Helt uenig') },
      { value: 2, label: msg('Delvis uenig') },
      { value: 3, label: msg('Verken enig eller uenig') },
      { value: 4, label: msg('Delvis enig') },
      { value: 5, label: msg('Helt enig') },
      { value: 'not-relevant', label: msg('Vet ikke / ikke relevant') },
    ];
  }

  private _importanceOptions(): ScaleOption[] {
    return [
      { value: 1, label: msg('Ikke viktig') },
      { value: 2, label: msg('Litt viktig') },
      { value: 3, label: msg('Nokså viktig') },
      { value: 4, label: msg('Viktig') },
      { value: 5, label: msg('Svært viktig') },
    ];
  }

  private _steps(instrument: Instrument): Step[] {
    return [
      { kind: 'intro' },
      { kind: 'weights' },
      ...instrument.fields.map((field, index) => ({ kind: 'field' as const, index, field })),
      { kind: 'results' },
      { kind: 'report' },
    ];
  }

  private _goTo(index: number, focus = true): void {
    const last = this.instrument.fields.length + 3;
    this._stepIndex = Math.max(0, Math.min(index, last));
    if (focus) this._focusTarget = '#step-heading';
  }

  private _scores(): Scores {
    const instrument = this.instrument;
    const cache = this._scoreCache;
    if (cache && cache.instrument === instrument && cache.response === this._response) return cache.scores;
    const scores = scoreResponse(instrument, this._response);
    this._scoreCache = { instrument, response: this._response, scores };
    return scores;
  }

  private _result(): SamsonResult {
    return structuredClone({ response: this._response, scores: this._scores() });
  }

  /** Every edit comes through here: it becomes the response, is saved and announced. */
  private _commit(next: Response): void {
    if (this._locked) return;
    this._response = next;
    this._origin = 'edited';
    this._scheduleSave();
    this.emit('samson-change', this._result());
  }

  private _complete(): void {
    if (this._locked) return;
    const now = new Date().toISOString();
    this._commit({ ...this._response, completedAt: now, updatedAt: now });
    this._flushSave();
    this.emit('samson-complete', this._result());
  }

  private _fail(kind: ErrorKind, problems: Problem[]): void {
    this._errors = { ...this._errors, [kind]: problems };
    this.emit('samson-error', errorDetail(problems));
  }

  private _clearError(kind: ErrorKind): void {
    if (!this._errors[kind]) return;
    const errors = { ...this._errors };
    delete errors[kind];
    this._errors = errors;
  }

  private _storageKeyFor(instrument: Instrument): string {
    return this.storageKey || `samskaping:${instrument.id}`;
  }

  /** Keeps the response matched to the instrument, and restores a draft once per storage key. */
  private _syncResponse(): void {
    const instrument = this.instrument;
    if (this._pendingResponse) {
      const pending = this._pendingResponse;
      this._pendingResponse = undefined;
      if (pending.instrument.id === instrument.id) {
        this._response = pending;
        this._origin = 'property';
      } else {
        this._fail('response', [
          { code: 'other-instrument', path: ['instrument', 'id'], found: pending.instrument.id, expected: instrument.id },
        ]);
      }
    }
    if (this._response.instrument.id !== instrument.id) {
      this._response = createResponse(instrument, this.label);
      this._origin = 'fresh';
    }
    const key = this._storageKeyFor(instrument);
    if (key !== this._restoredKey) {
      this._restoredKey = key;
      if (this.autosave && this._origin === 'fresh') this._restore(key, instrument);
    }
    // The label attribute names a new response; a restored or given one keeps its own.
    if (this._origin === 'fresh' && !this._response.label && this.label) {
      this._response = { ...this._response, label: this.label };
    }
  }

  private _restore(key: string, instrument: Instrument): void {
    const draft = readDraft(key, (text) => parseResponse(text, instrument));
    if (draft.status === 'ok') {
      this._response = draft.value;
      this._origin = 'storage';
      this._restoredAt = draft.value.updatedAt;
      this._notice = 'restored';
    } else if (draft.status === 'unavailable') {
      this._notice = 'unavailable';
    } else if (draft.status === 'corrupt') {
      this._notice = 'corrupt';
    }
  }

  /** When the page's language changes, the built-in instrument follows it; the response stays. */
  private _followLocale(): void {
    const locale = getLocale();
    if (locale === this._builtInLocale) return;
    this._builtInLocale = locale;
    const ready = builtInInstrument(locale);
    if (ready) {
      this._builtIn = ready;
      return;
    }
    loadBuiltInInstrument(locale).then(
      (instrument) => {
        if (this._builtInLocale !== locale) return;
        const old = this.instrument;
        this._builtIn = instrument;
        this.requestUpdate('instrument', old);
      },
      () => {
        // Without the translated content the questions stay in the language they were in.
      },
    );
  }

  private async _loadSrc(url: string): Promise<void> {
    const token = ++this._srcToken;
    this._loadingSrc = true;
    let problems: Problem[] | undefined;
    let instrument: Instrument | undefined;
    try {
      const response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
      if (token !== this._srcToken) return;
      if (!response.ok) {
        problems = [{ code: 'fetch-failed', path: [], url, status: response.status }];
      } else {
        const json = parseJson(await response.text());
        if (!json.ok) problems = json.problems;
        else {
          const parsed = parseInstrument(json.value);
          if (parsed.ok) instrument = parsed.value;
          else problems = parsed.problems;
        }
      }
    } catch {
      problems = [{ code: 'fetch-failed', path: [], url }];
    }
    if (token !== this._srcToken) return;
    const old = this.instrument;
    this._loadingSrc = false;
    if (instrument) {
      this._custom = instrument;
      this._customFrom = 'src';
      this._clearError('instrument');
    } else {
      this._fail('instrument', problems ?? []);
    }
    this.requestUpdate('instrument', old);
  }

  private _scheduleSave(): void {
    if (!this.autosave) return;
    this._dirty = true;
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(() => this._flushSave(), SAVE_DELAY);
  }

  private _flushSave(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    if (!this._dirty || !this.autosave) return;
    this._dirty = false;
    const saved = writeDraft(this._storageKeyFor(this.instrument), this._response);
    if (!saved) this._notice = 'unavailable';
    else if (this._notice === 'unavailable') this._notice = undefined;
  }

  private _syncForm(): void {
    if (this._formResponse === this._response && this._formRequired === this.required) return;
    this._formResponse = this._response;
    this._formRequired = this.required;
    const value = JSON.stringify(this._response);
    this._internals.setFormValue(value, value);
    if (this.required && !missingAnswers(this.instrument, this._response).complete) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('.nav-button');
      this._internals.setValidity(
        { valueMissing: true },
        msg('Vekt alle verdiene og svar på alle utsagnene før skjemaet sendes.'),
        anchor ?? undefined,
      );
    } else {
      this._internals.setValidity({});
    }
  }

  private _export(): void {
    this._flushSave();
    downloadText(this.renderRoot as ShadowRoot, `${JSON.stringify(this._response, null, 2)}\n`, exportFileName(this._response));
  }

  private async _import(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readText(file);
    input.value = '';
    const parsed =
      text === undefined ? { ok: false as const, problems: [{ code: 'invalid' as const, path: [] }] } : parseResponse(text, this.instrument);
    if (!parsed.ok) {
      this._pendingImport = undefined;
      this._fail('import', parsed.problems);
      return;
    }
    this._clearError('import');
    this._pendingImport = parsed.value;
    this._focusTarget = '#offer-continue';
  }

  private _acceptImport(choice: 'continue' | 'round' | 'cancel'): void {
    const imported = this._pendingImport;
    this._pendingImport = undefined;
    if (!imported || choice === 'cancel') {
      this._focusTarget = '#import-file';
      return;
    }
    this._commit(choice === 'continue' ? imported : nextRound(imported, this.instrument));
    this._flushSave();
    this._goTo(choice === 'continue' ? this.instrument.fields.length + 2 : 1);
  }

  private _askDelete(): void {
    this._confirmingDelete = true;
    this._focusTarget = '#confirm-cancel';
  }

  private _cancelDelete(): void {
    this._confirmingDelete = false;
    this._focusTarget = '#delete-saved';
  }

  private _delete(): void {
    this._confirmingDelete = false;
    clearTimeout(this._saveTimer);
    this._dirty = false;
    const deleted = deleteDraft(this._storageKeyFor(this.instrument));
    this._response = createResponse(this.instrument, this.label);
    this._origin = 'edited';
    this._restoredAt = undefined;
    this._notice = deleted ? 'deleted' : 'unavailable';
    this.emit('samson-change', this._result());
    this._goTo(0);
  }
}

interface ScaleOption {
  value: Rating;
  label: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'samson-scorecard': SamsonScorecard;
  }
  interface HTMLElementEventMap {
    'samson-change': CustomEvent<SamsonResult>;
    'samson-complete': CustomEvent<SamsonResult>;
    'samson-error': CustomEvent<SamsonErrorDetail>;
  }
}
