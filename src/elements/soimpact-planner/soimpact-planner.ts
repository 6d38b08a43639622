import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { msg } from '@lit/localize';
import { FormAssociatedElement, type FormInvalidity } from '../../base/form-associated-element.js';
import type { DraftController } from '../../base/draft-controller.js';
import type { KeptDraftActions } from '../../base/draft-notices.js';
import { onUnlessFalse } from '../../base/converters.js';
import { type ErrorDetail, type Problem, type Result } from '../../core/problems.js';
import { errorDetail } from '../../i18n/problems.js';
import type { PlanDraft } from '../../core/soimpact/plan-draft.js';
import { createPlan, parsePlan, planWarnings, type ImpactPlan } from '../../core/soimpact/plan.js';
import { copyPlan, latestOnly, planReadiness } from '../../core/soimpact/plan-rules.js';
import { refusedStepWarning, stepIndexProblem, type StepContent } from '../../core/soimpact/steps.js';
import { StepTexts } from './step-content.js';
import { problemsOf } from '../../content/registered-content.js';
import { getLocale } from '../../i18n/locale.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { DeleteConfirmation, renderToolbar, type ToolbarView } from './toolbar.js';
import { PlanFiles, planCsv, planJson, type PlanFilesHost } from './plan-files.js';
import { bundleOfThisPage, copiedMessage, copySnippet, loadChartWhenOpen, renderPublish, type PublishView } from './publish.js';
import { renderDraftNotice, renderStep, renderStepList } from './frame.js';
import { Refusal, takenWithWarnings } from './refusal.js';
import { IndicatorEditor, type PlanHost } from './indicator-editor.js';
import { EvaluationEditor } from './evaluation-editor.js';
import { createPlanDraft, loadUnsaved, type TypedStores } from './draft-session.js';
import { renderStepFields, type StepFieldsView } from './step-fields.js';
import { describeReadinessAll } from './steps-evaluation.js';
import { TypedText } from './typed-text.js';
import { PlanReader, flushDraft, isLargePlan, markValidated } from './large-plan.js';
import { plannerStyles } from './soimpact-planner.styles.js';
import { PlanPrintController, printPlanStyles, printView } from './print-plan.js';
import { heading } from '../../base/heading.js';

/** The `soimpact-change` and `soimpact-complete` detail. */
export interface SoimpactPlanDetail {
  plan: ImpactPlan;
}

/**
 * SoImpact's ten steps as one guided form: the societal problem, goals, target groups,
 * activities and theory of change, indicators at output, outcome and impact level,
 * methods, targets, baselines, regular measurements and evaluations. Each step shows the
 * documents' guidance; the result is one plan (`soimpact-plan@2`; `@1` plans open, migrated) that
 * `<soimpact-chain>` and `<soimpact-chart>` render.
 *
 * Nothing leaves the browser unless the page takes it from an event or the user exports
 * it. The draft — the plan and what was typed into rows not added yet — is saved in
 * `localStorage` under `storage-key` (unless `autosave="false"` or `readonly`) shortly
 * after each edit and at once when the page is hidden, frozen or left, through the shared
 * `DraftController`: only a valid plan is saved; a draft with one broken part is restored
 * without it (the notice says what was dropped); a draft of a newer format, or another
 * tab's save under the same key, is kept aside untouched and can be downloaded.
 *
 * **The draft wins:** a plan the page sets before the planner first renders (or before
 * the draft for its key was read) does not overwrite a saved draft; the draft is shown,
 * and the page's plan is what a form reset returns to. A plan set later replaces the
 * draft. Where storage is blocked the planner keeps working in memory and says so.
 *
 * Form-associated: with a `name` the plan's JSON is the form value; with `required` the
 * form is invalid until the plan describes the problem and has at least one indicator.
 *
 * @summary The SoImpact ten-step planner: guidance, indicators, measurements and evaluations in one plan.
 *
 * @event {CustomEvent<SoimpactPlanDetail>} soimpact-change - After every edit, import or delete. Detail: `{ plan: ImpactPlan }` (a validated copy).
 * @event {CustomEvent<SoimpactPlanDetail>} soimpact-complete - The user marked the plan complete and it is valid. Detail: `{ plan: ImpactPlan }`.
 * @event {CustomEvent<ErrorDetail>} soimpact-error - An imported or assigned plan (or CSV) was refused, or taken with problems to fix (two readings of one date), or the plan is not ready to be marked complete. Detail: `{ problems: Problem[], message: string }`; nothing typed is lost.
 *
 * @csspart base - The planner's outer wrapper.
 * @csspart header - The plan's title and the storage notice.
 * @csspart steps - The step navigation.
 * @csspart step - The current step.
 * @csspart guidance - The guidance for the current step.
 * @csspart toolbar - Export, import and delete.
 * @csspart button - Every button, and a file picker's label drawn as one; variants and states are further parts on the same button.
 * @csspart file-button - With `button`: the label of a file picker (its file input is hidden; `::part(file-button)`).
 * @csspart primary - With `button`: the main action («Neste steg», «Marker planen som ferdig»).
 * @csspart danger - With `button`: a button that deletes.
 * @csspart nav-item - With `button`: a step in the list of the ten steps.
 * @csspart current - With `nav-item`: the step that is open (`::part(nav-item current)`).
 * @slot intro - Your own introduction, below the plan's title.
 * @slot help - Help shown in every step's guidance (whom to ask, where to read more).
 * @csspart error - A message listing problems with an import.
 * @csspart preview - The live `<soimpact-chain>` preview.
 *
 * @cssprop [--soimpact-planner-nav-width=15rem] - Width of the step list beside the form in a wide container.
 */
