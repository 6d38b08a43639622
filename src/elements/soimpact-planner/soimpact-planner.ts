import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { describeProblem, type Problem, errorDetail } from '../../core/problems.js';
import { measurementsToCsv, parseMeasurementsCsv } from '../../core/soimpact/csv.js';
import { withMeasurements } from '../../core/soimpact/measurements.js';
import { createPlan, parsePlan, type ImpactPlan } from '../../core/soimpact/plan.js';
import { copyPlan, insertByDate, latestOnly, planReadiness } from '../../core/soimpact/plan-rules.js';
import type { StepContent, StepId } from '../../core/soimpact/steps.js';
import { builtInSteps, loadSteps, soimpactStepsNb } from '../../content/soimpact/steps.js';
import { getLocale } from '../../i18n/locale.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { formatPlanDate } from '../soimpact-chain/format.js';
import type { SoimpactErrorDetail } from '../soimpact-chain/soimpact-chain.js';
import { deleteDraft, readDraft, writeDraft } from '../../base/draft-storage.js';
import { downloadText, readText } from '../../base/file.js';
import { renderStorageNotice, renderToolbar, type StorageNotice, type ToolbarView } from './chrome.js';
import { fieldId } from './fields.js';
import { IndicatorEditor, type PlanHost } from './indicator-editor.js';
import { renderIndicatorsStep, renderMeasurementsStep, renderMethodsOf, renderPoints, type IndicatorStepsView } from './steps-indicators.js';
import { renderMeasurementPlan, renderPlanStep, type PlanStepsView } from './steps-plan.js';
import { describeReadiness, renderEvaluationStep, type EvaluationStepView } from './steps-evaluation.js';
import { TypedText } from './typed-text.js';
import { plannerStyles } from './soimpact-planner.styles.js';

/** `autosave` and `preview` are on unless the attribute says "false". */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value === null || value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};

/** The `soimpact-change` and `soimpact-complete` detail. */
export interface SoimpactPlanDetail {
  plan: ImpactPlan;
}

/**
 * SoImpact's ten steps as one guided form: the societal problem, goals, target groups,
 * activities and theory of change, indicators at output, outcome and impact level,
 * methods, targets, baselines, regular measurements and evaluations. Each step shows the
 * documents' guidance; the result is one plan (`soimpact-plan@1`) that
 * `<soimpact-chain>` and `<soimpact-chart>` render.
 *
 * Nothing leaves the browser unless the page takes it from an event or the user exports
 * it. The draft is saved in `localStorage` under `storage-key` (unless `autosave="false"`)
 * and restored on the next visit; a saved draft wins over a plan set before the element
 * first renders. Where storage is blocked the planner keeps working in memory and says so.
 *
 * Form-associated: with a `name` the plan's JSON is the form value; with `required` the
 * form is invalid until the plan describes the problem and has at least one indicator.
 *
 * @summary The SoImpact ten-step planner: guidance, indicators, measurements and evaluations in one plan.
 *
 * @event {CustomEvent<SoimpactPlanDetail>} soimpact-change - After every edit, import or delete. Detail: `{ plan: ImpactPlan }` (a validated copy).
 * @event {CustomEvent<SoimpactPlanDetail>} soimpact-complete - The user marked the plan complete and it is valid. Detail: `{ plan: ImpactPlan }`.
 * @event {CustomEvent<SoimpactErrorDetail>} soimpact-error - An imported or assigned plan (or CSV) was refused, or the plan is not ready to be marked complete. Detail: `{ problems: Problem[], message: string }`; nothing typed is lost.
 *
 * @csspart header - The plan's title and the storage notice.
 * @csspart steps - The step navigation.
 * @csspart step - The current step.
 * @csspart guidance - The guidance for the current step.
 * @csspart toolbar - Export, import and delete.
 * @csspart error - A message listing problems with an import.
 * @csspart preview - The live `<soimpact-chain>` preview.
 *
 * @cssprop [--soimpact-planner-nav-width=15rem] - Width of the step list beside the form in a wide container.
 */
export class SoimpactPlanner extends SamskapingElement {
  static override styles = [sharedStyles, plannerStyles];
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Where the draft is kept in `localStorage`. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = 'soimpact:plan';

