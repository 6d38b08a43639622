/**
 * Export, import and "delete what is saved" (with its inline confirmation: never
 * `window.confirm`, which a CMS preview may block and a screen reader announces badly).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { filePicker } from '../../base/file-picker.js';

export interface ToolsHooks {
  locked(): boolean;
  autosave(): boolean;
  exportFile(): void;
  importFile(event: Event): void;
  /** The group confirmed «Ja, slett svarene». */
  deleteSaved(): void;
  /** Where focus goes after the next render (a selector in the shadow root). */
  focus(selector: string): void;
}

/** The tools with the state of their inline confirmation. */
export class ToolsController implements ReactiveController {
  private confirmingDelete = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ToolsHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(): TemplateResult {
    const { hooks } = this;
    return renderTools({
      locked: hooks.locked(),
      autosave: hooks.autosave(),
      confirmingDelete: this.confirmingDelete,
      exportFile: () => hooks.exportFile(),
      importFile: (event) => hooks.importFile(event),
      askDelete: () => this.confirm(true, '#confirm-cancel'),
      cancelDelete: () => this.confirm(false, '#delete-saved'),
      confirmDelete: () => {
        this.confirm(false);
        hooks.deleteSaved();
      },
    });
  }

  private confirm(asking: boolean, focus?: string): void {
    this.confirmingDelete = asking;
    if (focus) this.hooks.focus(focus);
    this.host.requestUpdate();
  }
}

export interface ToolsView {
  locked: boolean;
  autosave: boolean;
  confirmingDelete: boolean;
  exportFile(): void;
  importFile(event: Event): void;
  askDelete(): void;
  cancelDelete(): void;
  confirmDelete(): void;
}

export function renderTools(view: ToolsView): TemplateResult {
  return html`
    <div part="tools" class="tools no-print">
      <button part="button" @click=${() => view.exportFile()}>${msg('Eksporter svarene (JSON-fil)')}</button>
      ${
        view.locked
          ? nothing
          : filePicker({
              id: 'import-file',
              label: msg('Importer svar fra fil (JSON)'),
              accept: '.json,application/json',
              onChange: (e) => view.importFile(e),
            })
      }
      ${
        view.locked || !view.autosave
          ? nothing
          : view.confirmingDelete
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">
                  ${msg('Vil dere slette alle svar og ideer som er lagret på denne enheten? Det kan ikke angres.')}
                </p>
                <p>${msg('Vil dere ta vare på svarene, eksporter dem til en fil først.')}</p>
                <button part="button primary" class="primary" id="export-first" @click=${() => view.exportFile()}>
                  ${msg('Eksporter svarene først')}
                </button>
                <button part="button danger" class="danger" @click=${() => view.confirmDelete()}>
                  ${msg('Ja, slett svarene')}
                </button>
                <button part="button" id="confirm-cancel" @click=${() => view.cancelDelete()}>${msg('Avbryt')}</button>
              </div>`
            : html`<button part="button" id="delete-saved" @click=${() => view.askDelete()}>${msg('Slett lagrede svar')}</button>`
      }
    </div>
  `;
}
