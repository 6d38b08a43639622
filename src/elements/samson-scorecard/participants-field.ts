/** «Hvem deltok»: names or roles of those who took part, for the report's first page. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/text-limits.js';
import type { ScorecardView } from './view.js';

export function renderParticipantsField(view: ScorecardView): TemplateResult {
  return html`<div class="text-field">
    <label for="participants">${msg('Hvem deltok (valgfritt)')}</label>
    <textarea
      id="participants"
      rows="2"
      maxlength=${RESPONSE_TEXT_LIMITS.participants}
      aria-describedby="participants-hint"
      .value=${live(view.response.participants ?? '')}
      ?readonly=${view.locked}
      @input=${(e: Event) => {
        const { participants: _old, ...rest } = view.response;
        const text = (e.target as HTMLTextAreaElement).value;
        view.commit({ ...rest, ...(text ? { participants: text } : {}), updatedAt: new Date().toISOString() });
      }}
    ></textarea>
    <p class="hint" id="participants-hint">
      ${msg('Navn eller roller, for eksempel «to fra kommunen, tre fra frivilligsentralen». Står på rapportens første side.')}
    </p>
  </div>`;
}
