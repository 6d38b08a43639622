import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SamskapingElement } from '../../base/samskaping-element.js';
import { type Problem, type ErrorDetail } from '../../core/problems.js';
import { describeProblemForUser, errorDetail } from '../../i18n/problems.js';
import { INDICATOR_LEVELS, parsePlan, type ImpactPlan, type Indicator, type IndicatorLevel } from '../../core/soimpact/plan.js';
import { progress } from '../../core/soimpact/progress.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { SourceController } from '../../base/source-controller.js';
import { describeProgress, formatPlanDate, formatValue, levelName, withoutDocumentReferences } from './format.js';
import { chainStyles } from './soimpact-chain.styles.js';
import { heading } from '../../base/heading.js';

/** The `soimpact-select` detail: which indicator the user picked, and its level. */
export interface SoimpactSelectDetail {
  indicatorId: string;
  level: IndicatorLevel;
}

/** The `soimpact-error` detail: every problem found, and one sentence for a status line. */
export type SoimpactErrorDetail = ErrorDetail;

type ColumnId = 'inputs' | 'activities' | IndicatorLevel | 'societal-value';

/**
 * The SoImpact indicator chain on one page: innsatsfaktorer → aktiviteter → resultater →
 * virkninger → effekter → samfunnsverdi, with each indicator's latest value against its
 * baseline and target. A band across the top says what the documents insist on: the
 * further right, the less certainly a change can be attributed to the effort. With no plan
 * yet it shows the six links as an empty, explained template. `src` is loaded through
 * `SourceController` (timeout, size limit; a newer `src`, or clearing it, aborts a load).
 *
 * @summary Renders an impact plan as the six-column SoImpact chain, printable on one page.
 *
 * @event {CustomEvent<SoimpactSelectDetail>} soimpact-select - An indicator was clicked or activated with Enter or Space. Detail: `{ indicatorId: string, level: 'output' | 'outcome' | 'impact' }`.
 * @event {CustomEvent<SoimpactErrorDetail>} soimpact-error - The plan (set or loaded from `src`) could not be shown. Detail: `{ problems: Problem[], message: string }`; the last good plan stays on screen.
 *
 * @csspart header - Title, organisation, period and the illustrative-data notice.
 * @csspart attribution - The band that says certainty of attribution falls to the right.
 * @csspart chain - The ordered list of six columns.
 * @csspart column - One column of the chain.
 * @csspart indicator - An indicator button.
 * @csspart bar - The progress bar track inside an indicator.
 * @csspart error - The message listing what is wrong with a plan.
 *
 * @csspart base - The chain's outer wrapper.
 *
 * @cssprop [--soimpact-chain-certain-color=var(--se-color-success)] - Left end of the attribution band (`--soimpact-certain-color`, its old name, still works).
 * @cssprop [--soimpact-chain-uncertain-color=var(--se-color-importance)] - Right end of the attribution band (`--soimpact-uncertain-color`, its old name, still works).
 */
export class SoimpactChain extends SamskapingElement {
  static override styles = [sharedStyles, chainStyles];

  /** URL of a plan as JSON (`soimpact-plan@1`). Loaded whenever it changes. */
  @property({ reflect: true }) src?: string;

  /** Accessible name of the chain when the plan has no title to show, or to override it. */
  @property() label?: string;

  @state() private shown?: ImpactPlan;
  @state() private problems: Problem[] = [];
  /** The plan those problems are about, as it was set: its indicators' names place them. */
  private refused: unknown;
  private readonly loader = new SourceController<ImpactPlan>(this, {
    parse: (text) => parsePlan(text),
    accept: 'application/json',
  });

  /**
   * The plan shown (a validated copy), or `undefined` before one is set or loaded. Setting
   * an invalid plan keeps the last good one, shows what is wrong and dispatches
   * `soimpact-error`.
   */
  get plan(): ImpactPlan | undefined {
    return this.shown ? structuredClone(this.shown) : undefined;
  }

  set plan(value: ImpactPlan | undefined) {
    if (value === undefined || value === null) {
      this.shown = undefined;
      this.problems = [];
      return;
    }
    this.refused = value;
    this.accept(parsePlan(value));
  }

  /** Whether a load from `src` is under way. */
  get loading(): boolean {
    return this.loader.loading;
  }

