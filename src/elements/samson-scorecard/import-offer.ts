/**
 * Importing a response file: read and validate it, then offer the group a choice instead of
 * replacing their answers at once — continue with the file, start a new round from it
 * (weights kept, answers empty), or cancel. A later "add as a party" choice is one more
 * entry in {@link ImportChoice} and one more button here.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Problem, Result } from '../../core/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import { parseResponse, type Response } from '../../core/samson/response.js';
import { scoreResponse } from '../../core/samson/scoring.js';
import { nextRound } from '../../core/samson/report.js';
import { readText } from '../../base/file.js';
import { formatDate } from '../../i18n/number.js';

export type ImportChoice = 'continue' | 'round' | 'cancel';

/** The picked file as a response to `instrument`, or the problems that refuse it. */
export async function readImport(file: Blob, instrument: Instrument): Promise<Result<Response>> {
  const text = await readText(file);
  if (text === undefined) return { ok: false, problems: [{ code: 'invalid', path: [] } satisfies Problem] };
  return parseResponse(text, instrument);
}

/** What a choice makes of the imported response (undefined: nothing changes). */
export function importedResponse(choice: ImportChoice, imported: Response, instrument: Instrument): Response | undefined {
  if (choice === 'cancel') return undefined;
  return choice === 'continue' ? imported : nextRound(imported, instrument);
}

export function renderImportOffer(
  instrument: Instrument,
  imported: Response,
  choose: (choice: ImportChoice) => void,
): TemplateResult {
  const { answered, total } = scoreResponse(instrument, imported).completeness;
  const date = formatDate(imported.updatedAt);
  return html`
    <div part="notice" class="offer" role="group" aria-labelledby="offer-text">
      <p id="offer-text">
        ${
          imported.label
            ? msg(
                str`Filen inneholder svarene «${imported.label}», sist endret ${date}, med ${answered} av ${total} utsagn besvart.`,
              )
            : msg(str`Filen inneholder svar sist endret ${date}, med ${answered} av ${total} utsagn besvart.`)
        }
      </p>
      <ul class="offer-choices">
        <li>${msg('Fortsett: svarene i filen erstatter svarene på skjermen.')}</li>
        <li>${msg('Ny runde: vektingen beholdes, men dere starter med tomme svar, ingen ideer og nye datoer.')}</li>
      </ul>
      <div class="buttons">
        <button part="button primary" class="primary" id="offer-continue" @click=${() => choose('continue')}>
          ${msg('Fortsett med svarene fra filen')}
        </button>
        <button part="button" @click=${() => choose('round')}>${msg('Start en ny runde fra filen')}</button>
        <button part="button" @click=${() => choose('cancel')}>${msg('Avbryt importen')}</button>
      </div>
    </div>
  `;
}

export interface ImportFlowOptions {
  instrument(): Instrument;
  /** The file was refused: show and dispatch its problems. */
  refused(problems: Problem[]): void;
  /** A file was read: clear an earlier import error. */
  read(): void;
  /** Where focus goes next (a selector in the element's shadow root). */
  focus(selector: string): void;
  /** The group chose: `next` becomes the response. */
  take(next: Response, choice: Exclude<ImportChoice, 'cancel'>): void;
}

/** The import's state: the file read and waiting for the group's choice. */
export class ImportFlow {
  pending: Response | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ImportFlowOptions,
  ) {}

  /** The file input's `change`. */
  async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = await readImport(file, this.options.instrument());
    input.value = '';
    this.pending = parsed.ok ? parsed.value : undefined;
    this.host.requestUpdate();
    if (!parsed.ok) {
      this.options.refused(parsed.problems);
      return;
    }
    this.options.read();
    this.options.focus('#offer-continue');
  }

  choose(choice: ImportChoice): void {
    const imported = this.pending;
    this.pending = undefined;
    this.host.requestUpdate();
    const next = imported && importedResponse(choice, imported, this.options.instrument());
    if (!next || choice === 'cancel') this.options.focus('#import-file');
    else this.options.take(next, choice);
  }

  render(): TemplateResult | typeof nothing {
    return this.pending ? renderImportOffer(this.options.instrument(), this.pending, (choice) => this.choose(choice)) : nothing;
  }
}
