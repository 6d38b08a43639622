import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { FormAssociatedElement, type FormInvalidity } from '../../base/form-associated-element.js';
import { CutPastes } from '../../base/cut-paste.js';
import { LazyModulesController, whenIdle } from '../../base/lazy-module.js';
import { downloadText } from '../../base/file.js';
import { scorecardCascade, scorecardStyleSheets } from './scorecard-sheets.js';
import { ReportPrintController } from './print-document.js';
import type { PresenterController } from './presenter-controller.js';
import { layoutFrom, type ScorecardLayout } from './layout.js';
import { renderLayoutToggle } from './layout-toggle.js';
import { renderLayoutStep } from './layout-step.js';
import type { FinishGuard } from './finish-guard.js';
import { StepController } from './step-controller.js';
import { type ErrorDetail } from '../../core/problems.js';
import { errorDetail } from '../../i18n/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import { withAnswer, type Response } from '../../core/samson/response.js';
import type { SamsonResult } from '../../core/samson/scoring.js';
import { exportFileName, missingAnswers } from '../../core/samson/report.js';
import { InstrumentController } from './instrument-controller.js';
import { heading } from '../../base/heading.js';
import { HistoryController } from './history-controller.js';
import { renderRoundsNotices } from './rounds-notices.js';
import type { History, SamsonRoundDetail } from '../../core/samson/history.js';
import type { ImportFlow, ImportFlowOptions } from './import-offer.js';
import { createPartiesView } from './party-view.js';
import { ToolsController } from './tools.js';
import { ErrorState } from './error-state.js';
import { renderFrame } from './frame-templates.js';
import { scorecardSteps } from './steps.js';
import { finishChunk, importChunk, printChunks } from './chunks.js';
import { ResponseController } from './response-controller.js';
import { ProfileSlot } from './profile-slot.js';
import { createScorecardView } from './view.js';

/** The detail of `samson-error`: what was wrong, as data and as one localized text. */
export type SamsonErrorDetail = ErrorDetail;
export type { SamsonRoundDetail };

/**
 * The SAMSON scorecard: the questionnaire a group fills in together, from the introduction
 * and the weighting of the four values through the seven fields of action to the results
 * and a printable report. Answers stay in the browser: they autosave in `localStorage`, and
 * the group can export them as a JSON file and import them again later.
 * @summary The SAMSON co-creation scorecard, with autosave, JSON export/import and a print report.
 *
 * @event {CustomEvent<SamsonResult>} samson-change - After every edit (a weight, a rating, an
 *   idea for action, the label, an import, a deletion). Detail `{ response, scores }`: a copy
 *   matching `dist/schemas/samson-result.schema.json`.
 * @event {CustomEvent<SamsonResult>} samson-complete - When the group marks the scorecard
 *   complete. Same detail as `samson-change`, with `response.completedAt` set.
 * @event {CustomEvent<SamsonRoundDetail>} samson-round - When the group starts a new round
 *   ("Start ny runde"). Detail `{ history }`: every round on this device (a copy matching
 *   `dist/schemas/samson-history.schema.json`), the new, empty round last.
 * @event {CustomEvent<SamsonErrorDetail>} samson-error - When an `instrument`, `instrument-src`,
 *   `response`, an imported file or a `goToStep()` argument is refused, and when the draft
 *   cannot be saved (`storage-blocked`, `storage-full`) or another tab or element saved under
 *   the same key (`storage-conflict`). Detail `{ problems, message }`, `problems` never empty;
 *   the element keeps the previous instrument and every answer.
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
 * @csspart button - Every button, and a file picker's label drawn as one; variants and states are further parts on the same button.
 * @csspart file-button - With `button`: the label of a file picker (its file input is hidden; `::part(file-button)`).
 * @csspart primary - With `button`: the main action of a step («Neste», «Marker som ferdig»); style `::part(button primary)`.
 * @csspart danger - With `button`: a button that deletes.
 * @csspart link - With `button`: a button that looks like a link.
 * @csspart nav-item - With `button`: a step in the jump list.
 * @csspart current - With `nav-item`: the step that is open (`::part(nav-item current)`).
 * @csspart option - One answer option (a label with its radio button or checkbox) of a scale or question.
 * @csspart checked - With `option`: the option chosen (`::part(option checked)`).
 * @csspart pressed - With `button`: a toggle button that is on (the presenter layout).
 * @slot intro - Your own introduction, shown in the introduction step before the method's text.
 * @slot help - Help for the people filling it in (whom to ask, where to read more), after the introduction.
 * @csspart error - A message about input the element refused.
 * @csspart notice - Notes about saving, restoring and deleting, and drafts kept aside.
 * @csspart tools - Export, import and delete.
 * @csspart parties - Answering by party: the round's parties, «Neste part», several files at once, the share link.
 * @csspart joint-view - «Der vi ser det ulikt»: each party's answer and the spread, the disputed statements first.
 *
 * @csspart layout-toggle - The button that switches the presenter layout on and off.
 *
 * @cssprop [--samson-scorecard-max-width=none] - Maximum width of the element's content.
 * @cssprop [--samson-scorecard-nav-width=16em] - Width of the jump list beside the step on wide containers.
 */
