/**
 * What the rounds put above every step (so it is on first load, unlike the rounds list in
 * rounds-templates.ts): the note that an earlier round is open read-only, versions of the
 * stored history kept aside, and the offer to add the rounds of an imported history file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderKeptDrafts } from '../../base/draft-notices.js';
import type { HistoryController } from './history-controller.js';
import { quoted } from '../../i18n/quote.js';

/** Above the step while an earlier round is open: it is read-only, and the way back. */
export function renderViewingNotice(rounds: HistoryController): TemplateResult | typeof nothing {
  if (!rounds.viewing) return nothing;
  const shown = rounds.shown;
  return html`<div part="notice" class="viewing" role="status">
    <p>${msg(str`Dere ser på «${shown.label}». Den kan bare leses; svarene endres i «${rounds.current.label}».`)}</p>
    <button part="button" id="viewing-back" @click=${() => rounds.open(undefined)}>
      ${msg(str`Tilbake til «${rounds.current.label}»`)}
    </button>
  </div>`;
}

/** The offer after a history file was picked: add its rounds to the ones on this device, or cancel. */
export function renderHistoryImportOffer(rounds: HistoryController): TemplateResult | typeof nothing {
  const imported = rounds.pendingImport;
  if (!imported) return nothing;
  const labels = imported.rounds.map((r) => quoted(r.label)).join(', ');
  return html`<div part="notice" class="offer" role="group" aria-labelledby="history-offer-text">
    <p id="history-offer-text">
      ${msg(str`Filen inneholder ${imported.rounds.length} runder: ${labels}. Rundene legges til dem som er på denne enheten; runder med samme navn slås sammen, og ingen svar her blir borte.`)}
    </p>
    <div class="buttons">
      <button part="button primary" class="primary" id="history-import-accept" @click=${() => rounds.chooseImport(true)}>
        ${msg('Legg til rundene fra filen')}
      </button>
      <button part="button" @click=${() => rounds.chooseImport(false)}>${msg('Avbryt importen')}</button>
    </div>
  </div>`;
}

/**
 * Everything the rounds put above the step: the read-only note, versions of the stored
 * history kept aside (a newer format, another tab's), and a history file's import offer.
 */
export function renderRoundsNotices(rounds: HistoryController, root: ShadowRoot): TemplateResult {
  return html`${renderViewingNotice(rounds)}
  ${renderKeptDrafts(rounds.draft, { root, locked: rounds.locked, use: (value) => void rounds.set(value) })}
  ${renderHistoryImportOffer(rounds)}`;
}
