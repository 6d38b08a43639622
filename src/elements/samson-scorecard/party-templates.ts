/**
 * Answering by party, as the group sees it: the party field in the introduction, the panel
 * listing the round's parties ("Neste part", "Svar sammen nå", several files at once, the
 * share link), and the notices for a link that was opened and for files that were merged.
 * Everything the group does goes to the {@link PartiesController}.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { describeProblem } from '../../core/problems.js';
import { RESPONSE_TEXT_LIMITS } from '../../core/samson/response-draft.js';
import { scoreResponse } from '../../core/samson/scoring.js';
import { sameParty } from '../../core/samson/history.js';
import { formatDate } from '../../i18n/number.js';
import type { PartiesController } from './party-controller.js';
import type { SharePanel } from './share-panel.js';
import { heading } from '../../base/heading.js';

/** The party labels offered in the introduction, in the page's language. */
export function suggestedParties(): string[] {
  return [msg('kommunen'), msg('frivilligheten'), msg('innbyggerne')];
}

/** The introduction's "who is answering?" field. */
export function renderPartyField(parties: PartiesController, locked: boolean): TemplateResult {
  return html`
    <div class="text-field party-field">
      <label for="party-label">${msg('Hvem svarer nå? (part, valgfritt)')}</label>
      <input
        id="party-label"
        type="text"
        list="party-suggestions"
        maxlength=${RESPONSE_TEXT_LIMITS.label}
        autocomplete="off"
        aria-describedby="party-label-hint"
        .value=${live(parties.party)}
        ?readonly=${locked}
        @input=${(e: Event) => parties.setParty((e.target as HTMLInputElement).value)}
      />
      <datalist id="party-suggestions">${suggestedParties().map((name) => html`<option value=${name}></option>`)}</datalist>
      <p class="hint" id="party-label-hint">
        ${msg(
          'La feltet stå tomt når dere svarer sammen. Svarer partene hver for seg, skriv hvem som svarer nå: for eksempel «kommunen», «frivilligheten», «innbyggerne» eller navnet på en deltaker. Partene kan svare på hver sin enhet eller etter tur på denne.',
        )}
      </p>
    </div>
  `;
}

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
    <section part="parties" class="block parties no-print" aria-labelledby="parties-heading">
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
              <label for="next-party">${msg('Hvem svarer nå?')}</label>
              <input
                id="next-party"
                type="text"
                list="party-suggestions-next"
                maxlength=${RESPONSE_TEXT_LIMITS.label}
                autocomplete="off"
                required
                .value=${live(parties.nextName)}
                @input=${(e: Event) => (parties.nextName = (e.target as HTMLInputElement).value)}
              />
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
      <label for="import-parties">${msg('Slå sammen svar fra flere filer (JSON)')}</label>
      <input
        id="import-parties"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby="import-parties-hint"
        @change=${(e: Event) => void parties.importFiles(e)}
      />
      <p class="hint" id="import-parties-hint">
        ${msg('Velg alle filene partene har eksportert på én gang. Hver part blir lagt til ved siden av de andre; ingenting blir overskrevet.')}
      </p>
    </div>
  `;
}

/** Above the step: the share link that was opened, and what the last merge did. */
export function renderPartyNotices(parties: PartiesController, locked: boolean): TemplateResult {
  const offer = parties.offer;
  const report = parties.mergeReport;
  const instrument = parties.instrument;
  return html`
    ${
      offer
        ? html`<div part="notice" class="offer shared-offer" role="group" aria-labelledby="shared-text">
            <p id="shared-text">
              ${msg(
                str`Lenken dere åpnet har med seg svarene fra ${offer.response.party ?? (offer.response.label || msg('en part'))}, sist endret ${formatDate(offer.response.updatedAt)}, med ${scoreResponse(instrument, offer.response).completeness.answered} av ${scoreResponse(instrument, offer.response).completeness.total} utsagn besvart.`,
              )}
              ${msg('Svarene er bare lest fra lenken i denne nettleseren; ingenting er sendt noe sted, og ingenting er lagret ennå.')}
            </p>
            <div class="buttons">
              ${
                locked
                  ? nothing
                  : html`<button part="button primary" class="primary" id="shared-merge" @click=${() => parties.acceptOffer()}>
                      ${msg('Klar til å slå sammen: legg til som part')}
                    </button>`
              }
              <button part="button" @click=${() => parties.declineOffer()}>${msg('Ikke nå')}</button>
            </div>
          </div>`
        : nothing
    }
    ${
      report
        ? html`<div part="notice" class="merge-report" id="merge-report" tabindex="-1" role="status">
            <p>
              ${
                report.added.length
                  ? msg(str`Lagt til som parter: ${report.added.join(', ')}.`)
                  : msg('Ingen nye parter ble lagt til.')
              }
            </p>
            <ul>
              ${report.files.map(
                (file) =>
                  html`<li>
                    <span class="file-name">${file.name}</span>:
                    ${
                      file.problems.length
                        ? html`${msg('kunne ikke leses, og ingenting fra den er tatt med:')}
                            <ul>
                              ${file.problems.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
                            </ul>`
                        : msg('lest.')
                    }
                  </li>`,
              )}
            </ul>
            <button part="button" @click=${() => parties.dismissReport()}>${msg('Lukk meldingen')}</button>
          </div>`
        : nothing
    }
  `;
}