  /** Saves every edit to `localStorage`; `autosave="false"` turns it off. */
  @property({ converter: onUnlessFalse }) autosave = true;

  /** Shows the plan without letting it be changed (navigation and export still work). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The form field name; the form value is the plan as JSON. */
  @property({ reflect: true }) name = '';

  /** The form is invalid until the problem is described and there is at least one indicator. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows the live chain preview under the form; `preview="false"` hides it. */
  @property({ converter: onUnlessFalse }) preview = true;

  @state() private current: ImpactPlan = createPlan({ locale: 'nb' });
  @state() private stepIndex = 0;
  @state() private steps: StepContent = soimpactStepsNb;
  @state() private storageNotice: StorageNotice;
  @state() private problems: Problem[] = [];
  @state() private problemsTitle = '';
  @state() private confirmingDelete = false;
  @state() private status = '';
  /** What stopped the last "mark finished". */
  @state() private readinessProblems: Problem[] = [];

  /** What the user typed into the plan's own fields and a new evaluation. */
  private readonly typed = new TypedText(this);
  /** Steps 5–9, with what the user typed into them. */
  private readonly editor = new IndicatorEditor(this.planHost());
  private readonly internals: ElementInternals;
  private restoredFrom?: string;
  private formDisabled = false;
  private initialPlan?: ImpactPlan;
  private focusAfterRender?: string;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /**
   * The plan being edited: a validated copy, never `undefined` (a fresh plan when nothing
   * was set). Setting a plan that does not validate keeps the current one, shows why and
   * dispatches `soimpact-error`.
   */
  get plan(): ImpactPlan {
    return copyPlan(this.current);
  }

  set plan(value: ImpactPlan) {
    const result = parsePlan(value);
    if (!result.ok) {
      this.refuse(msg('Planen kunne ikke tas i bruk. Planen du arbeider med, er uendret.'), result.problems);
      return;
    }
    this.initialPlan ??= result.value;
    this.replace(result.value);
    // Before the saved draft was read, writing would overwrite it: the draft wins (see the class docs).
    if (!this.autosave || this.restoredFrom === this.storageKey) this.save();
  }

