/**
 * A response opened from SAMSON 1.0 (migration.ts): the note that says which statements changed,
 * and each earlier answer («Tidligere svar») beside the 1.1 statement that replaced it, so the
 * group can rate that statement again with its earlier rating and idea in view. Answers to
 * statements that were removed are listed in the note. Nothing here changes the response.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Statement } from '../../core/samson/instrument.js';
import type { Response } from '../../core/samson/response.js';
import { agreementText } from './input-templates.js';
import { stepIndex } from './steps.js';
import type { ScorecardView } from './view.js';

type EarlierAnswers = NonNullable<Response['earlierAnswers']>;

function earlierOf(response: Response): EarlierAnswers {
  return response.migratedFrom && response.earlierAnswers ? response.earlierAnswers : {};
}

/** The note above every step while a migrated response has earlier answers; `nothing` otherwise. */
export function renderMigrationNote(view: ScorecardView): TemplateResult | typeof nothing {
  const { instrument, response } = view;
  const earlier = Object.entries(earlierOf(response));
  if (!earlier.length) return nothing;
  const fieldOf = new Map(
    instrument.fields.flatMap((field, index) => field.statements.map((s) => [s.id, { field, index, statement: s }])),
  );
  const replacements = [...new Set(earlier.flatMap(([, answer]) => answer.replacedBy))].flatMap((id) => {
    const found = fieldOf.get(id);
    return found ? [found] : [];
  });
  const removed = earlier.filter(([, answer]) => !answer.replacedBy.some((id) => fieldOf.has(id)));
  return html`
    <div class="notice migration-note" part="notice" role="note">
      <p>
        <strong>${msg(str`Åpnet fra versjon ${response.migratedFrom ?? ''}.`)}</strong>
        ${
          instrument.guidance.migrated ??
          msg(
            'Noen utsagn er endret siden disse svarene ble gitt. Det dere svarte på dem, er tatt vare på under «Tidligere svar».',
          )
        }
      </p>
      <details class="migration-details">
        <summary>${msg(str`Utsagn som er endret (${replacements.length}) og tatt ut (${removed.length})`)}</summary>
        ${
          replacements.length
            ? html`<p>${msg('Disse utsagnene erstatter utsagn dere har svart på før. Tidligere svar står ved hvert av dem:')}</p>
                <ul>
                  ${replacements.map(
                    ({ field, index, statement }) =>
                      html`<li>
                        <span class="migration-statement">${statement.text}</span>
                        <button
                          part="button link"
                          type="button"
                          class="link"
                          @click=${() => view.goTo(stepIndex(view.steps, 'field', index))}
                        >
                          ${msg(str`Gå til ${field.name}`)}
                        </button>
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        ${
          removed.length
            ? html`<p>${msg('Svar på utsagn som er tatt ut av spørreskjemaet:')}</p>
                <ul>
                  ${removed.map(([id, answer]) => html`<li>${renderEarlierText(id, answer)}</li>`)}
                </ul>`
            : nothing
        }
      </details>
    </div>
  `;
}

function renderEarlierText(id: string, answer: EarlierAnswers[string]): TemplateResult {
  return html`<span class="earlier-id">${id}</span>:
    ${agreementText(answer.rating)}${answer.idea ? html`. ${msg('Idé:')} <span class="earlier-idea">${answer.idea}</span>` : nothing}`;
}

/** «Tidligere svar» beside a 1.1 statement that replaced statements the group answered in 1.0. */
export function renderEarlierAnswers(view: ScorecardView, statement: Statement): TemplateResult | typeof nothing {
  const earlier = Object.entries(earlierOf(view.response)).filter(([, answer]) => answer.replacedBy.includes(statement.id));
  if (!earlier.length) return nothing;
  return html`
    <div class="earlier-answers">
      <p class="earlier-heading">${msg('Tidligere svar')}</p>
      <ul>
        ${earlier.map(
          ([id, answer]) =>
            html`<li>${msg(str`Til et utsagn i versjon ${answer.version}:`)} ${renderEarlierText(id, answer)}</li>`,
        )}
      </ul>
    </div>
  `;
}