  override render(): TemplateResult {
    const plan = this.shown;
    return html`
      <div class="container" part="base">
        ${this.loading ? html`<p class="status" role="status">${msg('Laster planen …')}</p>` : nothing}
        ${this.problems.length ? this.renderProblems() : nothing}
        ${plan ? this.renderPlan(plan) : !this.loading && !this.problems.length ? this.renderEmpty() : nothing}
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
  }

  /** No plan yet: the six links as an empty template, each saying what belongs in it. */
  private renderEmpty(): TemplateResult {
    const empty = html`<p class="none">${msg('Ikke fylt ut ennå')}</p>`;
    return html`
      <div class="header" part="header">
        ${heading(this.headingLevel, 0, this.label || msg('Effektkjeden'), { id: 'chain-title' })}
        <p class="empty">
          ${msg('Ingen plan å vise ennå. Slik ser kjeden ut: seks ledd, fra det som legges inn, til verdien for samfunnet. Planen fyller ut hvert ledd.')}
        </p>
      </div>
      ${this.renderAttribution()}
      <ol class="chain empty-chain" part="chain" aria-labelledby="chain-title">
        ${this.renderColumn('inputs', msg('Innsatsfaktorer'), msg('Ressursene som legges inn. Utenfor det verktøyet måler.'), empty)}
        ${this.renderColumn('activities', msg('Aktiviteter'), msg('Det dere gjør og kan telle opp.'), empty)}
        ${INDICATOR_LEVELS.map((level) => this.renderColumn(level, levelName(level), this.levelCaption(level), empty))}
        ${this.renderColumn('societal-value', msg('Samfunnsverdi'), msg('Begrunnes med forskning, måles ikke direkte.'), empty)}
      </ol>
    `;
  }

  private levelCaption(level: IndicatorLevel): string {
    return level === 'output'
      ? msg('Direkte følger av aktivitetene. Telles.')
      : level === 'outcome'
        ? msg('Direkte virkninger for målgruppene. Høy grad av sikkerhet.')
        : msg('Langsiktige effekter innsatsen sannsynligvis bidrar til.');
  }

  private renderAttribution(): TemplateResult {
    return html`<div class="attribution" part="attribution">
      <span class="band" aria-hidden="true"></span>
      <p class="ends">
        <span>${msg('Nær sammenheng – høy grad av sikkerhet')}</span>
        <span>${msg('Usikker sammenheng – bidrag, ikke årsak')}</span>
      </p>
      <!-- The chain runs left to right when wide and top to bottom when narrow; the caution says which. -->
      <p class="caution wide">
        ${msg('Jo lenger til høyre i kjeden, desto mindre sikkert kan en endring tilskrives innsatsen.')}
      </p>
      <p class="caution narrow">${msg('Jo lenger ned i kjeden, desto mindre sikkert kan en endring tilskrives innsatsen.')}</p>
    </div>`;
  }

  protected override updated(): void {
    // Bar widths go through the CSSOM: a `style` attribute would break a strict CSP.
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>('.fill[data-percent]')) {
      fill.style.setProperty('--_percent', `${fill.dataset.percent}%`);
    }
  }

  private renderProblems(): TemplateResult {
    return html`
      <div class="error" role="alert" part="error">
        <p>
          ${this.shown ? msg('Planen kunne ikke oppdateres. Den forrige planen vises fortsatt.') : msg('Planen kunne ikke vises.')}
        </p>
        <ul>
          ${this.problems.map((problem) => html`<li>${describeProblemForUser(problem, { document: this.refused })}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderPlan(plan: ImpactPlan): TemplateResult {
    const period = plan.period?.from || plan.period?.to;
    const titleId = 'chain-title';
    return html`
      <div class="header" part="header">
        ${heading(this.headingLevel, 0, this.label || plan.title, { id: titleId })}
        ${
          plan.organisation || period
            ? html`<p class="meta">
                ${plan.organisation ? html`<span>${plan.organisation}</span>` : nothing}
                ${
                  period
                    ? html`<span
                        >${plan.period?.from ? formatPlanDate(plan.period.from) : '…'} –
                        ${plan.period?.to ? formatPlanDate(plan.period.to) : '…'}</span
                      >`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${
          plan.illustrative
            ? html`<p class="illustrative">${msg('Tallene er oppdiktet: de er laget for å vise hvordan verktøyet virker.')}</p>`
            : nothing
        }
        ${
          plan.source && withoutDocumentReferences(plan.source)
            ? html`<p class="source">${msg(str`Kilde: ${withoutDocumentReferences(plan.source)}`)}</p>`
            : nothing
        }
      </div>
      ${this.renderAttribution()}
      <ol class="chain" part="chain" aria-labelledby=${titleId}>
        ${this.renderTextColumn('inputs', msg('Innsatsfaktorer'), msg('Ressursene som legges inn. Utenfor det verktøyet måler.'), plan.inputs)}
        ${this.renderTextColumn('activities', msg('Aktiviteter'), msg('Det dere gjør og kan telle opp.'), plan.activities)}
        ${INDICATOR_LEVELS.map((level) => this.renderIndicatorColumn(plan, level))} ${this.renderSocietalValue(plan)}
      </ol>
    `;
  }

  private renderColumn(id: ColumnId, title: string, caption: string, body: TemplateResult): TemplateResult {
    return html`
      <li class="column" part="column" data-column=${id}>
        ${heading(this.headingLevel, 1, title, { id: `col-${id}` })}
        <p class="caption">${caption}</p>
        ${body}
      </li>
    `;
  }

  private renderTextColumn(id: ColumnId, title: string, caption: string, text: string | undefined): TemplateResult {
    return this.renderColumn(
      id,
      title,
      caption,
      text?.trim() ? html`<p class="text">${text}</p>` : html`<p class="none">${msg('Ikke beskrevet')}</p>`,
    );
  }

  private renderIndicatorColumn(plan: ImpactPlan, level: IndicatorLevel): TemplateResult {
    const indicators = plan.indicators.filter((indicator) => indicator.level === level);
    const caption = this.levelCaption(level);
    // Indicators that share a group heading (as in the Boost Refugee table) are listed under it.
    const groups: Array<{ group?: string; items: Indicator[] }> = [];
    for (const indicator of indicators) {
      const last = groups[groups.length - 1];
      if (indicator.group && last?.group === indicator.group) last.items.push(indicator);
      else groups.push({ ...(indicator.group ? { group: indicator.group } : {}), items: [indicator] });
    }
    return this.renderColumn(
      level,
      levelName(level),
      caption,
      indicators.length
        ? html`<ul class="indicators" aria-labelledby=${`col-${level}`}>
            ${groups.map((entry) =>
              entry.group
                ? html`<li class="group">
                    <span class="group-name">${entry.group}</span>
                    <ul class="indicators">
                      ${entry.items.map((indicator) => html`<li>${this.renderIndicator(indicator)}</li>`)}
                    </ul>
                  </li>`
                : html`<li>${this.renderIndicator(entry.items[0]!)}</li>`,
            )}
          </ul>`
        : html`<p class="none">${msg('Ingen indikatorer')}</p>`,
    );
  }

  private renderIndicator(indicator: Indicator): TemplateResult {
    const p = progress(indicator);
    const latest = p.latest;
    return html`
      <button
        type="button"
        class="indicator status-${p.status}"
        part="indicator"
        data-id=${indicator.id}
        @click=${() => this.select(indicator)}
      >
        <span class="name">${indicator.name}</span>
        ${
          latest
            ? html`<span class="latest"
                ><span class="value">${formatValue(latest.value, indicator.unit)}</span>
                <span class="date">${formatPlanDate(latest.date)}</span>
                ${latest.note ? html`<span class="note">${latest.note}</span>` : nothing}</span
              >`
            : html`<span class="latest not-measured">${msg('Ikke målt ennå')}</span>`
        }
        ${
          indicator.baseline || indicator.target
            ? html`<span class="reference">
                ${
                  indicator.baseline
                    ? html`<span>${msg(str`Nullpunkt: ${formatValue(indicator.baseline.value, indicator.unit)}`)}</span>`
                    : nothing
                }
                ${
                  indicator.target
                    ? html`<span
                        >${msg(
                          str`Mål: ${formatValue(indicator.target.value, indicator.unit)} (${formatPlanDate(indicator.target.date)})`,
                        )}</span
                      >`
                    : nothing
                }
              </span>`
            : nothing
        }
        ${
          p.percent !== null
            ? html`<span class="bar" part="bar" aria-hidden="true"
                ><span class="fill" data-percent=${String(Math.round(p.percent * 10) / 10)}></span
              ></span>`
            : nothing
        }
        ${latest ? html`<span class="progress">${describeProgress(p)}</span>` : nothing}
      </button>
    `;
  }

  private renderSocietalValue(plan: ImpactPlan): TemplateResult {
    const value = plan.societalValue;
    const references = value?.references ?? [];
    return this.renderColumn(
      'societal-value',
      msg('Samfunnsverdi'),
      msg('Begrunnes med forskning, måles ikke direkte.'),
      html`
        ${value?.text?.trim() ? html`<p class="text">${value.text}</p>` : html`<p class="none">${msg('Ikke beskrevet')}</p>`}
        ${
          references.length
            ? html`<ul class="references">
                ${references.map(
                  (reference) =>
                    html`<li>
                      ${
                        reference.url
                          ? html`<a href=${reference.url} rel="noopener noreferrer">${reference.text}</a>`
                          : reference.text
                      }
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      `,
    );
  }

  private select(indicator: Indicator): void {
    this.emit('soimpact-select', { indicatorId: indicator.id, level: indicator.level });
  }

  private accept(result: ReturnType<typeof parsePlan>): void {
    if (result.ok) {
      this.shown = result.value;
      this.problems = [];
    } else {
      this.fail(result.problems);
    }
  }

  private fail(problems: Problem[]): void {
    this.problems = problems;
    this.emit('soimpact-error', errorDetail(problems));
  }

  private async load(): Promise<void> {
    if (!this.src) {
      // Cleared mid-load: the load is aborted and "Laster planen …" ends; the last plan stays.
      this.loader.cancel();
      return;
    }
    const outcome = await this.loader.load(this.src);
    if (outcome.status === 'ok') this.accept({ ok: true, value: outcome.value });
    else if (outcome.status === 'failed') {
      this.refused = undefined;
      this.fail(outcome.problems);
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'soimpact-select': CustomEvent<SoimpactSelectDetail>;
    'soimpact-error': CustomEvent<ErrorDetail>;
  }
}
