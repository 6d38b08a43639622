/**
 * The weighting step of SAMSON 1.1: the group shares out {@link POINTS_BUDGET} points between
 * the four values (weighting.ts). One whole-number box per value with − and + buttons; the
 * box's `max` is what it holds plus what is left, so arrow keys stop at the budget, and a
 * typed or scripted number above it is clamped by `withPoints` and shown back (and said).
 * A 1.0 response with only 1–5 weights shows them read-only with an offer to share points
 * instead, starting from {@link pointsFromLegacyWeights}.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { InstrumentValue } from '../../core/samson/instrument.js';
import { withPoints, type Response } from '../../core/samson/response.js';
import {
  isFlat,
  pointsFromLegacyWeights,
  pointsLeft,
  POINTS_BUDGET,
  valueImportance,
  weightingMethod,
  weightingStatus,
} from '../../core/samson/weighting.js';
import { own } from '../../core/own.js';
import { formatScore } from '../../i18n/number.js';
import { importanceOptions } from './input-templates.js';
import type { ScorecardView } from './view.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

/** The last clamp per element, so the status line can say it until the next edit. */
const clamped = new WeakMap<object, string>();

/** The weighting step: shared points, or the read-only 1.0 weights with the offer to switch. */
export function renderPointsWeighting(view: ScorecardView): TemplateResult {
  const { instrument, response } = view;
  const legacy = weightingMethod(response) === 'legacy';
  return html`
    ${heading(view.headingLevel, 0, msg('Vekting av verdier'), { id: 'step-heading', focusable: true })}
    <p>${instrument.guidance.weighting}</p>
    ${instrument.guidance.points ? html`<p>${instrument.guidance.points}</p>` : nothing}
    <p class="tip">${instrument.guidance.disagreement}</p>
    ${legacy ? renderLegacyWeights(view) : renderPoints(view)}
  `;
}

function renderPoints(view: ScorecardView): TemplateResult {
  const { instrument, response } = view;
  const left = pointsLeft(instrument, response);
  const status = weightingStatus(instrument, response);
  const importance = valueImportance(instrument, response);
  const note = clamped.get(view);
  return html`
    <div class="points" part="points">
      <p class="points-left ${status === 'complete' ? 'points-done' : ''}" role="status" id="points-left">
        ${
          status === 'complete'
            ? msg(str`Alle ${POINTS_BUDGET} poengene er fordelt. Vektingen er ferdig.`)
            : left === 1
              ? msg('1 poeng igjen')
              : msg(str`${left} poeng igjen`)
        }
        ${note ? html`<span class="points-clamped">${note}</span>` : nothing}
      </p>
      ${instrument.values.map((value) => renderValuePoints(view, value, importance.get(value.id), left))}
      ${
        isFlat(importance)
          ? html`<p class="hint flat-hint" part="notice">
              ${msg(
                'Alle verdiene har like mange poeng. Da blir den grå flaten i profilen helt jevn og kan ikke vise hva som betyr mest for dere. Prøv å gi den viktigste verdien flere poeng enn de andre.',
              )}
            </p>`
          : nothing
      }
      <p class="hint">
        ${msg(
          'Den grå flaten i profilen viser hvor viktig hvert handlingsfelt er ut fra poengene deres. Den endrer aldri skåren: en lav skår på et viktig felt er et sted å begynne.',
        )}
      </p>
    </div>
  `;
}

function renderValuePoints(
  view: ScorecardView,
  value: InstrumentValue,
  importance: number | undefined,
  left: number,
): TemplateResult {
  const points = own(view.response.points ?? {}, value.id);
  const id = `p-${value.id}`;
  const set = (wanted: number | undefined) => commitPoints(view, value, wanted);
  return html`
    <div part="statement" class="statement value-points">
      <div class="value-text">
        <label class="value-name" for=${id}>${value.name}</label>
        <p class="about" id="${id}-about">${value.description}</p>
        <p class="value-importance" id="${id}-importance">
          ${
            importance === undefined ? msg('Ingen poeng ennå.') : msg(str`Viktighet i profilen: ${formatScore(importance)} av 10`)
          }
          <meter aria-hidden="true" min="0" max="10" .value=${Number.isFinite(importance) ? importance! : 0}></meter>
        </p>
      </div>
      <div class="points-control">
        <button
          part="button"
          type="button"
          class="points-step"
          aria-label=${msg(str`Ett poeng mindre til ${value.name}`)}
          ?disabled=${view.locked || !points}
          @click=${() => set((points ?? 0) - 1)}
        >
          −
        </button>
        <input
          id=${id}
          class="points-input"
          type="number"
          inputmode="numeric"
          min="0"
          max=${(points ?? 0) + left}
          step="1"
          aria-describedby="${id}-about ${id}-importance points-left"
          .value=${live(points === undefined ? '' : String(points))}
          ?readonly=${view.locked}
          @input=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value.trim();
            set(text === '' ? undefined : Number(text));
          }}
        />
        <span class="points-unit" aria-hidden="true">${msg('poeng')}</span>
        <button
          part="button"
          type="button"
          class="points-step"
          aria-label=${msg(str`Ett poeng mer til ${value.name}`)}
          ?disabled=${view.locked || left === 0}
          @click=${() => set((points ?? 0) + 1)}
        >
          +
        </button>
      </div>
    </div>
  `;
}

