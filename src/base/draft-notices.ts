/**
 * The shared part of what a form element says about its draft: the versions the
 * {@link DraftController} kept aside (a newer format, another tab's or element's save),
 * each with a download and — when it can be used here — a "use this one instead"; those
 * kept by an earlier visit also with a "discard" the user confirms first.
 * Rendered inside the element's notices; the wording is the same for every element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DraftController, KeptDraft } from './draft-controller.js';
import { downloadText } from './file.js';
import { type Problem } from '../core/problems.js';
import { describeProblemForUser } from '../i18n/problems.js';
import { dateTimeFormat } from '../i18n/number.js';

export interface KeptDraftActions<T> {
  /** The element's shadow root: downloads are created there, never in the page. */
  root: ShadowRoot;
  /** Read-only or disabled: no "use this one". */
  locked: boolean;
  /** The user chose the kept version: the element takes `value` as its own (and saves it). */
  use: (value: T) => void;
}

/** What the notice says about one kept version. */
function keptText<T>(kept: KeptDraft<T>): string {
  const when = kept.keptAt ? dateTimeFormat({ dateStyle: 'long', timeStyle: 'short' }).format(new Date(kept.keptAt)) : '';
  if (kept.reason === 'newer-format') {
    return kept.origin === 'earlier'
      ? msg(
          'Det som ble lagret på denne enheten av en nyere versjon av samskaping-elements, er fortsatt lagt til side urørt: last det ned og åpne det med den nyere versjonen.',
        )
      : msg(
          'Det som er lagret på denne enheten, er laget av en nyere versjon av samskaping-elements. Det er lagt til side urørt: last det ned og åpne det med den nyere versjonen. Her starter dere på nytt.',
        );
  }
  switch (kept.origin) {
    case 'earlier':
      return when
        ? msg(
            str`En annen versjon av dette arbeidet ble tatt vare på ${when}, da to endringer av det samme lagrede arbeidet møttes. Dere kan åpne den i stedet (det dere ser her, tas da vare på), laste den ned eller forkaste den.`,
          )
        : msg(
            'En annen versjon av dette arbeidet ble tatt vare på da to endringer av det samme lagrede arbeidet møttes. Dere kan åpne den i stedet (det dere ser her, tas da vare på), laste den ned eller forkaste den.',
          );
    case 'replaced':
      return msg(
        'Versjonen dere hadde før byttet, er tatt vare på. Dere kan bytte tilbake til den, laste den ned eller forkaste den.',
      );
    default:
      return msg(
        'Det samme lagrede arbeidet er også endret i en annen fane eller et annet skjema på siden. Begge versjonene er tatt vare på: det dere ser her, lagres som før, og den andre versjonen kan dere laste ned eller bruke i stedet.',
      );
  }
}

/** Moves focus after the element has rendered (the button pressed may be gone). */
function focusAfterUpdate(root: ShadowRoot, selector: string): void {
  const host = root.host as HTMLElement & { updateComplete?: Promise<unknown> };
  void Promise.resolve(host.updateComplete).then(() => root.querySelector<HTMLElement>(selector)?.focus());
}

/**
 * One notice per kept version, `part="notice"`, class `kept`; its buttons have the classes
 * `download-kept`, `use-kept`, `discard-kept` (then `confirm-discard-kept` and
 * `cancel-discard-kept`) and `dismiss-kept` (the shared behaviour tests use them).
 * Versions an earlier visit kept are offered the same way (the controller reads them back).
 */
export function renderKeptDrafts<T>(draft: DraftController<T>, actions: KeptDraftActions<T>): TemplateResult | typeof nothing {
  if (!draft.kept.length) return nothing;
  const { root } = actions;
  const use = (kept: KeptDraft<T>) => {
    const value = draft.useKept(kept);
    if (value === undefined) return;
    actions.use(value);
    // The version set aside is offered last, with its "switch back".
    focusAfterUpdate(root, `.kept[data-kept="${draft.id}-${draft.kept.length - 1}"] .use-kept`);
  };
  const ask = (kept: KeptDraft<T>, id: string) => {
    draft.askDiscard(kept);
    focusAfterUpdate(root, `.kept[data-kept="${id}"] .cancel-discard-kept`);
  };
  const cancel = (id: string) => {
    draft.askDiscard(undefined);
    focusAfterUpdate(root, `.kept[data-kept="${id}"] .discard-kept`);
  };
  const discard = (kept: KeptDraft<T>) => {
    if (draft.discardKept(kept)) focusAfterUpdate(root, '.kept button');
  };
  return html`${draft.kept.map((kept, index) => {
    const confirming = draft.confirmingDiscard === kept;
    const id = `${draft.id}-${index}`;
    return html`
      <div part="notice" class="offer kept" data-kept=${id} role="group" aria-label=${msg('Lagret arbeid som er lagt til side')}>
        <p>${keptText(kept)}</p>
        ${
          confirming
            ? html`<div class="confirm" role="group" aria-labelledby=${`confirm-discard-${id}`}>
                <p id=${`confirm-discard-${id}`}>
                  ${msg('Forkaste den andre versjonen? Den slettes fra denne enheten og kan ikke hentes tilbake.')}
                </p>
                <div class="buttons">
                  <button part="button danger" type="button" class="danger confirm-discard-kept" @click=${() => discard(kept)}>
                    ${msg('Ja, forkast den')}
                  </button>
                  <button part="button" type="button" class="cancel-discard-kept" @click=${() => cancel(id)}>
                    ${msg('Avbryt')}
                  </button>
                </div>
              </div>`
            : html`<div class="buttons">
                <button
                  part="button"
                  type="button"
                  class="download-kept"
                  @click=${() => downloadText(root, kept.text, kept.fileName)}
                >
                  ${kept.reason === 'newer-format' ? msg('Last ned det som er lagret') : msg('Last ned den andre versjonen')}
                </button>
                ${
                  kept.value !== undefined && !actions.locked
                    ? html`<button part="button" type="button" class="use-kept" @click=${() => use(kept)}>
                        ${kept.origin === 'replaced' ? msg('Bytt tilbake til denne versjonen') : msg('Bruk den andre versjonen')}
                      </button>`
                    : nothing
                }
                ${
                  kept.storedAs && !actions.locked
                    ? html`<button part="button" type="button" class="discard-kept" @click=${() => ask(kept, id)}>
                        ${msg('Forkast den andre versjonen')}
                      </button>`
                    : nothing
                }
                <button part="button" type="button" class="dismiss-kept" @click=${() => draft.dismissKept(kept)}>
                  ${msg('Lukk meldingen')}
                </button>
              </div>`
        }
      </div>
    `;
  })}`;
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
