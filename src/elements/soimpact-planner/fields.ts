import { html, nothing, type TemplateResult } from 'lit';
import { problemText } from '../../i18n/problems.js';
import type { Message, TypedText } from './typed-text.js';
import { formatPlanDate } from '../soimpact-chain/format.js';

/** How a field renders: editable (false), read-only (true), or its value as text for the printed plan ('print'). */
export type FieldLock = boolean | 'print';

/** A field, or nothing: on paper an empty field is left out (the step says «Ikke fylt ut» when all of it is empty). */
export type FieldResult = TemplateResult | typeof nothing;

/**
 * What a field does with what was typed: commits it when it is valid and returns null,
 * returns the message to show when it cannot, or undefined when it set the messages
 * itself (a baseline's value and date are checked together).
 */
export type Apply = (text: string) => Message | null | undefined;

export interface FieldSpec {
  /** The field's name in its `TypedText`; also gives the element id (`f-<key>`). */
  key: string;
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'date' | 'select';
  /** What the plan holds; shown until the user types something else. */
  value: string;
  /** From the schema: a field never takes more than the plan may keep. */
  maxLength?: number;
  required?: boolean;
  /** Shown after a number field and read with it (the unit). */
  hint?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
  apply: Apply;
  /** Enter in the field does what the group's add button does, as a form's submit would. */
  onEnter?: () => void;
  /** False: left out on paper, where the heading above the field says it already. */
  printed?: false;
}

/** The id of a field's element; a key's dots and other characters become underscores. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^a-zA-Z0-9-]/g, '_')}`;
}

/** Keeps what was typed, commits it through `apply`, and shows or clears the field's message. */
export function inputInto(store: TypedText, key: string, text: string, apply: Apply): void {
  store.setText(key, text);
  const message = apply(text);
  if (message !== undefined) store.setMessage(key, message ?? undefined);
}

/**
 * The one field renderer: a label, the control, a unit hint and the field's message,
 * wired for screen readers (`aria-invalid`, `aria-describedby`). What the user typed stays
 * in the control while it is invalid.
 */
export function renderField(store: TypedText, readonly: FieldLock, spec: FieldSpec): FieldResult {
  const { key, kind } = spec;
  if (readonly === 'print') return spec.printed === false ? nothing : renderPrinted(spec, store.text(key) ?? spec.value);
  const id = fieldId(key);
  const message = store.message(key);
  const hintId = spec.hint === undefined ? undefined : `${id}-unit`;
  const describedBy = [hintId, message ? `${id}-error` : undefined].filter(Boolean).join(' ') || nothing;
  const invalid = message ? 'true' : 'false';
  let current = store.text(key) ?? spec.value;
  if (kind === 'date' && store.text(key) === undefined) current = current.slice(0, 10);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    const maximum = spec.maxLength;
    // `maxlength` stops typing, not a script or a paste in every browser: the plan never takes more than its schema allows.
    if (maximum !== undefined && text.length > maximum) {
      store.setText(key, text);
      store.setMessage(key, () => problemText({ code: 'too-big', path: [], maximum, of: 'text' }));
      return;
    }
    inputInto(store, key, text, spec.apply);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !spec.onEnter) return;
    event.preventDefault();
    spec.onEnter();
  };
  let control: TemplateResult;
  switch (kind) {
    case 'textarea':
      control = html`<textarea
        id=${id}
        rows="4"
        maxlength=${spec.maxLength ?? nothing}
        .value=${current}
        ?readonly=${readonly}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
      ></textarea>`;
      break;
    case 'select':
      control = html`<select
        id=${id}
        ?disabled=${readonly}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @change=${onInput}
      >
        ${(spec.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`)}
      </select>`;
      break;
    default:
      control = html`<input
        id=${id}
        type=${kind === 'date' ? 'date' : 'text'}
        inputmode=${kind === 'number' ? 'decimal' : nothing}
        autocomplete=${kind === 'number' ? 'off' : nothing}
        maxlength=${spec.maxLength ?? nothing}
        .value=${current}
        ?readonly=${readonly}
        ?required=${spec.required ?? false}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
        @keydown=${onKeydown}
      />`;
  }
  return html`
    <div class="field">
      <label for=${id}>${spec.label}</label>
      ${control} ${hintId ? html`<span class="unit" id=${hintId}>${spec.hint}</span>` : nothing}
      ${message ? html`<p class="field-error" id=${`${id}-error`}>${message()}</p>` : nothing}
    </div>
  `;
}

/**
 * A field on paper: its label and what it holds (what the user typed, as text), never a
 * control that clips it. An empty field is left out: a board reads the plan, not its form.
 */
function renderPrinted(spec: FieldSpec, current: string): FieldResult {
  if (!current.trim()) return nothing;
  let text = current;
  if (spec.kind === 'select') text = spec.options?.find((option) => option.value === current)?.label ?? current;
  if (spec.kind === 'date') text = formatPlanDate(text);
  if (spec.hint) text = `${text} ${spec.hint}`;
  return html`<div class="field printed">
    <p class="label">${spec.label}</p>
    <p class="value">${text}</p>
  </div>`;
}