function commitPoints(view: ScorecardView, value: InstrumentValue, wanted: number | undefined): void {
  if (view.locked) return;
  const key = view;
  if (wanted !== undefined && !Number.isFinite(wanted)) return; // half-typed ("-", "e"): wait for a number
  const next = withPoints(view.instrument, view.response, value.id, wanted === undefined ? undefined : Math.max(0, wanted));
  const stored = next.points?.[value.id];
  if (wanted !== undefined && stored !== undefined && stored < Math.round(wanted)) {
    clamped.set(key, msg(str`Det var bare ${stored} poeng igjen, så ${value.name} har nå ${stored}.`));
  } else clamped.delete(key);
  view.commit(next);
}

/** A 1.0 response's 1–5 weights, read-only: in the weighting step's notice and in the results. */
export function renderLegacyWeightTable({
  instrument,
  response,
}: Pick<ScorecardView, 'instrument' | 'response'>): TemplateResult {
  const labels = importanceOptions();
  return html`<table class="weights">
    <thead>
      <tr>
        <th scope="col">${msg('Verdi')}</th>
        <th scope="col">${msg('Hvor viktig (1–5)')}</th>
      </tr>
    </thead>
    <tbody>
      ${instrument.values.map((value) => {
        const weight = own(response.weights, value.id);
        return html`<tr>
          <th scope="row">${value.name}</th>
          <td>${weight === undefined ? msg('ikke vektet') : `${weight} – ${labels[weight - 1]?.label ?? ''}`}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function renderLegacyWeights(view: ScorecardView): TemplateResult {
  return html`
    <div class="legacy-weights" part="notice">
      <p>
        ${msg(
          'Disse svarene vektet verdiene på den gamle måten, med hvor viktig hver verdi er fra 1 til 5. Vektingen teller fortsatt. Med poeng kan dere vise tydeligere hva som betyr mest.',
        )}
      </p>
      ${renderLegacyWeightTable(view)}
      ${
        view.locked
          ? nothing
          : html`<p>
                <button
                  part="button primary"
                  class="primary"
                  id="switch-to-points"
                  @click=${() => view.commit(switchedToPoints(view))}
                >
                  ${msg('Fordel poeng i stedet')}
                </button>
              </p>
              <p class="hint">${msg('Poengene fylles ut etter vektingen dere har. Dere kan endre dem etterpå.')}</p>`
      }
    </div>
  `;
}

function switchedToPoints(view: ScorecardView): Response {
  const { instrument, response } = view;
  return { ...response, points: pointsFromLegacyWeights(instrument, response.weights), updatedAt: new Date().toISOString() };
}

/** The report's table of the shared points (a 1.0 response keeps the 1–5 table in result-templates.ts). */
export function renderPointsTable(view: ScorecardView): TemplateResult {
  const importance = valueImportance(view.instrument, view.response);
  return html`
    <section class="block" aria-labelledby=${labelledBy('weights-heading')}>
      ${heading(view.headingLevel, 1, msg('Vekting av verdiene'), { id: 'weights-heading' })}
      <table class="weights">
        <thead>
          <tr>
            <th scope="col">${msg('Verdi')}</th>
            <th scope="col">${msg(str`Poeng (av ${POINTS_BUDGET})`)}</th>
            <th scope="col">${msg('Viktighet (0–10)')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.instrument.values.map((value) => {
            const points = own(view.response.points ?? {}, value.id);
            const i = importance.get(value.id);
            return html`<tr>
              <th scope="row">${value.name}</th>
              <td>${points ?? 0}</td>
              <td>${i === undefined ? '–' : formatScore(i)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
  `;
}

/** The jump list's count for the weighting step: points shared of the budget. */
export function renderPointsNavCount(view: ScorecardView): TemplateResult {
  const given = POINTS_BUDGET - pointsLeft(view.instrument, view.response);
  return html`<span class="nav-count"
    >${given}/${POINTS_BUDGET}<span class="visually-hidden"> ${msg('poeng fordelt')}</span></span
  >`;
}
