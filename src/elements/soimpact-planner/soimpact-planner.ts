import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { describeProblem, formatPath, type Problem, errorDetail } from '../../core/problems.js';
import { parseCsvNumber, measurementsToCsv, parseMeasurementsCsv } from '../../core/soimpact/csv.js';
import { withMeasurements } from '../../core/soimpact/measurements.js';
import {
  INDICATOR_LEVELS,
  INDICATOR_UNITS,
  checkIndicator,
  createIndicator,
  createPlan,
  dateValue,
  parsePlan,
  type Evaluation,
  type ImpactPlan,
  type Indicator,
  type IndicatorLevel,
  type IndicatorUnit,
  type Measurement,
} from '../../core/soimpact/plan.js';
import type { StepContent, StepId } from '../../core/soimpact/steps.js';
import { builtInSteps, loadSteps, soimpactStepsNb } from '../../content/soimpact/steps.js';
import { getLocale } from '../../i18n/locale.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { formatPlanDate, formatValue, levelName, levelOption, unitName } from '../soimpact-chain/format.js';
import type { SoimpactErrorDetail } from '../soimpact-chain/soimpact-chain.js';
import { deleteDraft, readDraft, writeDraft } from '../../base/draft-storage.js';
import { downloadText, readText } from '../../base/file.js';
import { idFromName } from './ids.js';
import { plannerStyles } from './soimpact-planner.styles.js';

/** `autosave` and `preview` are on unless the attribute says "false". */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value === null || value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};

