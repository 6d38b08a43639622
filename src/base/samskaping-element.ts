import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { followDocumentLanguage } from '../i18n/locale.js';
import { takeOverEarlyProperties } from './early-properties.js';

/**
 * What every element of the library shares: it re-renders when the language changes,
 * follows `<html lang>`, takes over properties set before it was defined, and dispatches
 * its events the one way the library does.
 */
export abstract class SamskapingElement extends LitElement {
  private tookOver = false;

  /**
   * The level of the element's top heading, 1–6 (default 2: the element sits in an article
   * under its `h1`). The headings below it follow: with `heading-level="3"` the step heading
   * is an `h3` and its sections `h4`. The look does not change.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    if (!this.tookOver) {
      this.tookOver = true;
      takeOverEarlyProperties(this, LitElement.prototype);
    }
    super.connectedCallback();
    followDocumentLanguage();
  }

  /**
   * Dispatches a `CustomEvent` that bubbles out of shadow roots. The detail must be a copy
   * the page may keep or change without touching the element's state.
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}
