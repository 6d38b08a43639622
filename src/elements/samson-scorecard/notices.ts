/**
 * The scorecard's messages above the step: refused input (problems kept as data and
 * described here, at render time, so they follow a live language switch), the draft's
 * notice and the versions the draft controller kept aside.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { type Problem } from '../../core/problems.js';
import { describeProblemForUser } from '../../i18n/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import type { DraftController } from '../../base/draft-controller.js';
import { renderDroppedParts, renderKeptDrafts } from '../../base/draft-notices.js';
import type { Response } from '../../core/samson/response.js';
import { formatDate } from '../../i18n/number.js';

/** What was refused: an instrument, an imported file, a response, or an argument to a method. */
export type ErrorKind = 'instrument' | 'import' | 'response' | 'argument' | 'link';

export interface NoticesView {
  errors: Partial<Record<ErrorKind, Problem[]>>;
  /** What a kind's problems are about, when not the instrument in use (a refused instrument as it was given). */
  errorDocuments: Partial<Record<ErrorKind, unknown>>;
  /** The instrument in use: names the statements and values a refused response's problems are about. */
  instrument: Instrument;
  clearError(kind: ErrorKind): void;
  draft: DraftController<Response>;
  restoredAt: string | undefined;
  root: ShadowRoot;
  locked: boolean;
  useDraft(value: Response): void;
}

function errorHeading(kind: ErrorKind): string {
  switch (kind) {
    case 'instrument':
      return msg('Spørreskjemaet kunne ikke brukes. Vi fortsetter med det forrige, og ingen svar er endret.');
    case 'import':
      return msg('Filen kunne ikke importeres. Svarene dere har, er ikke endret.');
    case 'response':
      return msg('Svarene kunne ikke brukes. Svarene dere har, er ikke endret.');
    case 'argument':
      return msg('Siden ba om noe skjemaet ikke kan gjøre. Ingenting er endret.');
    case 'link':
      return msg('Svarene i lenken kunne ikke leses. Svarene dere har, er ikke endret.');
  }
}

export function renderErrors(view: NoticesView): TemplateResult {
  const kinds = (Object.keys(view.errors) as ErrorKind[]).filter((kind) => view.errors[kind]);
  return html`${kinds.map(
    (kind) => html`
      <div part="error" class="error" role="alert">
        <p class="error-heading">${errorHeading(kind)}</p>
        <ul>
          ${view.errors[kind]!.map(
            // A refused instrument is not the one in use: its problems are placed by its own names (or by number, «felt 2»).
            (problem) =>
              html`<li>
                ${describeProblemForUser(
                  problem,
                  kind === 'instrument' ? { document: view.errorDocuments[kind] } : { instrument: view.instrument },
                )}
              </li>`,
          )}
        </ul>
        <button part="button" @click=${() => view.clearError(kind)}>${msg('Lukk meldingen')}</button>
      </div>
    `,
  )}`;
}

function draftNoticeText(view: NoticesView): TemplateResult | string | typeof nothing {
  const notice = view.draft.notice;
  switch (notice?.kind) {
    case 'blocked':
    case 'full':
      return msg(
        'Svarene kan ikke lagres i denne nettleseren (lagring er slått av eller full). Dere kan fortsette, men eksporter svarene til en fil før dere lukker siden.',
      );
    case 'unreadable':
      return msg(
        'De lagrede svarene på denne enheten kunne ikke leses. Dere starter med tomme svar, og nye svar lagres over de gamle.',
      );
    case 'deleted':
      return msg('De lagrede svarene er slettet fra denne enheten.');
    case 'restored':
      return html`${msg(str`Svarene fra ${formatDate(view.restoredAt ?? '')} er hentet fram igjen fra denne enheten.`)}
      ${renderDroppedParts(notice.dropped)}`;
    default:
      return nothing;
  }
}

export function renderDraftNotices(view: NoticesView): TemplateResult {
  return html`
    <div part="notice" class="notice ${view.draft.notice ? '' : 'empty'}" role="status">${draftNoticeText(view)}</div>
    ${renderKeptDrafts(view.draft, { root: view.root, locked: view.locked, use: (value) => view.useDraft(value) })}
  `;
}
