/**
 * Above the step, once a group uses parties: the share link that was opened (read by the
 * {@link PartiesController}) and what the last merge of several files did.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeProblemForUser } from '../../i18n/problems.js';
import { scoreResponse } from '../../core/samson/scoring.js';
import { formatDate } from '../../i18n/number.js';
import type { PartiesController } from './party-controller.js';

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
                              ${file.problems.map((problem) => html`<li>${describeProblemForUser(problem, { instrument })}</li>`)}
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
