/**
 * One labelled single-line text input, built the way every text input of the scorecard is: no
 * autocomplete, a length limit, the value kept live (an edit made elsewhere shows at once) and
 * each keystroke handed on. The caller wraps it (a hint, a datalist, a form).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface TextInput {
  id: string;
  label: string;
  value: string;
  maxlength: number;
  input(value: string): void;
  /** The value was committed (the field left, Enter). */
  change?(): void;
  readonly?: boolean;
  /** The id of a `<datalist>` of suggestions. */
  list?: string;
  /** The id of the hint under the input. */
  describedBy?: string;
  required?: boolean;
}

export function renderTextInput(field: TextInput): TemplateResult {
  return html`<label for=${field.id}>${field.label}</label>
    <input
      id=${field.id}
      type="text"
      autocomplete="off"
      maxlength=${field.maxlength}
      list=${field.list ?? nothing}
      aria-describedby=${field.describedBy ?? nothing}
      ?required=${field.required ?? false}
      ?readonly=${field.readonly ?? false}
      .value=${live(field.value)}
      @input=${(e: Event) => field.input((e.target as HTMLInputElement).value)}
      @change=${() => field.change?.()}
    />`;
}