export class SamsonScorecard extends FormAssociatedElement {
  static override styles = scorecardStyleSheets;

  /** URL of an instrument JSON file (`samson-instrument@1`); fetched and validated. */
  @property({ attribute: 'instrument-src' }) instrumentSrc = '';

  /** What tells this round or party apart ("Runde 1", "Frivilligsentralen"): the label of a new response. */
  @property() label = '';

  /**
   * `localStorage` key of the draft; default `samskaping:<instrument id>` (a second
   * scorecard without a key on the same page gets `samskaping:<instrument id>#2`).
   */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Saves every edit in `localStorage` and restores it on load. `autosave="false"` turns it off. */
  @property({ converter: { fromAttribute: (value: string | null) => value !== 'false' } }) autosave = true;

  /**
   * `standard` (one field per step), `presenter` (for a group around one screen: large type,
   * one statement at a time, keys 1–5 and 0 answer) or `single-page` (every statement on one
   * page). The visible toggle switches presenter on and off.
   */
  @property({ reflect: true, converter: { fromAttribute: layoutFrom } }) layout: ScorecardLayout = 'standard';

  /** Every step opened becomes a browser history entry, so Back goes to the previous step. */
  @property({ type: Boolean, attribute: 'history-steps' }) historySteps = false;

  private readonly profile = new ProfileSlot(this);
  private readonly errors = new ErrorState(this, (problems) => this.emit('samson-error', errorDetail(problems)));
  /** What the templates and controllers share: the instrument, the response, edits, the lock and focus. */
  private readonly common = {
    instrument: () => this.instrument,
    response: () => this.currentResponse,
    commit: (next: Response) => this.commit(next),
    locked: () => this.locked,
    focus: (selector: string) => this.steps.focus(selector),
  };

  /** The chunks a first visit does not need (chunks.ts); `updateComplete` waits for the ones pending. */
  private readonly lazy = new LazyModulesController(this, {
    cascade: scorecardCascade,
    refocus: () => this.renderRoot.querySelector<HTMLElement>('#step-heading'),
    onError: (error) =>
      this.emit(
        'samson-error',
        errorDetail([{ code: 'fetch-failed', path: ['chunk'], url: /\S+\.js\b/.exec(String(error))?.[0] ?? '' }]),
      ),
  });

  private readonly steps = new StepController(this, {
    steps: () => scorecardSteps(this.instrument),
    historyEnabled: () => this.historySteps,
    historyKey: () => this.storageKey || this.id || 'samson-scorecard',
    waiting: () => this.lazy.busy,
    root: () => this.renderRoot,
  });

  private readonly instruments = new InstrumentController(this, {
    changed: (previous) => this.requestUpdate('instrument', previous),
    refused: (problems, document) => this.errors.fail('instrument', problems, document),
    accepted: () => this.errors.clear('instrument'),
  });

