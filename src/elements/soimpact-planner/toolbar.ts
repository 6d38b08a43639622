/** The planner's file toolbar: export, import and delete. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { filePicker } from '../../base/file-picker.js';

export interface ToolbarView {
  readonly: boolean;
  confirmingDelete: boolean;
  downloadJson(): void;
  downloadCsv(): void;
  importJson(event: Event): void;
  askDelete(): void;
  cancelDelete(): void;
  deletePlan(): void;
}

export function renderToolbar(view: ToolbarView): TemplateResult {
  return html`
    <div class="toolbar" part="toolbar" role="group" aria-label=${msg('Lagre og flytte planen')}>
      <button part="button" type="button" class="export-json" @click=${() => view.downloadJson()}>
        ${msg('Last ned planen (JSON)')}
      </button>
      <button part="button" type="button" class="export-csv" @click=${() => view.downloadCsv()}>
        ${msg('Last ned målingene (CSV)')}
      </button>
      ${
        view.readonly
          ? nothing
          : html`
              ${filePicker({
                id: 'import-json',
                label: msg('Åpne en plan (JSON)'),
                accept: '.json,application/json',
                onChange: (event) => view.importJson(event),
              })}
              ${
                view.confirmingDelete
                  ? html`<div class="confirm" role="group" aria-labelledby="confirm-delete-text">
                      <p id="confirm-delete-text">
                        ${msg('Slette planen fra denne nettleseren og begynne på nytt? Det kan ikke angres. Last ned planen først hvis du vil ta vare på den.')}
                      </p>
                      <button part="button danger" type="button" class="danger confirm-delete" @click=${() => view.deletePlan()}>
                        ${msg('Ja, slett planen')}
                      </button>
                      <button part="button" type="button" class="cancel-delete" @click=${() => view.cancelDelete()}>
                        ${msg('Avbryt')}
                      </button>
                    </div>`
                  : html`<button part="button" type="button" class="delete" @click=${() => view.askDelete()}>
                      ${msg('Slett planen')}
                    </button>`
              }
            `
      }
    </div>
  `;
}

/**
 * "Slett planen" asks first: the question takes the button's place and gets focus, and
 * focus goes back to the button when the user says no or the plan is deleted.
 */
export class DeleteConfirmation {
  confirming = false;

  constructor(
    private readonly host: { focusLater(selector: string): void },
    private readonly onConfirm: () => void,
  ) {}

  readonly ask = (): void => {
    this.confirming = true;
    this.host.focusLater('.confirm-delete');
  };

  readonly cancel = (): void => {
    this.confirming = false;
    this.host.focusLater('.delete');
  };

  readonly confirm = (): void => {
    this.confirming = false;
    this.onConfirm();
    this.host.focusLater('.delete');
  };
}