type StorageNotice = 'unavailable' | 'corrupt' | 'restored' | undefined;

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
  /** What the user typed, field by field, also where it is not (yet) valid. */
  @state() private drafts = new Map<string, string>();
  @state() private errors = new Map<string, string>();
  @state() private storageNotice: StorageNotice;
  @state() private problems: Problem[] = [];
  @state() private problemsTitle = '';
  @state() private confirmingDelete = false;
  @state() private confirmingRemove?: string;
  @state() private status = '';
  @state() private completeProblems: string[] = [];

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
    return structuredClone(this.current);
  }

  set plan(value: ImpactPlan) {
    const result = parsePlan(value);
    if (!result.ok) {
      this.refuse(msg('Planen kunne ikke tas i bruk. Planen du arbeider med, er uendret.'), result.problems);
      return;
    }
    this.initialPlan ??= result.value;
    this.replace(result.value);
    this.save();
  }

  /**
   * Opens a step: 0 is the societal problem, 9 evaluation and adjustment. Focus moves to
   * the step's heading only if it was inside the element already.
   */
  goToStep(index: number): void {
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
          ${this.renderStorageNotice()}
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
        ${this.renderToolbar()}
        <p class="status" role="status">${this.status}</p>
        ${this.preview
          ? html`<details class="preview" part="preview">
              <summary>${msg('Forhåndsvisning av indikatorkjeden')}</summary>
              <soimpact-chain .plan=${this.current}></soimpact-chain>
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

  // ——— steps ———

  private renderStep(id: StepId): TemplateResult {
    switch (id) {
      case 'problem':
        return html`
          <fieldset>
            <legend>${msg('Om innsatsen')}</legend>
            ${this.textField('plan.title', msg('Navn på innsatsen'), this.current.title, (text) => {
              if (!text.trim()) return msg('Skriv et navn på innsatsen.');
              this.commit({ ...this.current, title: text });
              return null;
            }, { required: true })}
            ${this.textField('plan.organisation', msg('Hvem står bak (organisasjon, kommune, partnerskap)'), this.current.organisation ?? '', (text) =>
              this.commitText('organisation', text),
            )}
            <div class="pair">
              ${this.dateField('plan.period.from', msg('Fra dato'), this.current.period?.from ?? '', (date) => this.commitPeriod('from', date))}
              ${this.dateField('plan.period.to', msg('Til dato'), this.current.period?.to ?? '', (date) => this.commitPeriod('to', date))}
            </div>
          </fieldset>
          ${this.textArea('plan.problem', msg('Samfunnsproblemet'), this.current.problem ?? '', (text) => this.commitText('problem', text))}
        `;
      case 'goals':
        return this.textArea('plan.goals', msg('Overordnede mål'), this.current.goals ?? '', (text) => this.commitText('goals', text));
      case 'target-groups':
        return this.textArea('plan.targetGroups', msg('Målgrupper og hva de trenger'), this.current.targetGroups ?? '', (text) =>
          this.commitText('targetGroups', text),
        );
      case 'activities':
        return html`
          ${this.textArea('plan.inputs', msg('Innsatsfaktorer: ressursene som legges inn'), this.current.inputs ?? '', (text) =>
            this.commitText('inputs', text),
          )}
          ${this.textArea('plan.activities', msg('Hovedaktiviteter'), this.current.activities ?? '', (text) => this.commitText('activities', text))}
          ${this.textArea('plan.theoryOfChange', msg('Endringsteori: hvordan fører aktivitetene til endring?'), this.current.theoryOfChange ?? '', (text) =>
            this.commitText('theoryOfChange', text),
          )}
          ${this.textArea(
            'plan.societalValue',
            msg('Samfunnsverdi: hvilken langsiktig verdi for samfunnet, og hvilken forskning støtter sammenhengen?'),
            this.current.societalValue?.text ?? '',
            (text) => {
              this.commit({ ...this.current, societalValue: { text, references: this.current.societalValue?.references ?? [] } });
              return null;
            },
          )}
        `;
      case 'indicators':
        return this.renderIndicatorsStep();
      case 'methods':
        return html`
          ${this.textArea(
            'plan.measurementPlan',
            msg('Måleplan: hvem samler inn hvilke data, hvem følger med, når og hvordan'),
            this.current.measurementPlan ?? '',
            (text) => this.commitText('measurementPlan', text),
          )}
          ${this.forEachIndicator((indicator) => html`
            ${this.textField(`ind.${indicator.id}.method`, msg('Målemetode'), indicator.method ?? '', (text) =>
              this.commitIndicatorText(indicator.id, 'method', text),
            )}
            ${this.textField(`ind.${indicator.id}.dataSource`, msg('Datakilde'), indicator.dataSource ?? '', (text) =>
              this.commitIndicatorText(indicator.id, 'dataSource', text),
            )}
            ${this.textField(`ind.${indicator.id}.frequency`, msg('Hvor ofte det måles'), indicator.frequency ?? '', (text) =>
              this.commitIndicatorText(indicator.id, 'frequency', text),
            )}
          `)}
        `;
      case 'targets':
        return this.forEachIndicator((indicator) => this.renderPoint(indicator, 'target'));
      case 'baseline':
        return this.forEachIndicator((indicator) => this.renderPoint(indicator, 'baseline'));
      case 'measurements':
        return html`
          ${this.forEachIndicator((indicator) => this.renderMeasurements(indicator))}
          ${this.readonly || !this.current.indicators.length
            ? nothing
            : html`<div class="file-field">
                <label for="import-csv">${msg('Importer målinger fra CSV (kolonnene indicator, date, value, note)')}</label>
                <input id="import-csv" type="file" accept=".csv,text/csv" @change=${this.importCsv} />
              </div>`}
        `;
      case 'evaluation':
        return this.renderEvaluations();
    }
  }

  private renderIndicatorsStep(): TemplateResult {
    return html`
      <details class="advice" open>
        <summary>${msg('Fem råd for å velge indikatorer')}</summary>
        <ol>
          ${this.steps.advice.map((advice) => html`<li><strong>${advice.title}.</strong> ${advice.text}</li>`)}
        </ol>
      </details>
      ${this.current.indicators.map((indicator) => this.renderIndicatorEditor(indicator))}
      ${this.readonly
        ? nothing
        : html`
            <fieldset class="new-indicator">
              <legend>${msg('Ny indikator')}</legend>
              ${this.textField('new.indicator.name', msg('Hva måles? (for eksempel «Antall deltakere på kurset»)'), '', () => null)}
              <div class="pair">
                ${this.selectField('new.indicator.level', msg('Nivå'), this.drafts.get('new.indicator.level') ?? 'output', INDICATOR_LEVELS, levelOption, (value) => {
                  this.setDraft('new.indicator.level', value);
                })}
                ${this.selectField('new.indicator.unit', msg('Enhet'), this.drafts.get('new.indicator.unit') ?? 'count', INDICATOR_UNITS, unitName, (value) => {
                  this.setDraft('new.indicator.unit', value);
                })}
              </div>
              <button type="button" class="add-indicator" @click=${this.addIndicator}>${msg('Legg til indikatoren')}</button>
            </fieldset>
          `}
    `;
  }

  private renderIndicatorEditor(indicator: Indicator): TemplateResult {
    const id = indicator.id;
    return html`
      <fieldset class="indicator" data-id=${id}>
        <legend>${indicator.name} <span class="level">(${levelName(indicator.level)})</span></legend>
        ${this.textField(`ind.${id}.name`, msg('Hva måles?'), indicator.name, (text) => {
          if (!text.trim()) return msg('Indikatoren må ha et navn.');
          return this.commitIndicator({ ...this.indicator(id)!, name: text });
        })}
        <div class="pair">
          ${this.selectField(`ind.${id}.level`, msg('Nivå'), indicator.level, INDICATOR_LEVELS, levelOption, (value) => {
            this.commitIndicator({ ...this.indicator(id)!, level: value as IndicatorLevel });
          })}
          ${this.selectField(`ind.${id}.unit`, msg('Enhet'), indicator.unit, INDICATOR_UNITS, unitName, (value) => {
            const error = this.commitIndicator({ ...this.indicator(id)!, unit: value as IndicatorUnit });
            if (error) this.setError(`ind.${id}.unit`, error);
          })}
        </div>
        ${this.textField(`ind.${id}.targetGroup`, msg('Målgruppe'), indicator.targetGroup ?? '', (text) =>
          this.commitIndicatorText(id, 'targetGroup', text),
        )}
        ${this.textField(`ind.${id}.group`, msg('Overskrift den deler med andre indikatorer (valgfritt)'), indicator.group ?? '', (text) =>
          this.commitIndicatorText(id, 'group', text),
        )}
        ${this.textArea(`ind.${id}.description`, msg('Beskrivelse (valgfritt)'), indicator.description ?? '', (text) =>
          this.commitIndicatorText(id, 'description', text),
        )}
        ${this.readonly
          ? nothing
          : this.confirmingRemove === id
            ? html`<div class="confirm" role="group" aria-labelledby=${`confirm-remove-${id}`}>
                <p id=${`confirm-remove-${id}`}>
                  ${msg(str`Fjerne «${indicator.name}» med ${indicator.measurements.length} målinger? Det kan ikke angres.`)}
                </p>
                <button type="button" class="danger confirm-remove" @click=${() => this.removeIndicator(id)}>${msg('Ja, fjern indikatoren')}</button>
                <button type="button" class="cancel-remove" @click=${() => this.cancelRemove(id)}>${msg('Avbryt')}</button>
              </div>`
            : html`<button type="button" class="remove-indicator" data-id=${id} @click=${() => this.askRemove(id)}>
                ${msg('Fjern indikatoren')}
              </button>`}
      </fieldset>
    `;
  }

  private renderPoint(indicator: Indicator, which: 'baseline' | 'target'): TemplateResult {
    const point = indicator[which];
    const base = `ind.${indicator.id}.${which}`;
    const apply = () => this.commitPoint(indicator.id, which);
    return html`
      <div class="pair">
        ${this.numberField(`${base}.value`, which === 'target' ? msg('Måltall') : msg('Nullpunkt (verdi før start)'), point ? String(point.value) : '', indicator.unit, apply)}
        ${this.dateField(`${base}.date`, which === 'target' ? msg('Nås innen') : msg('Målt dato'), point?.date ?? '', apply)}
      </div>
      ${which === 'target' && indicator.baseline
        ? html`<p class="hint">${msg(str`Nullpunkt: ${formatValue(indicator.baseline.value, indicator.unit)} (${formatPlanDate(indicator.baseline.date)})`)}</p>`
        : nothing}
    `;
  }

  private renderMeasurements(indicator: Indicator): TemplateResult {
    const id = indicator.id;
    const base = `new.m.${id}`;
    return html`
      ${indicator.measurements.length
        ? html`<table class="measurements">
            <caption class="visually-hidden">${msg(str`Målinger for ${indicator.name}`)}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Dato')}</th>
                <th scope="col">${msg('Verdi')}</th>
                <th scope="col">${msg('Merknad')}</th>
                ${this.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">${msg('Handling')}</span></th>`}
              </tr>
            </thead>
            <tbody>
              ${indicator.measurements.map(
                (m, index) => html`<tr>
                  <td>${formatPlanDate(m.date)}</td>
                  <td class="number">${formatValue(m.value, indicator.unit)}</td>
                  <td>${m.note ?? ''}</td>
                  ${this.readonly
                    ? nothing
                    : html`<td>
                        <button
                          type="button"
                          class="remove-measurement"
                          aria-label=${msg(str`Fjern målingen ${formatPlanDate(m.date)}`)}
                          @click=${() => this.removeMeasurement(id, index)}
                        >
                          ${msg('Fjern')}
                        </button>
                      </td>`}
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="none">${msg('Ikke målt ennå')}</p>`}
      ${this.readonly
        ? nothing
        : html`<div class="new-measurement" role="group" aria-label=${msg(str`Ny måling for ${indicator.name}`)}>
            <div class="pair">
              ${this.dateField(`${base}.date`, msg('Dato'), '', () => null)}
              ${this.numberField(`${base}.value`, msg('Verdi'), '', indicator.unit, () => null)}
            </div>
            ${this.textField(`${base}.note`, msg('Merknad (valgfritt)'), '', () => null)}
            <button type="button" class="add-measurement" data-id=${id} @click=${() => this.addMeasurement(id)}>
              ${msg('Legg til målingen')}
            </button>
          </div>`}
    `;
  }

  private renderEvaluations(): TemplateResult {
    const evaluations = this.current.evaluations;
    return html`
      ${evaluations.length
        ? html`<ol class="evaluations">
            ${evaluations.map(
              (evaluation, index) => html`<li>
                <p class="date">${formatPlanDate(evaluation.date)}</p>
                <p class="text">${evaluation.text}</p>
                ${this.readonly
                  ? nothing
                  : html`<button
                      type="button"
                      class="remove-evaluation"
                      aria-label=${msg(str`Fjern evalueringen ${formatPlanDate(evaluation.date)}`)}
                      @click=${() => this.removeEvaluation(index)}
                    >
                      ${msg('Fjern')}
                    </button>`}
              </li>`,
            )}
          </ol>`
        : html`<p class="none">${msg('Ingen evalueringer ennå.')}</p>`}
      ${this.readonly
        ? nothing
        : html`<fieldset class="new-evaluation">
              <legend>${msg('Ny evaluering')}</legend>
              ${this.dateField('new.evaluation.date', msg('Dato'), '', () => null)}
              ${this.textArea('new.evaluation.text', msg('Hva viste målingene, og hva endrer dere?'), '', () => null)}
              <button type="button" class="add-evaluation" @click=${this.addEvaluation}>${msg('Legg til evalueringen')}</button>
            </fieldset>
            <div class="complete">
              ${this.completeProblems.length
                ? html`<div class="error" role="alert">
                    <p>${msg('Planen kan ikke merkes som ferdig ennå:')}</p>
                    <ul>
                      ${this.completeProblems.map((text) => html`<li>${text}</li>`)}
                    </ul>
                  </div>`
                : nothing}
              <button type="button" class="primary mark-complete" @click=${this.markComplete}>${msg('Merk planen som ferdig')}</button>
            </div>`}
    `;
  }

  private forEachIndicator(render: (indicator: Indicator) => TemplateResult): TemplateResult {
    if (!this.current.indicators.length) {
      return html`<p class="none">
        ${msg('Planen har ingen indikatorer ennå.')}
        <button type="button" class="to-indicators" @click=${() => this.goTo(4)}>${msg('Gå til steg 5: Måleindikatorer')}</button>
      </p>`;
    }
    return html`${this.current.indicators.map(
      (indicator) => html`<fieldset class="per-indicator" data-id=${indicator.id}>
        <legend>${indicator.name} <span class="level">(${levelName(indicator.level)})</span></legend>
        ${render(indicator)}
      </fieldset>`,
    )}`;
  }

  private renderToolbar(): TemplateResult {
    return html`
      <div class="toolbar" part="toolbar" role="group" aria-label=${msg('Lagre og flytte planen')}>
        <button type="button" class="export-json" @click=${this.downloadJson}>${msg('Last ned planen (JSON)')}</button>
        <button type="button" class="export-csv" @click=${this.downloadCsv}>${msg('Last ned målingene (CSV)')}</button>
        ${this.readonly
          ? nothing
          : html`
              <span class="file-field">
                <label for="import-json">${msg('Åpne en plan (JSON)')}</label>
                <input id="import-json" type="file" accept=".json,application/json" @change=${this.importJson} />
              </span>
              ${this.confirmingDelete
                ? html`<div class="confirm" role="group" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">
                      ${msg('Slette planen fra denne nettleseren og begynne på nytt? Det kan ikke angres. Last ned planen først hvis du vil ta vare på den.')}
                    </p>
                    <button type="button" class="danger confirm-delete" @click=${this.deletePlan}>${msg('Ja, slett planen')}</button>
                    <button type="button" class="cancel-delete" @click=${this.cancelDelete}>${msg('Avbryt')}</button>
                  </div>`
                : html`<button type="button" class="delete" @click=${this.askDelete}>${msg('Slett planen')}</button>`}
            `}
      </div>
    `;
  }

  private renderStorageNotice(): TemplateResult | typeof nothing {
    switch (this.storageNotice) {
      case 'unavailable':
        return html`<p class="notice">
          ${msg('Nettleseren lar ikke siden lagre planen. Endringene ligger bare i denne fanen – last ned planen for å ta vare på den.')}
        </p>`;
      case 'corrupt':
        return html`<p class="notice">${msg('Det lagrede utkastet kunne ikke leses, så planen starter på nytt.')}</p>`;
      case 'restored':
        return html`<p class="notice">
          ${msg(str`Utkastet ditt fra ${formatPlanDate(this.current.updatedAt)} er hentet fram. Det lagres i denne nettleseren mens du skriver.`)}
        </p>`;
      default:
        return nothing;
    }
  }

  // ——— fields ———

  private fieldId(key: string): string {
    return `f-${key.replace(/[^a-zA-Z0-9-]/g, '_')}`;
  }

  private describedBy(key: string, hint?: string): string | typeof nothing {
    const ids = [hint, this.errors.has(key) ? `${this.fieldId(key)}-error` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private renderError(key: string): TemplateResult | typeof nothing {
    const error = this.errors.get(key);
    return error ? html`<p class="field-error" id=${`${this.fieldId(key)}-error`}>${error}</p>` : nothing;
  }

  /** `apply` commits valid text and returns null, or returns why it cannot. */
  private textField(
    key: string,
    label: string,
    value: string,
    apply: (text: string) => string | null,
    options: { required?: boolean } = {},
  ): TemplateResult {
    const id = this.fieldId(key);
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="text"
          maxlength="1000"
          .value=${this.drafts.get(key) ?? value}
          ?readonly=${this.isReadonly}
          ?required=${options.required ?? false}
          aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(key)}
          @input=${(event: Event) => this.onInput(key, (event.target as HTMLInputElement).value, apply)}
          @keydown=${(event: KeyboardEvent) => this.submitOnEnter(event, key)}
        />
        ${this.renderError(key)}
      </div>
    `;
  }

  private textArea(key: string, label: string, value: string, apply: (text: string) => string | null): TemplateResult {
    const id = this.fieldId(key);
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <textarea
          id=${id}
          rows="4"
          maxlength="10000"
          .value=${this.drafts.get(key) ?? value}
          ?readonly=${this.isReadonly}
          aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(key)}
          @input=${(event: Event) => this.onInput(key, (event.target as HTMLTextAreaElement).value, apply)}
        ></textarea>
        ${this.renderError(key)}
      </div>
    `;
  }

  private numberField(key: string, label: string, value: string, unit: IndicatorUnit, apply: () => string | null | undefined): TemplateResult {
    const id = this.fieldId(key);
    const hintId = `${id}-unit`;
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.drafts.get(key) ?? value}
          ?readonly=${this.isReadonly}
          aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(key, hintId)}
          @input=${(event: Event) => this.onInput(key, (event.target as HTMLInputElement).value, apply)}
          @keydown=${(event: KeyboardEvent) => this.submitOnEnter(event, key)}
        />
        <span class="unit" id=${hintId}>${unitName(unit)}</span>
        ${this.renderError(key)}
      </div>
    `;
  }

  private dateField(key: string, label: string, value: string, apply: (date: string) => string | null | undefined): TemplateResult {
    const id = this.fieldId(key);
    const current = this.drafts.get(key) ?? (value ? value.slice(0, 10) : '');
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="date"
          .value=${current}
          ?readonly=${this.isReadonly}
          aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(key)}
          @input=${(event: Event) => this.onInput(key, (event.target as HTMLInputElement).value, apply)}
          @keydown=${(event: KeyboardEvent) => this.submitOnEnter(event, key)}
        />
        ${this.renderError(key)}
      </div>
    `;
  }

  private selectField<T extends string>(
    key: string,
    label: string,
    value: string,
    options: readonly T[],
    name: (option: T) => string,
    apply: (value: string) => void,
  ): TemplateResult {
    const id = this.fieldId(key);
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <select
          id=${id}
          ?disabled=${this.isReadonly}
          aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(key)}
          @change=${(event: Event) => {
            this.setError(key, undefined);
            apply((event.target as HTMLSelectElement).value);
          }}
        >
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${name(option)}</option>`)}
        </select>
        ${this.renderError(key)}
      </div>
    `;
  }

  private get isReadonly(): boolean {
    return this.readonly || this.formDisabled;
  }

  /** `apply` returns the field's error, null when it is fine, or undefined when it set the errors itself. */
  private onInput(key: string, text: string, apply: (text: string) => string | null | undefined): void {
    this.setDraft(key, text);
    const error = apply(text);
    if (error !== undefined) this.setError(key, error ?? undefined);
  }

  /** Enter in a field of an "add" group adds it, as a form's submit would. */
  private submitOnEnter(event: KeyboardEvent, key: string): void {
    if (event.key !== 'Enter') return;
    const match = /^new\.(indicator|evaluation|m\.(.+))\.(name|date|value|note)$/.exec(key);
    if (!match) return;
    event.preventDefault();
    if (match[1] === 'indicator') this.addIndicator();
    else if (match[1] === 'evaluation') this.addEvaluation();
    else this.addMeasurement(match[2]!);
  }

  private setDraft(key: string, text: string | undefined): void {
    const drafts = new Map(this.drafts);
    if (text === undefined) drafts.delete(key);
    else drafts.set(key, text);
    this.drafts = drafts;
  }

  private setError(key: string, error: string | undefined): void {
    if (this.errors.get(key) === error) return;
    const errors = new Map(this.errors);
    if (error === undefined) errors.delete(key);
    else errors.set(key, error);
    this.errors = errors;
  }

  private clearKeys(prefix: string): void {
    this.drafts = new Map([...this.drafts].filter(([key]) => !key.startsWith(prefix)));
    this.errors = new Map([...this.errors].filter(([key]) => !key.startsWith(prefix)));
  }

  // ——— changes ———

  private indicator(id: string): Indicator | undefined {
    return this.current.indicators.find((indicator) => indicator.id === id);
  }

  private commit(next: ImpactPlan): void {
    if (this.isReadonly) return;
    this.current = { ...next, updatedAt: new Date().toISOString() };
    this.completeProblems = [];
    this.save();
    this.updateForm();
    this.emit('soimpact-change', { plan: structuredClone(this.current) });
  }

  private commitText(field: 'organisation' | 'problem' | 'goals' | 'targetGroups' | 'activities' | 'theoryOfChange' | 'inputs' | 'measurementPlan', text: string): null {
    this.commit({ ...this.current, [field]: text });
    return null;
  }

  private commitPeriod(end: 'from' | 'to', date: string): string | null {
    const period = { ...this.current.period };
    if (date) period[end] = date;
    else delete period[end];
    if (period.from && period.to && dateValue(period.to) < dateValue(period.from)) {
      return msg('Til-datoen kommer før fra-datoen.');
    }
    this.setError(end === 'from' ? 'plan.period.to' : 'plan.period.from', undefined);
    const next: ImpactPlan = { ...this.current, period };
    if (!period.from && !period.to) delete next.period;
    this.commit(next);
    return null;
  }

  /** Checks an indicator as the core would, and commits it when it passes; else the first problem. */
  private commitIndicator(indicator: Indicator): string | null {
    const problems = checkIndicator(indicator);
    if (problems.length) return describeProblem(problems[0]!);
    this.commit({ ...this.current, indicators: this.current.indicators.map((i) => (i.id === indicator.id ? indicator : i)) });
    return null;
  }

  private commitIndicatorText(id: string, field: 'method' | 'dataSource' | 'frequency' | 'targetGroup' | 'group' | 'description', text: string): string | null {
    const next: Indicator = { ...this.indicator(id)! };
    if (text.trim()) next[field] = text;
    else delete next[field];
    return this.commitIndicator(next);
  }

  /**
   * Baseline and target each need a value and a date. What the user typed stays in the
   * fields while it is incomplete or invalid; the plan changes only when it is whole.
   */
  private commitPoint(id: string, which: 'baseline' | 'target'): undefined {
    const indicator = this.indicator(id);
    if (!indicator) return undefined;
    const base = `ind.${id}.${which}`;
    const valueText = (this.drafts.get(`${base}.value`) ?? (indicator[which] ? String(indicator[which]!.value) : '')).trim();
    const dateText = this.drafts.get(`${base}.date`) ?? indicator[which]?.date ?? '';
    const next: Indicator = { ...indicator };
    let valueError: string | undefined;
    let dateError: string | undefined;
    if (!valueText && !dateText) {
      delete next[which];
    } else {
      const value = parseCsvNumber(valueText);
      if (!valueText) valueError = msg('Skriv inn en verdi, eller tøm datoen.');
      else if (value === undefined) valueError = msg(str`«${valueText}» er ikke et tall.`);
      if (!dateText) dateError = msg('Velg en dato.');
      if (value !== undefined && dateText) next[which] = { value, date: dateText };
    }
    if (!valueError && !dateError) {
      const problems = checkIndicator(next);
      for (const problem of problems) {
        const at = formatPath(problem.path);
        const message = describeProblem({ ...problem, path: [] });
        if (at.startsWith(which) || problem.code === 'target-equals-baseline') {
          valueError ??= message;
        }
      }
      if (!valueError && problems.length) valueError = describeProblem({ ...problems[0]!, path: [] });
    }
    this.setError(`${base}.value`, valueError);
    this.setError(`${base}.date`, dateError);
    if (!valueError && !dateError) {
      // The other point's message may be about this one (target equal to baseline).
      const other = which === 'target' ? 'baseline' : 'target';
      this.setError(`ind.${id}.${other}.value`, undefined);
      this.commitIndicator(next);
    }
    return undefined;
  }

  private addIndicator = (): void => {
    const name = (this.drafts.get('new.indicator.name') ?? '').trim();
    if (!name) {
      this.setError('new.indicator.name', msg('Skriv hva indikatoren måler.'));
      this.focusAfterRender = `#${this.fieldId('new.indicator.name')}`;
      return;
    }
    const level = (this.drafts.get('new.indicator.level') ?? 'output') as IndicatorLevel;
    const unit = (this.drafts.get('new.indicator.unit') ?? 'count') as IndicatorUnit;
    const id = idFromName(name, new Set(this.current.indicators.map((i) => i.id)));
    this.commit({ ...this.current, indicators: [...this.current.indicators, createIndicator(id, name, level, unit)] });
    this.clearKeys('new.indicator.');
    this.status = msg(str`Indikatoren «${name}» er lagt til.`);
    this.focusAfterRender = `#${this.fieldId('new.indicator.name')}`;
  };

  private askRemove(id: string): void {
    this.confirmingRemove = id;
    this.focusAfterRender = '.confirm-remove';
  }

  private cancelRemove(id: string): void {
    this.confirmingRemove = undefined;
    this.focusAfterRender = `.remove-indicator[data-id="${id}"]`;
  }

  private removeIndicator(id: string): void {
    const indicator = this.indicator(id);
    this.confirmingRemove = undefined;
    if (!indicator) return;
    this.commit({ ...this.current, indicators: this.current.indicators.filter((i) => i.id !== id) });
    this.clearKeys(`ind.${id}.`);
    this.clearKeys(`new.m.${id}.`);
    this.status = msg(str`Indikatoren «${indicator.name}» er fjernet.`);
    this.focusAfterRender = `#${this.fieldId('new.indicator.name')}`;
  }

  private addMeasurement(id: string): void {
    const indicator = this.indicator(id);
    if (!indicator) return;
    const base = `new.m.${id}`;
    const date = this.drafts.get(`${base}.date`) ?? '';
    const valueText = (this.drafts.get(`${base}.value`) ?? '').trim();
    const note = (this.drafts.get(`${base}.note`) ?? '').trim();
    const value = parseCsvNumber(valueText);
    this.setError(`${base}.date`, date ? undefined : msg('Velg datoen målingen gjelder.'));
    this.setError(
      `${base}.value`,
      !valueText ? msg('Skriv inn verdien som ble målt.') : value === undefined ? msg(str`«${valueText}» er ikke et tall.`) : undefined,
    );
    if (!date || value === undefined) {
      this.focusAfterRender = `#${this.fieldId(!date ? `${base}.date` : `${base}.value`)}`;
      return;
    }
    const measurement: Measurement = { date, value, ...(note ? { note } : {}) };
    // Kept in date order, so a late-entered reading slots into place instead of being refused.
    const measurements = [...indicator.measurements];
    let at = measurements.length;
    while (at > 0 && dateValue(measurements[at - 1]!.date) > dateValue(date)) at--;
    measurements.splice(at, 0, measurement);
    const error = this.commitIndicator({ ...indicator, measurements });
    if (error) {
      this.setError(`${base}.value`, error);
      this.focusAfterRender = `#${this.fieldId(`${base}.value`)}`;
      return;
    }
    this.clearKeys(`${base}.`);
    this.status = msg(str`Målingen ${formatValue(value, indicator.unit)} (${formatPlanDate(date)}) er lagt til for «${indicator.name}».`);
    this.focusAfterRender = `#${this.fieldId(`${base}.date`)}`;
  }

  private removeMeasurement(id: string, index: number): void {
    const indicator = this.indicator(id);
    if (!indicator) return;
    const removed = indicator.measurements[index];
    this.commitIndicator({ ...indicator, measurements: indicator.measurements.filter((_, i) => i !== index) });
    if (removed) this.status = msg(str`Målingen ${formatPlanDate(removed.date)} er fjernet.`);
    this.focusAfterRender = `#${this.fieldId(`new.m.${id}.date`)}`;
  }

  private addEvaluation = (): void => {
    const date = this.drafts.get('new.evaluation.date') ?? '';
    const text = (this.drafts.get('new.evaluation.text') ?? '').trim();
    this.setError('new.evaluation.date', date ? undefined : msg('Velg datoen for evalueringen.'));
    this.setError('new.evaluation.text', text ? undefined : msg('Skriv hva dere fant ut og hva dere endrer.'));
    if (!date || !text) {
      this.focusAfterRender = `#${this.fieldId(!date ? 'new.evaluation.date' : 'new.evaluation.text')}`;
      return;
    }
    const evaluations: Evaluation[] = [...this.current.evaluations];
    let at = evaluations.length;
    while (at > 0 && dateValue(evaluations[at - 1]!.date) > dateValue(date)) at--;
    evaluations.splice(at, 0, { date, text });
    this.commit({ ...this.current, evaluations });
    this.clearKeys('new.evaluation.');
    this.status = msg(str`Evalueringen ${formatPlanDate(date)} er lagt til.`);
    this.focusAfterRender = `#${this.fieldId('new.evaluation.date')}`;
  };

  private removeEvaluation(index: number): void {
    const removed = this.current.evaluations[index];
    this.commit({ ...this.current, evaluations: this.current.evaluations.filter((_, i) => i !== index) });
    if (removed) this.status = msg(str`Evalueringen ${formatPlanDate(removed.date)} er fjernet.`);
    this.focusAfterRender = `#${this.fieldId('new.evaluation.date')}`;
  }

  /** What the plan lacks before it can be called complete (and before `required` is met). */
  private missing(): string[] {
    const missing: string[] = [];
    if (!this.current.problem?.trim()) missing.push(msg('Beskriv samfunnsproblemet (steg 1).'));
    if (!this.current.indicators.length) missing.push(msg('Legg til minst én indikator (steg 5).'));
    return missing;
  }

  private markComplete = (): void => {
    const result = parsePlan(this.current);
    const missing = this.missing();
    if (!result.ok || missing.length) {
      this.completeProblems = [...missing, ...(result.ok ? [] : result.problems.map((problem) => describeProblem(problem)))];
      this.emit('soimpact-error', {
        problems: result.ok ? [] : structuredClone(result.problems),
        message: this.completeProblems.join(' '),
      });
      return;
    }
    this.completeProblems = [];
    this.status = msg('Planen er merket som ferdig.');
    this.emit('soimpact-complete', { plan: structuredClone(result.value) });
  };

  private goTo(index: number): void {
    this.stepIndex = Math.max(0, Math.min(this.steps.steps.length - 1, index));
    this.focusAfterRender = '#step-heading';
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
    this.emit('soimpact-change', { plan: structuredClone(this.current) });
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
    this.focusAfterRender = '.error button';
  }

  private dismissProblems = (): void => {
    this.problems = [];
    this.focusAfterRender = '#step-heading';
  };

  /** Puts a validated plan in place of the current one, dropping what was typed for the old one. */
  private replace(plan: ImpactPlan): void {
    this.current = plan;
    this.drafts = new Map();
    this.errors = new Map();
    this.problems = [];
    this.completeProblems = [];
    this.confirmingRemove = undefined;
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
    }
  }

  private save(): void {
    if (!this.autosave) return;
    if (!writeDraft(this.storageKey, this.current)) this.storageNotice = 'unavailable';
    else if (this.storageNotice === 'corrupt' || this.storageNotice === 'unavailable') this.storageNotice = undefined;
  }

  private askDelete = (): void => {
    this.confirmingDelete = true;
    this.focusAfterRender = '.confirm-delete';
  };

  private cancelDelete = (): void => {
    this.confirmingDelete = false;
    this.focusAfterRender = '.delete';
  };

  private deletePlan = (): void => {
    this.confirmingDelete = false;
    const removed = !this.autosave || deleteDraft(this.storageKey);
    this.replace(createPlan({ locale: getLocale() }));
    this.storageNotice = removed ? undefined : 'unavailable';
    this.stepIndex = 0;
    this.status = msg('Planen er slettet. Du kan begynne på nytt.');
    this.focusAfterRender = '.delete';
    this.emit('soimpact-change', { plan: structuredClone(this.current) });
  };

  // ——— form association ———

  private updateForm(): void {
    this.internals.setFormValue(JSON.stringify(this.current));
    const missing = this.required ? this.missing() : [];
    if (missing.length) this.internals.setValidity({ valueMissing: true }, missing.join(' '));
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
