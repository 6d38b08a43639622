import { LitElement } from 'lit';
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
