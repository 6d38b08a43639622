/**
 * The rounds on this device, as the group sees them: "Start ny runde", the list of rounds
 * (open one to read, rename, export, delete after an inline confirmation), the note that an
 * earlier round is open read-only (rounds-notices.ts, with the offer to add the rounds of an
 * imported history file). Every action goes through the {@link HistoryController}. Loaded
 * with the results step, as a chunk (chunks.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Round } from '../../core/samson/history.js';
import { scoreResponse } from '../../core/samson/scoring.js';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { formatDate } from '../../i18n/number.js';
import type { HistoryController } from './history-controller.js';
import type { ScorecardView } from './view.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

/** "Start ny runde", with what it keeps and what it empties. */
export function renderStartRound(view: ScorecardView): TemplateResult | typeof nothing {
  const rounds = view.rounds;
  if (!rounds || view.locked) return nothing;
  return html`<section class="block start-round no-print" aria-labelledby=${labelledBy('start-round-heading')}>
    ${heading(view.headingLevel, 1, msg('Neste runde'), { id: 'start-round-heading' })}
    <p>
      ${msg(
        str`Når dere har jobbet med tiltakene en stund, start en ny runde. «${rounds.current.label}» blir tatt vare på slik den er; den nye runden får samme vekting og tomme svar, og hvert utsagn viser hva dere svarte sist.`,
      )}
    </p>
    <button part="button primary" class="primary" id="start-round" @click=${() => rounds.startNextFromUi()}>
      ${msg('Start ny runde')}
    </button>
  </section>`;
}

/** The list of rounds on this device, oldest first. */
export function renderRoundsList(view: ScorecardView): TemplateResult | typeof nothing {
  const rounds = view.rounds;
  if (!rounds) return nothing;
  const { history } = rounds;
  return html`<section class="block rounds no-print" aria-labelledby=${labelledBy('rounds-heading')}>
    ${heading(view.headingLevel, 1, msg('Runder på denne enheten'), { id: 'rounds-heading', focusable: true })}
    <ol class="round-list">
      ${history.rounds.map((round, i) => renderRound(view, rounds, round, i === history.rounds.length - 1))}
    </ol>
    <p>
      <button part="button" id="export-history" @click=${() => rounds.exportHistory()}>
        ${msg('Eksporter alle rundene (én JSON-fil)')}
      </button>
    </p>
    <p class="hint">
      ${msg('Filen kan importeres på en annen enhet med «Importer svar fra fil». Rundene lagres bare i denne nettleseren.')}
    </p>
  </section>`;
}

function renderRound(view: ScorecardView, rounds: HistoryController, round: Round, current: boolean): TemplateResult {
  const { answered, total } = scoreResponse(view.instrument, round.joint).completeness;
  const shown = rounds.shown.id === round.id;
  const locked = view.rounds ? rounds.locked : true;
  const nameId = `round-label-${round.id}`;
  return html`<li class="round ${shown ? 'round-shown' : ''}">
    <p class="round-name">
      <strong id=${nameId}>${round.label}</strong>
      ${current ? html`<span class="round-tag">${msg('nåværende runde')}</span>` : nothing}
      ${shown && !current ? html`<span class="round-tag">${msg('vises nå')}</span>` : nothing}
    </p>
    <p class="round-meta">
      ${msg(str`Startet ${formatDate(round.startedAt)}`)}${
        round.closedAt ? html` · ${msg(str`avsluttet ${formatDate(round.closedAt)}`)}` : nothing
      }
      · ${msg(str`${answered} av ${total} utsagn besvart`)}
    </p>
    ${
      rounds.renamingId === round.id
        ? renderRename(rounds, round)
        : rounds.confirmingDeleteId === round.id
          ? renderDeleteConfirm(rounds, round)
          : html`<div class="buttons round-buttons">
              ${
                shown
                  ? nothing
                  : html`<button
                      part="button"
                      id="round-open-${round.id}"
                      aria-describedby=${nameId}
                      @click=${() => rounds.open(round.id)}
                    >
                      ${current ? msg('Tilbake til denne runden') : msg('Åpne (bare lesing)')}
                    </button>`
              }
              ${
                locked
                  ? nothing
                  : html`<button
                      part="button"
                      id="round-rename-${round.id}"
                      aria-describedby=${nameId}
                      @click=${() => rounds.beginRename(round.id)}
                    >
                      ${msg('Gi nytt navn')}
                    </button>`
              }
              <button part="button" aria-describedby=${nameId} @click=${() => rounds.exportRound(round.id)}>
                ${msg('Eksporter')}
              </button>
              ${
                locked || rounds.history.rounds.length < 2
                  ? nothing
                  : html`<button
                      part="button"
                      id="round-delete-${round.id}"
                      aria-describedby=${nameId}
                      @click=${() => rounds.askDelete(round.id)}
                    >
                      ${msg('Slett')}
                    </button>`
              }
            </div>`
    }
  </li>`;
}

function renderRename(rounds: HistoryController, round: Round): TemplateResult {
  const save = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLElement).closest('.rename')!.querySelector<HTMLInputElement>('input')!;
    rounds.rename(round.id, input.value);
  };
  return html`<div class="rename text-field" role="group" aria-labelledby="round-name-label-${round.id}">
    <label id="round-name-label-${round.id}" for="round-name-${round.id}">${msg(str`Nytt navn på «${round.label}»`)}</label>
    <input
      id="round-name-${round.id}"
      type="text"
      maxlength=${RESPONSE_TEXT_LIMITS.label}
      autocomplete="off"
      .value=${round.label}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Enter') save(event);
        if (event.key === 'Escape') rounds.cancelRename();
      }}
    />
    <div class="buttons">
      <button part="button primary" class="primary" @click=${save}>${msg('Lagre navnet')}</button>
      <button part="button" @click=${() => rounds.cancelRename()}>${msg('Avbryt')}</button>
    </div>
  </div>`;
}

function renderDeleteConfirm(rounds: HistoryController, round: Round): TemplateResult {
  return html`<div class="confirm" role="group" aria-labelledby="round-delete-text">
    <p id="round-delete-text">
      ${msg(str`Vil dere slette «${round.label}» med alle svar og ideer fra denne enheten? Det kan ikke angres. Eksporter runden først hvis dere vil ta vare på den.`)}
    </p>
    <button part="button danger" class="danger" @click=${() => rounds.confirmDelete(round.id)}>${msg('Ja, slett runden')}</button>
    <button part="button" id="round-delete-cancel" @click=${() => rounds.cancelDelete()}>${msg('Avbryt')}</button>
  </div>`;
}
