import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A file picker that speaks the element's language. A native `<input type="file">` writes
 * «Choose File / No file chosen» in the browser's language, which is not the page's: a
 * Danish page in an English browser mixed both. Here the input stays the control (keyboard,
 * screen readers, the browser's dialog) but is visually hidden, and its label is drawn as
 * the button, in the element's words. A file dropped on the button is picked as if chosen.
 */
export interface FilePickerOptions {
  /** The input's id: tests and labels find it by this. */
  id: string;
  /** What the button says, e.g. «Importer svar fra fil (JSON)». */
  label: string;
  accept: string;
  multiple?: boolean;
  /** Id of a hint in the same shadow root that says more (e.g. the columns a CSV needs). */
  describedBy?: string;
  onChange: (event: Event) => void;
}

export function filePicker(options: FilePickerOptions): TemplateResult {
  return html`<span class="file-picker">
    <input
      id=${options.id}
      class="file-input"
      type="file"
      accept=${options.accept}
      ?multiple=${options.multiple ?? false}
      aria-describedby=${ifDefined(options.describedBy)}
      @change=${options.onChange}
    />
    <label
      for=${options.id}
      part="button file-button"
      class="file-button"
      @dragover=${allowDrop}
      @drop=${(event: DragEvent) => pickDropped(event, options.multiple ?? false)}
      >${options.label}</label
    >
  </span>`;
}

function allowDrop(event: DragEvent): void {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
}

/** The dropped files become the input's, and the element hears `change` as from the dialog. */
function pickDropped(event: DragEvent, multiple: boolean): void {
  const files = event.dataTransfer?.files;
  const input = (event.currentTarget as HTMLLabelElement).control;
  if (!files?.length || !(input instanceof HTMLInputElement)) return;
  event.preventDefault();
  if (!multiple && files.length > 1) {
    const one = new DataTransfer();
    one.items.add(files[0]!);
    input.files = one.files;
  } else input.files = files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