  /**
   * Opens a step: 0 is the societal problem, 9 evaluation and adjustment. Focus moves to
   * the step's heading only if it was inside the element already.
   */
  goToStep(index: number): void {
    const last = this.steps.steps.length - 1;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > last) {
      // Refused, never thrown: a page's bad argument must not break the page.
      const found = typeof index === 'number' ? String(index) : JSON.stringify(index) ?? String(index);
      const problems: Problem[] = [{ code: 'not-one-of', path: ['goToStep'], allowed: this.steps.steps.map((_, i) => String(i)) }];
      console.warn(`<soimpact-planner>: goToStep(${found}) refused; give a whole number from 0 to ${last}.`);
      this.emit('soimpact-error', errorDetail(problems));
      return;
    }
    const inside = this.matches(':focus-within');
    this.goTo(index);
    if (!inside) this.focusAfterRender = undefined;
  }

  /** The plan as the JSON a file export writes. */
  exportJson(): string {
    return `${JSON.stringify(this.current, null, 2)}\n`;
  }

  /** Every measurement as CSV (formula-safe), with `;` and a decimal comma in nb and da. */
  exportCsv(): string {
    return measurementsToCsv(this.current, { delimiter: getLocale() === 'en' ? ',' : ';' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateForm();
  }

  override render(): TemplateResult {
    const step = this.steps.steps[this.stepIndex]!;
    return html`
      <div class="planner">
        <div class="header" part="header">
          <p class="kicker">${msg('SoImpact – plan i ti steg')}</p>
          <h2 class="plan-title">${this.current.title}</h2>
          ${renderStorageNotice(this.storageNotice, this.current.updatedAt)}
        </div>
        ${this.problems.length
          ? html`<div class="error" role="alert" part="error">
              <p>${this.problemsTitle}</p>
              <ul>
                ${this.problems.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
              </ul>
              <button type="button" @click=${this.dismissProblems}>${msg('Lukk meldingen')}</button>
            </div>`
          : nothing}
        <div class="layout">
          <nav part="steps" aria-label=${msg('Stegene i planen')}>
            <ol>
              ${this.steps.steps.map(
                (s, i) => html`<li>
                  <button
                    type="button"
                    class="step-link"
                    aria-current=${i === this.stepIndex ? 'step' : 'false'}
                    @click=${() => this.goTo(i)}
                  >
                    <span class="number" aria-hidden="true">${s.number}</span>
                    <span class="visually-hidden">${msg(str`Steg ${s.number}:`)}</span>
                    ${s.title}
                  </button>
                </li>`,
              )}
            </ol>
          </nav>
          <section class="step" part="step" aria-labelledby="step-heading">
            <h3 id="step-heading" tabindex="-1">${msg(str`Steg ${step.number} av 10: ${step.title}`)}</h3>
            <p class="task">${step.task}</p>
            <details class="guidance" part="guidance" open>
              <summary>${msg('Veiledning')}</summary>
              <ul>
                ${step.guidance.map((text) => html`<li>${text}</li>`)}
              </ul>
              <p class="source">${msg(str`Kilde i dokumentene: ${step.source}`)}</p>
            </details>
            <div class="fields">${this.renderStep(step.id)}</div>
            <div class="step-nav">
              ${this.stepIndex > 0
                ? html`<button type="button" class="back" @click=${() => this.goTo(this.stepIndex - 1)}>
                    ${msg(str`Forrige: ${this.steps.steps[this.stepIndex - 1]!.title}`)}
                  </button>`
                : nothing}
              ${this.stepIndex < this.steps.steps.length - 1
                ? html`<button type="button" class="primary next" @click=${() => this.goTo(this.stepIndex + 1)}>
                    ${msg(str`Neste: ${this.steps.steps[this.stepIndex + 1]!.title}`)}
                  </button>`
                : nothing}
            </div>
          </section>
        </div>
        ${renderToolbar(this.toolbarView)}
        <p class="status" role="status">${this.status}</p>
        ${this.preview
          ? html`<details class="preview" part="preview">
              <summary>${msg('Forhåndsvisning av indikatorkjeden')}</summary>
              <soimpact-chain .plan=${guard([this.current], () => latestOnly(this.current))}></soimpact-chain>
            </details>`
          : nothing}
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('storageKey') || changed.has('autosave')) && this.autosave && this.restoredFrom !== this.storageKey) {
      this.restore();
    }
    if (changed.has('required')) this.updateForm();
    const locale = getLocale();
    if (this.steps.locale !== locale) {
      const ready = builtInSteps(locale);
      if (ready) this.steps = ready;
      else
        void loadSteps(locale).then((content) => {
          if (getLocale() === content.locale) this.steps = content;
        });
    }
  }

  protected override firstUpdated(): void {
    // A plan nobody has touched yet is in the page's language.
    if (!this.initialPlan && this.current.locale !== getLocale() && this.current.indicators.length === 0) {
      this.current = { ...this.current, locale: getLocale() };
    }
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  private renderStep(id: StepId): TemplateResult {
    switch (id) {
      case 'problem':
      case 'goals':
      case 'target-groups':
      case 'activities':
        return renderPlanStep(this.planView, id);
      case 'indicators':
        return renderIndicatorsStep(this.indicatorView);
      case 'methods':
        return html`${renderMeasurementPlan(this.planView)} ${renderMethodsOf(this.indicatorView)}`;
      case 'targets':
        return renderPoints(this.indicatorView, 'target');
      case 'baseline':
        return renderPoints(this.indicatorView, 'baseline');
      case 'measurements':
        return renderMeasurementsStep(this.indicatorView);
      case 'evaluation':
        return renderEvaluationStep(this.evaluationView);
    }
  }

  // ——— what the step templates see ———

  private planHost(): PlanHost {
    const planner = this;
    return {
      get current() {
        return planner.current;
      },
      commit: (next) => this.commit(next),
      announce: (text) => (this.status = text),
      focusLater: (selector) => this.focusLater(selector),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  private get planView(): PlanStepsView {
    const planner = this;
    return {
      get plan() {
        return planner.current;
      },
      typed: this.typed,
      readonly: this.isReadonly,
      commit: (next) => this.commit(next),
    };
  }

  private get indicatorView(): IndicatorStepsView {
    return {
      plan: this.current,
      editor: this.editor,
      readonly: this.isReadonly,
      steps: this.steps,
      goTo: (index) => this.goTo(index),
      importCsv: this.importCsv,
    };
  }

  private get evaluationView(): EvaluationStepView {
    return {
      plan: this.current,
      typed: this.typed,
      readonly: this.isReadonly,
      readinessProblems: this.readinessProblems,
      addEvaluation: this.addEvaluation,
      removeEvaluation: (index) => this.removeEvaluation(index),
      markComplete: this.markComplete,
    };
  }

  private get toolbarView(): ToolbarView {
    return {
      readonly: this.readonly,
      confirmingDelete: this.confirmingDelete,
      downloadJson: this.downloadJson,
      downloadCsv: this.downloadCsv,
      importJson: this.importJson,
      askDelete: this.askDelete,
      cancelDelete: this.cancelDelete,
      deletePlan: this.deletePlan,
    };
  }

  /** Focuses what `selector` finds after the next render, and makes sure there is one. */
  private focusLater(selector: string): void {
    this.focusAfterRender = selector;
    this.requestUpdate();
  }

  private get isReadonly(): boolean {
    return this.readonly || this.formDisabled;
  }

  // ——— changes ———

  private commit(next: ImpactPlan): void {
    if (this.isReadonly) return;
    this.current = { ...next, updatedAt: new Date().toISOString() };
    this.readinessProblems = [];
    this.save();
    this.updateForm();
    this.emit('soimpact-change', { plan: copyPlan(this.current) });
  }

  private addEvaluation = (): void => {
    const date = this.typed.text('new.evaluation.date') ?? '';
    const text = (this.typed.text('new.evaluation.text') ?? '').trim();
    this.typed.setMessage('new.evaluation.date', date ? undefined : () => msg('Velg datoen for evalueringen.'));
    this.typed.setMessage('new.evaluation.text', text ? undefined : () => msg('Skriv hva dere fant ut og hva dere endrer.'));
    if (!date || !text) {
      this.focusLater(`#${fieldId(!date ? 'new.evaluation.date' : 'new.evaluation.text')}`);
      return;
    }
    this.commit({ ...this.current, evaluations: insertByDate(this.current.evaluations, { date, text }) });
    this.typed.clear('new.evaluation.');
    this.status = msg(str`Evalueringen ${formatPlanDate(date)} er lagt til.`);
    this.focusLater(`#${fieldId('new.evaluation.date')}`);
  };

  private removeEvaluation(index: number): void {
    const removed = this.current.evaluations[index];
    this.commit({ ...this.current, evaluations: this.current.evaluations.filter((_, i) => i !== index) });
    if (removed) this.status = msg(str`Evalueringen ${formatPlanDate(removed.date)} er fjernet.`);
    this.focusLater(`#${fieldId('new.evaluation.date')}`);
  }

  private markComplete = (): void => {
    const result = parsePlan(this.current);
    const problems = [...planReadiness(this.current), ...(result.ok ? [] : result.problems)];
    if (!result.ok || problems.length) {
      this.readinessProblems = problems;
      this.emit('soimpact-error', {
        problems: structuredClone(problems),
        message: problems.map((problem) => describeReadiness(problem)).join(' '),
      });
      return;
    }
    this.readinessProblems = [];
    this.status = msg('Planen er merket som ferdig.');
    this.emit('soimpact-complete', { plan: copyPlan(result.value) });
  };

  /**
   * Opens a step and moves focus to its heading. The step already open is left as it is:
   * a focus move waiting for a render that never comes would fire at the next keystroke
   * and swallow what the user types.
   */
  private goTo(index: number): void {
    const next = Math.max(0, Math.min(this.steps.steps.length - 1, index));
    if (next === this.stepIndex) return;
    this.stepIndex = next;
    this.focusLater('#step-heading');
  }

  // ——— files and storage ———

  private downloadJson = (): void => {
    downloadText(this.renderRoot as ShadowRoot, this.exportJson(), `${this.current.id}.soimpact.json`, 'application/json');
  };

  private downloadCsv = (): void => {
    downloadText(this.renderRoot as ShadowRoot, this.exportCsv(), `${this.current.id}-maalinger.csv`, 'text/csv');
  };

  private importJson = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readText(file);
    input.value = '';
    const result = text === undefined ? undefined : parsePlan(text);
    if (!result?.ok) {
      this.refuse(
        msg(str`«${file.name}» kunne ikke åpnes. Planen du arbeider med, er uendret.`),
        result ? result.problems : [{ code: 'not-json', path: [], detail: file.name }],
      );
      return;
    }
    this.replace(result.value);
    this.save();
    this.status = msg(str`Planen «${result.value.title}» er åpnet.`);
    this.emit('soimpact-change', { plan: copyPlan(this.current) });
  };

  private importCsv = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readText(file);
    input.value = '';
    const rows = text === undefined ? undefined : parseMeasurementsCsv(text);
    const merged = rows?.ok ? withMeasurements(this.current, rows.value, 'merge') : rows;
    if (!merged?.ok) {
      this.refuse(
        msg(str`Målingene i «${file.name}» kunne ikke leses inn. Planen er uendret.`),
        merged ? merged.problems : [{ code: 'no-data', path: [] }],
      );
      return;
    }
    this.commit(merged.value);
    this.status = msg(str`Målingene i «${file.name}» er lest inn.`);
  };

  private refuse(title: string, problems: Problem[]): void {
    this.problemsTitle = title;
    this.problems = problems;
    this.emit('soimpact-error', errorDetail(problems, title));
    this.focusLater('.error button');
  }

  private dismissProblems = (): void => {
    this.problems = [];
    this.focusLater('#step-heading');
  };

  /** Puts a validated plan in place of the current one, dropping what was typed for the old one. */
  private replace(plan: ImpactPlan): void {
    this.current = plan;
    this.typed.clear();
    this.editor.reset();
    this.problems = [];
    this.readinessProblems = [];
    this.updateForm();
  }

  private restore(): void {
    this.restoredFrom = this.storageKey;
    const read = readDraft(this.storageKey, parsePlan);
    switch (read.status) {
      case 'ok':
        this.replace(read.value);
        this.storageNotice = 'restored';
        break;
      case 'unavailable':
        this.storageNotice = 'unavailable';
        break;
      case 'corrupt':
        this.storageNotice = 'corrupt';
        break;
      case 'empty':
        this.storageNotice = undefined;
        if (this.initialPlan) this.save();
    }
  }

  private save(): void {
    if (!this.autosave) return;
    if (!writeDraft(this.storageKey, this.current)) this.storageNotice = 'unavailable';
    else if (this.storageNotice === 'corrupt' || this.storageNotice === 'unavailable') this.storageNotice = undefined;
  }

  private askDelete = (): void => {
    this.confirmingDelete = true;
    this.focusLater('.confirm-delete');
  };

  private cancelDelete = (): void => {
    this.confirmingDelete = false;
    this.focusLater('.delete');
  };

  private deletePlan = (): void => {
    this.confirmingDelete = false;
    const removed = !this.autosave || deleteDraft(this.storageKey);
    this.replace(createPlan({ locale: getLocale() }));
    this.storageNotice = removed ? undefined : 'unavailable';
    this.stepIndex = 0;
    this.status = msg('Planen er slettet. Du kan begynne på nytt.');
    this.focusLater('.delete');
    this.emit('soimpact-change', { plan: copyPlan(this.current) });
  };

  // ——— form association ———

  private updateForm(): void {
    this.internals.setFormValue(JSON.stringify(this.current));
    const missing = this.required ? planReadiness(this.current) : [];
    if (missing.length) this.internals.setValidity({ valueMissing: true }, missing.map((problem) => describeReadiness(problem)).join(' '));
    else this.internals.setValidity({});
  }

  /** @internal */
  formResetCallback(): void {
    this.replace(this.initialPlan ?? createPlan({ locale: getLocale() }));
    this.save();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const result = parsePlan(state);
    if (result.ok) this.replace(result.value);
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /** The validity of the form field (`required`); the page can check it like any input's. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}

declare global {
  interface HTMLElementEventMap {
    'soimpact-change': CustomEvent<SoimpactPlanDetail>;
    'soimpact-complete': CustomEvent<SoimpactPlanDetail>;
    'soimpact-error': CustomEvent<SoimpactErrorDetail>;
  }
}
