/**
 * Under each statement of a new round, quietly: what the group answered last time and the
 * idea for action they agreed then — and, for that action, what became of it (done, started,
 * not started, dropped) with a note. Nothing here is shown in the first round.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../core/samson/history.js';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { agreementText } from './input-templates.js';
import type { ScorecardView } from './view.js';

export function followUpStatusLabel(status: FollowUpStatus): string {
  switch (status) {
    case 'done':
      return msg('Gjennomført');
    case 'started':
      return msg('Påbegynt');
    case 'not-started':
      return msg('Ikke startet');
    case 'dropped':
      return msg('Lagt bort');
  }
}

/** The quiet "last time" line under a statement, with the follow-up of last time's action. */
export function renderLastTime(view: ScorecardView, statementId: string): TemplateResult | typeof nothing {
  const rounds = view.rounds;
  const previous = rounds?.previous;
  if (!rounds || !previous || rounds.viewing) return nothing;
  const last = rounds.lastTimeMap().get(statementId);
  if (!last) return nothing;
  const locked = view.locked;
  const status = last.followUp?.status ?? '';
  return html`<div class="last-time">
    <p class="last-time-line">
      <span class="last-time-label">${msg(str`Sist («${previous.label}»):`)}</span>
      ${agreementText(last.rating)}${
        last.idea ? html`<span class="last-time-idea"> · ${msg('Tiltak:')} «${last.idea}»</span>` : nothing
      }${last.plan?.owner ? html`<span> · ${msg(str`ansvarlig: ${last.plan.owner}`)}</span>` : nothing}
    </p>
    ${
      last.idea
        ? html`<div class="follow-up">
            <label for="fu-status-${statementId}">${msg('Hvordan gikk det med tiltaket?')}</label>
            <select
              id="fu-status-${statementId}"
              ?disabled=${locked}
              @change=${(event: Event) => {
                const value = (event.target as HTMLSelectElement).value as FollowUpStatus | '';
                rounds.followUp(statementId, value ? { status: value, note: last.followUp?.note } : undefined);
              }}
            >
              <option value="" ?selected=${status === ''}>${msg('Ikke fulgt opp ennå')}</option>
              ${FOLLOW_UP_STATUSES.map(
                (s) => html`<option value=${s} ?selected=${status === s}>${followUpStatusLabel(s)}</option>`,
              )}
            </select>
            ${
              last.followUp
                ? html`<label for="fu-note-${statementId}">${msg('Notat om oppfølgingen')}</label>
                    <textarea
                      id="fu-note-${statementId}"
                      rows="1"
                      maxlength=${RESPONSE_TEXT_LIMITS.idea}
                      .value=${live(last.followUp.note ?? '')}
                      ?readonly=${locked}
                      @input=${(event: Event) =>
                        rounds.followUp(statementId, {
                          status: last.followUp!.status,
                          note: (event.target as HTMLTextAreaElement).value,
                        })}
                    ></textarea>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}
