/**
 * Answering by party, once there are parties: the round's parties, «Neste part», several
 * files at once and the share link. A chunk loaded on demand (chunks.ts): a first visit
 * without parties shows only the party field (party-templates.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { scoreResponse } from '../../core/samson/scoring.js';
import { sameParty } from '../../core/samson/history.js';
import type { PartiesController } from './party-controller.js';
import type { SharePanel } from './share-panel.js';
import { suggestedParties } from './party-templates.js';
import { heading } from '../../base/heading.js';
import { renderTextInput } from './text-input.js';
import { labelledBy } from './instance-name.js';
import { filePicker } from '../../base/file-picker.js';

export { SharePanel } from './share-panel.js';

/** The round's parties and the ways to bring them together; in the introduction and in the results. */
export function renderPartiesPanel(
  parties: PartiesController,
  share: SharePanel,
  locked: boolean,
  where: 'intro' | 'results',
  top: number,
): TemplateResult {
  const list = parties.parties;
  const instrument = parties.instrument;
  const current = parties.party;
  if (where === 'intro' && !current && !list.length) return html``;
  return html`
    <section part="parties" class="block parties no-print" aria-labelledby=${labelledBy('parties-heading')}>
      ${heading(top, 1, msg('Svar per part'), { id: 'parties-heading' })}
      ${
        list.length
          ? html`<ul class="party-list">
              ${list.map((response) => {
                const { answered, total } = scoreResponse(instrument, response).completeness;
                const onScreen = sameParty(response.party, current);
                return html`<li>
                  <span class="party-name">${response.party}</span>
                  <span class="party-meta"
                    >${msg(str`${answered} av ${total} utsagn besvart`)}${onScreen ? html` · <strong>${msg('svarer nå')}</strong>` : nothing}</span
                  >
                  ${
                    locked || onScreen
                      ? nothing
                      : html`<button part="button link" class="link" @click=${() => parties.startNext(response.party!)}>
                          ${msg(str`Åpne svarene til ${response.party!}`)}
                        </button>`
                  }
                </li>`;
              })}
            </ul>`
          : html`<p>${msg('Ingen parter har svart hver for seg i denne runden ennå.')}</p>`
      }
      ${locked ? nothing : renderNextParty(parties, current)} ${locked ? nothing : renderImportParties(parties)}
      ${current ? share.render() : nothing}
    </section>
  `;
}

function renderNextParty(parties: PartiesController, current: string): TemplateResult {
  const count = parties.parties.length;
  return html`
    <div class="party-actions">
      ${
        parties.askingNext
          ? html`<form
              class="next-party"
              @submit=${(e: Event) => {
                e.preventDefault();
                parties.startNext();
              }}
            >
              ${renderTextInput({
                id: 'next-party',
                label: msg('Hvem svarer nå?'),
                value: parties.nextName,
                maxlength: RESPONSE_TEXT_LIMITS.label,
                list: 'party-suggestions-next',
                required: true,
                input: (name) => (parties.nextName = name),
              })}
              <datalist id="party-suggestions-next">
                ${suggestedParties()
                  .filter((name) => !parties.parties.some((p) => sameParty(p.party, name)))
                  .map((name) => html`<option value=${name}></option>`)}
              </datalist>
              <div class="buttons">
                <button part="button primary" class="primary" type="submit">${msg('Start skjemaet for denne parten')}</button>
                <button part="button" type="button" @click=${() => parties.cancelNext()}>${msg('Avbryt')}</button>
              </div>
            </form>`
          : html`<div class="buttons">
              <button part="button" id="open-next-party" @click=${() => parties.openNext()}>${msg('Neste part')}</button>
              ${
                count >= 1 && current
                  ? html`<button
                      part="button primary"
                      class="primary"
                      id="answer-together"
                      @click=${() => parties.answerTogether()}
                    >
                      ${msg('Svar sammen nå')}
                    </button>`
                  : nothing
              }
            </div>`
      }
      <p class="hint">
        ${
          current
            ? msg(str`Svarene til ${current} blir liggende her når neste part svarer. Ingenting blir borte.`)
            : msg('Hver part får et tomt skjema; svarene til de andre partene blir liggende her.')
        }
      </p>
    </div>
  `;
}

function renderImportParties(parties: PartiesController): TemplateResult {
  return html`
    <div class="import import-parties">
      ${filePicker({
        id: 'import-parties',
        label: msg('Slå sammen svar fra flere filer (JSON)'),
        accept: '.json,application/json',
        multiple: true,
        describedBy: 'import-parties-hint',
        onChange: (e) => void parties.importFiles(e),
      })}
      <p class="hint" id="import-parties-hint">
        ${msg('Velg alle filene partene har eksportert på én gang. Hver part blir lagt til ved siden av de andre; ingenting blir overskrevet.')}
      </p>
    </div>
  `;
}