  /** Importing a response file (import-offer.ts, a chunk loaded at the first file picked). */
  private importFlow: ImportFlow | undefined;
  private readonly importOptions: ImportFlowOptions = {
    ...this.common,
    refused: (problems) => this.errors.fail('import', problems),
    read: () => this.errors.clear('import'),
    take: (next, choice) => {
      this.commit(next);
      this.state.draft.flush();
      this.steps.goToKind(choice === 'continue' ? 'results' : 'weights');
    },
  };

  private readonly parties = createPartiesView(
    this,
    {
      ...this.common,
      instrumentLoading: () => this.instruments.pending,
      goTo: (kind) => this.steps.goToKind(kind),
      refused: (problems, from) => this.errors.fail(from === 'link' ? 'link' : 'import', problems),
      history: () => this.rounds.history,
      update: (change) => this.rounds.update(change),
      draftKey: () => this.state.key(),
      saving: () => this.autosave && !this.readonly,
      save: () => this.rounds.flush(this.state.draft),
    },
    this.lazy,
  );

  /** The response, its draft and which of them wins (response-controller.ts). */
  private readonly state: ResponseController = new ResponseController(this, {
    instrument: () => this.instrument,
    loading: () => this.instruments.loading,
    label: () => this.label,
    key: (draft) => this.storageKey || draft.defaultKey(`samskaping:${this.instrument.id}`),
    enabled: () => this.autosave && !this.readonly,
    rounds: () => this.rounds,
    refused: (problems) => this.errors.fail('response', problems),
    accepted: () => this.errors.clear('response'),
    onProblems: (problems) => this.emit('samson-error', errorDetail(problems)),
  });

  private readonly printer = new ReportPrintController(this, {
    header: () => [this.instrument.title, this.currentResponse.label].filter(Boolean).join(' · '),
    pageLabel: () => msg('Side'),
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('#step-heading'),
  });

  /** The presenter layout's keys and statement on screen (presenter-controller.ts, with the presenter chunk). */
  private presenter: PresenterController | undefined;

  private readonly tools = new ToolsController(this, {
    ...this.common,
    autosave: () => this.autosave,
    exportFile: () => this.exportResponse(),
    importFile: (event) => void this.rounds.pickImport(event, (e) => this.pickImport(e)),
    deleteSaved: () => this.deleteSaved(),
  });

  /** The "finish anyway?" question (finish-guard.ts, a chunk that comes with the results step). */
  private finishGuard: FinishGuard | undefined;

  /** The rounds on this device; the current round's joint answer is `currentResponse` (history-controller.ts). */
  private readonly rounds: HistoryController = new HistoryController(this, {
    ...this.common,
    replace: (next, save) => this.state.adopt(next, save),
    key: () => this.state.key(),
    enabled: () => this.autosave && !this.readonly,
    started: (history) => {
      this.emit('samson-round', { history });
      this.emit('samson-change', this.resultCopy());
    },
    onProblems: (problems) => this.emit('samson-error', errorDetail(problems)),
    refused: (problems) => this.errors.fail('import', problems),
    root: () => this.renderRoot as ShadowRoot,
    goTo: (kind) => this.steps.goToKind(kind),
  });

  private readonly view = createScorecardView({
    host: this,
    locked: () => this.locked,
    state: this.state,
    errors: this.errors,
    steps: this.steps,
    rounds: this.rounds,
    profile: this.profile,
    parties: this.parties,
    cutPastes: new CutPastes(this),
    commit: (next) => this.commit(next),
    complete: () => this.requestComplete(),
  });

  /**
   * The instrument in use: the one set here or loaded from `instrument-src`, otherwise the
   * built-in SAMSON in the page's language. Never undefined. An invalid instrument is
   * refused with `samson-error` and the previous one stays.
   */
  get instrument(): Instrument {
    return this.instruments.current;
  }

  set instrument(value: Instrument | null | undefined) {
    this.instruments.setProperty(value);
  }

