/**
 * The shared part of what a form element says about its draft: the versions the
 * {@link DraftController} kept aside (a newer format, another tab's or element's save),
 * each with a download and — when it can be used here — a "use this one instead".
 * Rendered inside the element's notices; the wording is the same for every element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DraftController, KeptDraft } from './draft-controller.js';
import { downloadText } from './file.js';
import { type Problem } from '../core/problems.js';
import { describeProblemForUser } from '../i18n/problems.js';

export interface KeptDraftActions<T> {
  /** The element's shadow root: downloads are created there, never in the page. */
  root: ShadowRoot;
  /** Read-only or disabled: no "use this one". */
  locked: boolean;
  /** The user chose the kept version: the element takes `value` as its own (and saves it). */
  use: (value: T) => void;
}

/**
 * One notice per kept version, `part="notice"`, class `kept`; its buttons have the classes
 * `download-kept`, `use-kept` and `dismiss-kept` (the shared behaviour tests use them).
 */
export function renderKeptDrafts<T>(draft: DraftController<T>, actions: KeptDraftActions<T>): TemplateResult | typeof nothing {
  if (!draft.kept.length) return nothing;
  const use = (kept: KeptDraft<T>) => {
    const value = draft.useKept(kept);
    if (value !== undefined) actions.use(value);
  };
  return html`${draft.kept.map(
    (kept) => html`
      <div part="notice" class="offer kept" role="group" aria-label=${msg('Lagret arbeid som er lagt til side')}>
        <p>
          ${
            kept.reason === 'newer-format'
              ? msg(
                  'Det som er lagret på denne enheten, er laget av en nyere versjon av samskaping-elements. Det er lagt til side urørt: last det ned og åpne det med den nyere versjonen. Her starter dere på nytt.',
                )
              : msg(
                  'Det samme lagrede arbeidet er også endret i en annen fane eller et annet skjema på siden. Begge versjonene er tatt vare på: det dere ser her, lagres som før, og den andre versjonen kan dere laste ned eller bruke i stedet.',
                )
          }
        </p>
        <div class="buttons">
          <button part="button" class="download-kept" @click=${() => downloadText(actions.root, kept.text, kept.fileName)}>
            ${kept.reason === 'newer-format' ? msg('Last ned det som er lagret') : msg('Last ned den andre versjonen')}
          </button>
          ${
            kept.value !== undefined && !actions.locked
              ? html`<button part="button" class="use-kept" @click=${() => use(kept)}>${msg('Bruk den andre versjonen')}</button>`
              : nothing
          }
          <button part="button" class="dismiss-kept" @click=${() => draft.dismissKept(kept)}>${msg('Lukk meldingen')}</button>
        </div>
      </div>
    `,
  )}`;
}

/** After a partial restore: what could not be read and was left out (class `dropped`). */
export function renderDroppedParts(dropped: readonly Problem[]): TemplateResult | typeof nothing {
  if (!dropped.length) return nothing;
  return html`<span class="dropped"
    >${msg('Noen deler kunne ikke leses og er utelatt; alt annet er hentet fram:')}
    <ul>
      ${dropped.map((problem) => html`<li>${describeProblemForUser(problem)}</li>`)}
    </ul></span
  >`;
}
