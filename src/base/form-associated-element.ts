import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { SamskapingElement } from './samskaping-element.js';
import { getLocale } from '../i18n/locale.js';

/** What {@link FormAssociatedElement.formValidity} returns when the value is not acceptable. */
export interface FormInvalidity {
  flags: ValidityStateFlags;
  /** Shown by the browser on submit; localized. */
  message: string;
  /** Where the browser points its message (a focusable element in the shadow root). */
  anchor?: HTMLElement | undefined;
}

/**
 * The one form-associated base of the library's form elements (the scorecard, the
 * planner), after Web Awesome's and Shoelace's form controls: the element *is* a form
 * field through `ElementInternals`, so a CMS form submits its value, validates it, resets
 * it, disables it with a `<fieldset disabled>` and restores it on back/forward navigation.
 *
 * A subclass supplies four things:
 * - {@link formValueSource}: the object the value is made from (the response, the plan).
 *   The value is serialised again only when this changes identity — cheap on every update.
 * - {@link formValue}: that object as the submitted string (JSON).
 * - {@link formValidity}: `undefined` when valid, else flags and a localized message
 *   (`required` is the usual reason; it is declared here).
 * - {@link formReset} and {@link formRestore}: what a form reset and a browser state
 *   restore mean for this element.
 *
 * It gives: `name`, `required`, `readonly` (reflected attributes), `form`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`, and
 * `locked` (read-only, or disabled by its form) for the subclass to honour in render().
 * A subclass that overrides `updated()` must call `super.updated(changed)`.
 */
export abstract class FormAssociatedElement extends SamskapingElement {
  static formAssociated = true;

  /** Form field name: the element's value is submitted under it. */
  @property({ reflect: true }) name = '';

  /** In a form: the element is invalid (`valueMissing`) until its content is complete. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows the content for review; nothing can be changed, imported or deleted. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** True while a `<fieldset disabled>` or a disabled form disables the element. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals;
  private syncedSource: unknown = {};
  private syncedRequired: boolean | undefined;
  private syncedLocale: string | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The object the form value is made from; compared by identity. */
  protected abstract formValueSource(): unknown;
  /** The submitted value. */
  protected abstract formValue(): string;
  /** Why the value is not acceptable, or undefined. */
  protected abstract formValidity(): FormInvalidity | undefined;
  /** A form reset: back to the element's initial, empty state. */
  protected abstract formReset(): void;
  /** The browser restores a value it saved from {@link formValue} (back/forward, autocomplete). */
  protected abstract formRestore(state: string): void;

  /** Read-only, or disabled by the form: the element shows but does not change. */
  protected get locked(): boolean {
    return this.readonly || this.formDisabled;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.formReset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.formRestore(state);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormValue();
  }

  /**
   * Writes value and validity to the form when the source, `required` or the language
   * changed (the validation message is a sentence, so it is written again in the new one).
   */
  protected syncFormValue(): void {
    const source = this.formValueSource();
    const locale = getLocale();
    if (source === this.syncedSource && this.required === this.syncedRequired && locale === this.syncedLocale) return;
    this.syncedSource = source;
    this.syncedRequired = this.required;
    this.syncedLocale = locale;
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const invalid = this.formValidity();
    if (invalid) this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor);
    else this.internals.setValidity({});
  }
}