export class SoimpactPlanner extends FormAssociatedElement {
  static override styles = [sharedStyles, plannerStyles, printPlanStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * Where the draft is kept in `localStorage`. Without one the planner uses
   * `soimpact:plan`, and a second planner on the page without one `soimpact:plan#2`.
   */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = '';

  /** Saves every edit to `localStorage`; `autosave="false"` turns it off. */
  @property({ converter: onUnlessFalse }) autosave = true;

  /** Shows the live chain preview under the form; `preview="false"` hides it. */
  @property({ converter: onUnlessFalse }) preview = true;

  /**
   * Where a website loads the bundle from, for the HTML the publish panel gives to copy.
   * Default: the `samskaping-elements` bundle script of this page, else
   * `samskaping-elements.bundle.js` next to the page.
   */
  @property({ attribute: 'bundle-src' }) bundleSrc = '';

  @state() private current: ImpactPlan = createPlan({ locale: 'nb' });
  @state() private stepIndex = 0;
  /** The steps' texts in the page's language (step-content.ts). */
  private readonly stepTexts = new StepTexts(this, (error) => this.emit('soimpact-error', errorDetail(problemsOf(error))));
  private get steps(): StepContent {
    return this.stepTexts.value;
  }
  @state() private status = '';
  /** What stopped the last "mark finished". */
  @state() private readinessProblems: Problem[] = [];
  @state() private publishOpen = false;

  /** What the user typed into the plan's own fields and a new evaluation. */
  private readonly typed = new TypedText(this, () => this.draft.schedule());
  /** Steps 5–9, with what the user typed into them. */
  private readonly editor = new IndicatorEditor(this.planHost());
  private readonly evaluations = new EvaluationEditor(this.planHost(), this.typed);
  private readonly stores: TypedStores = { plan: this.typed, indicators: this.editor.typed };
  private readonly draft: DraftController<PlanDraft> = createPlanDraft(this, {
    storageKey: () => this.storageKey,
    enabled: () => this.autosave && !this.readonly,
    plan: () => this.current,
    stores: () => this.stores,
    take: (plan) => this.replace(plan),
    onProblems: (problems) => this.emit('soimpact-error', errorDetail(problems)),
  });
  private readonly files = new PlanFiles(this.planHost());
  /** The message about a refused file or plan, or what a plan was taken with. */
  private readonly refusal: Refusal = new Refusal(this, {
    current: () => this.current,
    dispatch: (detail) => this.emit('soimpact-error', detail),
    focusLater: (selector) => this.focusLater(selector),
  });
  private readonly deletion = new DeleteConfirmation(this.planHost(), () => this.deletePlan());
  private readonly reader = new PlanReader(this);
  private readonly printer = new PlanPrintController(this); // all ten steps on paper (print-plan.ts)
  private initialPlan?: ImpactPlan;
  /** Whether a saved draft was restored for the current key: it wins over a plan set before it was read. */
  private draftRestored = false;
  private focusAfterRender?: string;

  /**
   * The plan being edited: a validated copy, never `undefined` (a fresh plan when nothing
   * was set). Setting a plan that does not validate keeps the current one, shows why and
   * dispatches `soimpact-error`. A plan of over 10,000 readings is validated in slices after
   * the setter returns (the planner says it is reading it); `updateComplete` resolves once
   * it is in place or refused.
   */
  get plan(): ImpactPlan {
    return copyPlan(this.current);
  }

  set plan(value: ImpactPlan) {
    const beforeDraft = !this.draft.restoredForCurrentKey;
    this.reader.read(value, (result) => this.take(result, beforeDraft, value));
  }

  /**
   * Opens a step: 0 is the societal problem, 9 evaluation and adjustment. Focus moves to
   * the step's heading only if it was inside the element already.
   */
  goToStep(index: number): void {
    const problem = stepIndexProblem(index, this.steps.steps.length, 'goToStep');
    if (problem) {
      // Refused, never thrown: a page's bad argument must not break the page.
      console.warn(refusedStepWarning('soimpact-planner', index, this.steps.steps.length));
      this.emit('soimpact-error', errorDetail([problem]));
      return;
    }
    const inside = this.matches(':focus-within');
    this.goTo(index);
    if (!inside) this.focusAfterRender = undefined;
  }

  /** The plan as the JSON a file export writes. */
  exportJson(): string {
    return planJson(this.current);
  }

  /** Every measurement as CSV (formula-safe), with `;` and a decimal comma in nb, nn and da. */
  exportCsv(): string {
    return planCsv(this.current);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncFormValue();
  }

  override render(): TemplateResult {
    return html`
      <div class="planner" part="base">
        <div class="header" part="header">
          <p class="kicker">${msg('SoImpact – plan i ti steg')}</p>
          ${heading(this.headingLevel, 0, this.current.title, { className: 'plan-title' })}
          <slot name="intro"></slot>
          ${renderDraftNotice(this.draft, this.current.updatedAt, this.keptActions)} ${this.reader.render()}
        </div>
        ${this.refusal.render()}
        ${this.printer.render(this.steps, this.current, this.headingLevel, (id) => renderStepFields(printView(this.view), id))}
        <div class="layout">
          ${renderStepList(this.steps, this.stepIndex, this.goTo)}
          ${renderStep(this.steps, this.stepIndex, renderStepFields(this.view, this.steps.steps[this.stepIndex]!.id), this.goTo, this.headingLevel)}
        </div>
        ${renderToolbar(this.view)} ${renderPublish(this.view)}
        <p class="status" role="status">${this.status}</p>
        ${
          this.preview
            ? html`<details class="preview" part="preview">
                <summary>${msg('Forhåndsvisning av indikatorkjeden')}</summary>
                <soimpact-chain .plan=${guard([this.current], () => latestOnly(this.current))}></soimpact-chain>
              </details>`
            : nothing
        }
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('autosave') || changed.has('readonly')) this.restoreDraft();
  }

  protected override firstUpdated(): void {
    // A plan nobody has touched yet is in the page's language.
    if (!this.initialPlan && this.current.locale !== getLocale() && this.current.indicators.length === 0) {
      this.current = { ...this.current, locale: getLocale() };
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.reader.settled;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ——— what the step templates see ———

  private planHost(): PlanHost & PlanFilesHost {
    return this.planHostOf(this);
  }

  // The host's getters read the planner each time (an object literal's getter has its own `this`).
  private planHostOf(planner: this): PlanHost & PlanFilesHost {
    return {
      get current() {
        return planner.current;
      },
      get renderRoot() {
        return planner.renderRoot;
      },
      commit: (next) => this.commit(next),
      refuse: (title, problems, document) => this.refusal.show(title, problems, { document }),
      open: (plan) => this.open(plan),
      announce: (text) => (this.status = text),
      focusLater: (selector) => this.focusLater(selector),
      typedChanged: () => this.draft.schedule(),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  /** What the step, toolbar and publish templates see: read when they render, so never stale. */
  private readonly view: StepFieldsView & ToolbarView & PublishView = ((planner: SoimpactPlanner) => ({
    get plan() {
      return planner.current;
    },
    get readonly() {
      return planner.locked;
    },
    get steps() {
      return planner.steps;
    },
    get readinessProblems() {
      return planner.readinessProblems;
    },
    get confirmingDelete() {
      return planner.deletion.confirming;
    },
    get open() {
      return planner.publishOpen;
    },
    get bundleSrc() {
      return planner.bundleSrc || bundleOfThisPage();
    },
    typed: this.typed,
    editor: this.editor,
    commit: (next: ImpactPlan) => this.commit(next),
    goTo: (index: number) => this.goTo(index),
    importCsv: (event: Event) => void this.files.importCsv(event),
    importJson: (event: Event) => void this.files.importJson(event),
    addEvaluation: () => this.evaluations.add(),
    removeEvaluation: (index: number) => this.evaluations.remove(index),
    markComplete: () => this.markComplete(),
    downloadJson: () => this.files.downloadJson(),
    downloadCsv: () => this.files.downloadCsv(),
    askDelete: this.deletion.ask,
    cancelDelete: this.deletion.cancel,
    deletePlan: this.deletion.confirm,
    toggled: (open: boolean) => {
      this.publishOpen = open;
      loadChartWhenOpen(open);
    },
    copy: (text: string) =>
      void copySnippet(this.renderRoot as ShadowRoot, text).then((how) => (this.status = copiedMessage(how))),
  }))(this);

  private get keptActions(): KeptDraftActions<PlanDraft> {
    return {
      root: this.renderRoot as ShadowRoot,
      locked: this.locked,
      use: (value) => {
        this.replace(value.plan);
        loadUnsaved(this.stores, value.unsaved);
        this.save();
        this.emit('soimpact-change', { plan: copyPlan(this.current) });
      },
    };
  }

  /** Focuses what `selector` finds after the next render, and makes sure there is one. */
  private focusLater(selector: string): void {
    this.focusAfterRender = selector;
    this.requestUpdate();
  }

  // ——— changes ———

  private commit(next: ImpactPlan): void {
    if (this.locked) return;
    this.current = { ...next, updatedAt: new Date().toISOString() };
    this.readinessProblems = [];
    this.save('soon');
    this.syncFormValue();
    this.emit('soimpact-change', { plan: copyPlan(this.current) });
  }

  private markComplete = (): void => {
    const result = parsePlan(this.current);
    const problems = [...planReadiness(this.current), ...(result.ok ? [] : result.problems)];
    if (!result.ok || problems.length) {
      this.readinessProblems = problems;
      this.emit('soimpact-error', { problems: structuredClone(problems), message: describeReadinessAll(problems) });
      return;
    }
    this.readinessProblems = [];
    // Saved in the plan (soimpact-plan@2), so "finished" survives a reload and travels with the file.
    this.commit({ ...this.current, completedAt: new Date().toISOString() });
    this.draft.flush();
    this.status = msg('Planen er merket som ferdig.');
    this.emit('soimpact-complete', { plan: copyPlan(this.current) });
  };

  /**
   * Opens a step and moves focus to its heading. The step already open is left as it is:
   * a focus move waiting for a render that never comes would fire at the next keystroke
   * and swallow what the user types.
   */
  private goTo = (index: number): void => {
    const next = Math.max(0, Math.min(this.steps.steps.length - 1, index));
    if (next === this.stepIndex) return;
    this.stepIndex = next;
    this.focusLater('#step-heading');
  };

  /** A plan the page set, validated: in place of the current one, unless a draft restored after it was set wins. */
  private take(result: Result<ImpactPlan>, setBeforeDraft: boolean, given: unknown): void {
    if (!result.ok) {
      this.refusal.show(msg('Planen kunne ikke tas i bruk. Planen du arbeider med, er uendret.'), result.problems, {
        document: given,
      });
      return;
    }
    this.initialPlan ??= result.value;
    if (setBeforeDraft && this.draftRestored && this.draft.restoredForCurrentKey) return;
    this.replace(markValidated(result.value));
    // Before the saved draft was read, writing would overwrite it: the draft wins (see the class docs).
    if (this.draft.restoredForCurrentKey) this.save();
  }

  // ——— files ———

  /** Puts an opened plan in place of the current one and saves it at once. */
  private open(plan: ImpactPlan): void {
    this.replace(plan);
    this.save();
    this.emit('soimpact-change', { plan: copyPlan(this.current) });
  }

  // ——— the draft ———

  /** Puts a validated plan in place of the current one, dropping what was typed for the old one. */
  private replace(plan: ImpactPlan): void {
    this.current = plan;
    this.typed.clear();
    this.editor.reset();
    // Whichever way it came (set, opened, a draft), what it was taken with is said — without taking focus.
    const warnings = planWarnings(plan);
    if (warnings.length) this.refusal.show(takenWithWarnings(), warnings, { moveFocus: false });
    else this.refusal.clear();
    this.readinessProblems = [];
    this.syncFormValue();
  }

  /** Restores the draft once per storage key: it wins over a plan the page set before (documented above). */
  private restoreDraft(): void {
    if (!this.autosave || this.readonly || this.draft.restoredForCurrentKey) return;
    const restored = this.draft.restoreOnce();
    this.draftRestored = !!restored;
    if (restored) {
      this.replace(restored.value.plan);
      loadUnsaved(this.stores, restored.value.unsaved);
    } else if (this.initialPlan) {
      this.save();
    }
  }

  /**
   * Saves the draft: shortly after an edit (typing saves once per pause, which a plan with
   * 100,000 measurements needs), and at once for a whole new plan (set, opened, taken
   * over). The draft controller also saves when the page is hidden, frozen or left.
   */
  private save(when: 'soon' | 'now' = 'now'): void {
    this.draft.schedule();
    if (when === 'now') flushDraft(this.current, () => this.draft.flush());
  }

  private deletePlan(): void {
    if (this.autosave) this.draft.delete();
    this.replace(createPlan({ locale: getLocale() }));
    if (this.draft.notice?.kind === 'deleted') this.draft.dismissNotice();
    this.stepIndex = 0;
    this.status = msg('Planen er slettet. Du kan begynne på nytt.');
    this.emit('soimpact-change', { plan: copyPlan(this.current) });
  }

  // ——— form association (the shared base does the rest) ———

  protected formValueSource(): unknown {
    return this.current;
  }

  protected formValue(): string {
    // Without a name nothing is submitted: a large plan is not serialised on every edit for nothing (the draft keeps it).
    if (!this.name && isLargePlan(this.current)) return '';
    return JSON.stringify(this.current);
  }

  protected formValidity(): FormInvalidity | undefined {
    const missing = this.required ? planReadiness(this.current) : [];
    return missing.length ? { flags: { valueMissing: true }, message: describeReadinessAll(missing) } : undefined;
  }

  /** A form reset goes back to the plan the page gave (or a fresh one) and forgets the draft. */
  protected formReset(): void {
    if (this.autosave && !this.readonly) this.draft.delete();
    else this.draft.cancel();
    this.draft.dismissNotice();
    this.replace(this.initialPlan ?? createPlan({ locale: getLocale() }));
    this.stepIndex = 0;
  }

  protected formRestore(state: string): void {
    const result = parsePlan(state);
    if (result.ok) this.replace(result.value);
  }
}

declare global {
  interface HTMLElementEventMap {
    'soimpact-change': CustomEvent<SoimpactPlanDetail>;
    'soimpact-complete': CustomEvent<SoimpactPlanDetail>;
    'soimpact-error': CustomEvent<ErrorDetail>;
  }
}