  /**
   * The current response (a copy). Setting one validates it against the instrument; an
   * invalid one (also a hostile object that throws when read) is refused with
   * `samson-error` and the current answers stay. Setting `null` starts an empty response
   * (an untouched one, or a restored draft, stays as it is).
   */
  get response(): Response {
    return structuredClone(this.currentResponse);
  }

  set response(value: Response | null | undefined) {
    this.state.setProperty(value);
  }

  /**
   * Every round of the collaboration on this device (`samson-history@1`, a copy), oldest
   * first; the last is the current round, whose joint answer is `response`. A scorecard that
   * never started a second round has a one-round history. Setting one (or a single
   * `samson-response@1`, opened as one round) validates it; a refused one is reported with
   * `samson-error` and nothing changes.
   */
  get history(): History {
    return structuredClone(this.rounds.history);
  }

  set history(value: History | null | undefined) {
    this.state.setHistory(value);
  }

  /**
   * Closes the current round (kept with its label, dates and answers) and starts the next:
   * same weights, empty answers, the next label ("Runde 2") unless `label` is given.
   * Dispatches `samson-round`. Does nothing while read-only.
   */
  startNewRound(label?: string): void {
    if (this.locked) return;
    this.rounds.startNext(label);
  }

  /** The response with its scores, as `samson-change` carries it (a copy). */
  get result(): SamsonResult {
    return this.resultCopy();
  }

