/**
 * Answering by party, as the group sees it on first load: the party field in the
 * introduction. The controller and the notices for a link that was opened and for files that
 * were merged (party-notices.ts) and the panel listing the round's parties (parties-panel.ts)
 * are loaded once a group uses parties (party-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import type { Response } from '../../core/samson/response.js';
import { renderTextInput } from './text-input.js';

/** The party labels offered in the introduction, in the page's language. */
export function suggestedParties(): string[] {
  return [msg('kommunen'), msg('frivilligheten'), msg('innbyggerne')];
}

/** The response on screen with the party label typed in the introduction ('' makes it the joint one again). */
export function withPartyLabel(response: Response, name: string): Response {
  const party = name.slice(0, RESPONSE_TEXT_LIMITS.label);
  const next: Response = { ...response, updatedAt: new Date().toISOString() };
  if (party.trim()) next.party = party;
  else delete next.party;
  return next;
}

export interface PartyField {
  party: string;
  locked: boolean;
  /** The field was emptied while this party answered: its answers were kept, the group answers together now. */
  kept: string | undefined;
  /** The name typed was another party's: its answers opened, those on screen kept under `keptAs` ('' : as the joint answer). */
  opened: { party: string; keptAs: string } | undefined;
  input(party: string): void;
  /** The group left the field (its `change`). */
  change(): void;
}

/** The introduction's "who is answering?" field. */
export function renderPartyField(field: PartyField): TemplateResult {
  const status = partyStatus(field);
  return html`
    <div class="text-field party-field">
      ${renderTextInput({
        id: 'party-label',
        label: msg('Hvem svarer nå? (part, valgfritt)'),
        value: field.party,
        maxlength: RESPONSE_TEXT_LIMITS.label,
        list: 'party-suggestions',
        describedBy: 'party-label-hint',
        readonly: field.locked,
        input: field.input,
        change: field.change,
      })}
      <datalist id="party-suggestions">${suggestedParties().map((name) => html`<option value=${name}></option>`)}</datalist>
      <p class="hint" id="party-label-hint">
        ${msg(
          'La feltet stå tomt når dere svarer sammen. Svarer partene hver for seg, skriv hvem som svarer nå: for eksempel «kommunen», «frivilligheten», «innbyggerne» eller navnet på en deltaker. Partene kan svare på hver sin enhet eller etter tur på denne.',
        )}
      </p>
    </div>
    <!-- Outside the field's grid: empty, it takes no room. -->
    <div part="notice" class="notice party-status ${status ? '' : 'empty'}" id="party-label-status" role="status">
      ${status ?? nothing}
    </div>
  `;
}

/** What the last change of the party field did to the answers on screen, when it swapped them. */
function partyStatus({ kept, opened }: PartyField): string | undefined {
  if (opened) {
    return opened.keptAs
      ? msg(
          str`Skjemaet viser nå svarene til «${opened.party}», fordi den parten allerede har svart i denne runden. Svarene som sto her, er tatt vare på under «${opened.keptAs}»: skriv «${opened.keptAs}» i feltet for å åpne dem igjen.`,
        )
      : msg(
          str`Skjemaet viser nå svarene til «${opened.party}», fordi den parten allerede har svart i denne runden. Det dere svarte sammen, er tatt vare på som felles svar: tøm feltet for å åpne det igjen.`,
        );
  }
  if (kept)
    return msg(
      str`Dere svarer sammen nå: skjemaet viser det dere svarte sammen. Svarene til ${kept} er tatt vare på under «Svar per part».`,
    );
  return undefined;
}
