/**
 * Answering by party, as the group sees it on first load: the party field in the
 * introduction. The controller and the notices for a link that was opened and for files that
 * were merged (party-notices.ts) and the panel listing the round's parties (parties-panel.ts)
 * are loaded once a group uses parties (party-view.ts).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
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

/** The introduction's "who is answering?" field. */
export function renderPartyField(party: string, locked: boolean, setParty: (party: string) => void): TemplateResult {
  return html`
    <div class="text-field party-field">
      ${renderTextInput({
        id: 'party-label',
        label: msg('Hvem svarer nå? (part, valgfritt)'),
        value: party,
        maxlength: RESPONSE_TEXT_LIMITS.label,
        list: 'party-suggestions',
        describedBy: 'party-label-hint',
        readonly: locked,
        input: setParty,
      })}
      <datalist id="party-suggestions">${suggestedParties().map((name) => html`<option value=${name}></option>`)}</datalist>
      <p class="hint" id="party-label-hint">
        ${msg(
          'La feltet stå tomt når dere svarer sammen. Svarer partene hver for seg, skriv hvem som svarer nå: for eksempel «kommunen», «frivilligheten», «innbyggerne» eller navnet på en deltaker. Partene kan svare på hver sin enhet eller etter tur på denne.',
        )}
      </p>
    </div>
  `;
}