  /**
   * Moves to a step: 0 is the introduction, 1 the weighting, then the fields, results and
   * report. Focus moves to the step's heading only if it was inside the element already,
   * and never when the step is the one already shown (typing goes on undisturbed).
   * Anything but a whole number within the steps is refused with `samson-error`.
   */
  goToStep(index: number): void {
    const refused = this.steps.request(index, this.matches(':focus-within'));
    if (refused) this.errors.fail('argument', [refused]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrumentSrc')) this.instruments.setSrc(this.instrumentSrc);
    this.instruments.followLocale();
    if (changed.has('label') && this.hasUpdated) this.state.relabel();
    if (!this.instruments.loading) this.state.sync();
  }

  protected override firstUpdated(): void {
    // Ctrl+P prints the report at any step, and `beforeprint` cannot wait for a chunk (nor Chart.js).
    whenIdle(() => {
      this.lazy.preload(printChunks);
      this.profile.preloadCharts();
    });
  }

  /** "Rendered", also with a chunk that was pending (chunks.ts): the step it was for is on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.lazy.settled(() => super.getUpdateComplete())) && done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar')) {
      bar.style.setProperty('--score', `${Number(bar.dataset.score ?? 0) * 10}%`);
      bar.style.setProperty('--importance', `${Number(bar.dataset.importance ?? 0) * 10}%`);
    }
  }

  override render(): TemplateResult {
    const view = this.view;
    const { steps } = view;
    const index = this.steps.index;
    const step = this.printer.printing ? ({ kind: 'report' } as const) : steps[index]!;
    return renderFrame(view, {
      // The printed report is one document whatever layout is on screen (print-document.ts).
      layout: this.printer.printing ? 'standard' : this.layout,
      index,
      step,
      label: this.currentResponse.label,
      toggle: renderLayoutToggle(this.layout, (layout) => this.switchLayout(layout)),
      notices: [
        this.importFlow?.render(),
        renderRoundsNotices(this.rounds, this.renderRoot as ShadowRoot),
        this.parties.notices(),
      ],
      content: this.instruments.loading
        ? heading(this.headingLevel, 0, msg('Laster spørreskjemaet …'), { id: 'step-heading', focusable: true })
        : renderLayoutStep(view, step, {
            layout: this.layout,
            presenter: (chunk) =>
              (this.presenter ??= new chunk.PresenterController(this, {
                layout: () => this.layout,
                step: () => (this.locked ? undefined : this.steps.step),
                answer: (statementId, rating) => this.commit(withAnswer(this.currentResponse, statementId, { rating })),
              })),
            finish: (chunk) => this.guard(chunk),
            lazy: this.lazy,
            print: () => this.printer.print(),
          }),
      tools: this.tools.render(),
    });
  }

  /** A form reset starts over: empty answers, and no draft left to come back on the next visit. */
  protected formReset(): void {
    const draft = this.state.draft;
    if (this.autosave && !this.readonly) draft.delete();
    else draft.cancel();
    draft.dismissNotice();
    this.rounds.reset(this.autosave && !this.readonly);
    this.state.startOver('property');
    this.steps.reset();
  }

  protected formRestore(state: string): void {
    this.state.restoreFormState(state);
  }

  protected formValueSource(): unknown {
    return this.currentResponse;
  }

  protected formValue(): string {
    return JSON.stringify(this.currentResponse);
  }

  protected formValidity(): FormInvalidity | undefined {
    if (!this.required || missingAnswers(this.instrument, this.currentResponse).complete) return undefined;
    return {
      flags: { valueMissing: true },
      message: msg('Vekt alle verdiene og svar på alle utsagnene før skjemaet sendes.'),
      anchor: this.renderRoot.querySelector<HTMLElement>('.nav-button') ?? undefined,
    };
  }

  /** The current round's joint answer (response-controller.ts). */
  private get currentResponse(): Response {
    return this.state.value;
  }

  private resultCopy(): SamsonResult {
    return structuredClone({ response: this.currentResponse, scores: this.state.scores() });
  }

  /** Every edit comes through here: it becomes the response, is saved and announced. */
  private commit(next: Response): void {
    if (this.locked) return;
    this.state.replace(next, 'edited');
    this.state.draft.schedule();
    this.rounds.responseChanged();
    this.emit('samson-change', this.resultCopy());
  }

  private requestComplete(): void {
    if (this.locked) return;
    if (this.finishGuard) this.finishGuard.request();
    // The results step asked for the guard's chunk with its own; a click before it arrived waits for it.
    else void this.lazy.need(finishChunk).then((chunk) => chunk && !this.locked && this.guard(chunk).request());
  }

  private guard(chunk: typeof import('./finish-guard.js')): FinishGuard {
    return (this.finishGuard ??= new chunk.FinishGuard(
      this,
      () => ({ instrument: this.instrument, response: this.currentResponse }),
      () => this.markComplete(),
    ));
  }

  private async pickImport(event: Event): Promise<void> {
    const chunk = await this.lazy.need(importChunk);
    if (!chunk) return;
    this.importFlow ??= new chunk.ImportFlow(this, this.importOptions);
    await this.importFlow.pick(event);
  }

  private switchLayout(layout: ScorecardLayout): void {
    this.layout = layout;
    this.steps.focus('.layout-toggle');
  }

  private markComplete(): void {
    if (this.locked) return;
    const now = new Date().toISOString();
    this.commit({ ...this.currentResponse, completedAt: now, updatedAt: now });
    this.state.draft.flush();
    this.emit('samson-complete', this.resultCopy());
  }

  private exportResponse(): void {
    this.state.draft.flush();
    downloadText(
      this.renderRoot as ShadowRoot,
      `${JSON.stringify(this.currentResponse, null, 2)}\n`,
      exportFileName(this.currentResponse),
    );
  }

  private deleteSaved(): void {
    this.state.draft.delete();
    this.parties.forget();
    this.rounds.reset(true);
    this.state.startOver('edited');
    this.emit('samson-change', this.resultCopy());
    this.steps.goTo(0);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samson-scorecard': SamsonScorecard;
  }
  interface HTMLElementEventMap {
    'samson-change': CustomEvent<SamsonResult>;
    'samson-complete': CustomEvent<SamsonResult>;
    'samson-error': CustomEvent<SamsonErrorDetail>;
    'samson-round': CustomEvent<SamsonRoundDetail>;
  }
  interface GlobalEventHandlersEventMap {
    'samson-round': CustomEvent<SamsonRoundDetail>;
  }
}
