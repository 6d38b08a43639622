/**
 * A browser cuts a paste to a field's `maxlength` without a word: the end of a long text is
 * simply not there. This controller hears every paste into the element's fields (one listener
 * on the host; the field is the event's first target) and notes the fields whose paste did not
 * fit, so a template can say so under the field. The field keeps what fit; the rest is still
 * where it was copied from.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { problemText } from '../i18n/problems.js';

type Host = ReactiveControllerHost & HTMLElement;

export class CutPastes implements ReactiveController {
  /** Field id → its `maxlength`, for the fields whose last paste was cut. */
  private readonly cut = new Map<string, number>();

  private readonly onPaste = (event: ClipboardEvent): void => {
    const field = event.composedPath()[0];
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) || !field.id || field.maxLength < 0) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    // What the field will count: a textarea counts a line break as one character, an input drops them.
    const pasted = field instanceof HTMLTextAreaElement ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, '');
    const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const over = field.value.length - replaced + pasted.length > field.maxLength;
    if (over === this.cut.has(field.id)) return;
    if (over) this.cut.set(field.id, field.maxLength);
    else this.cut.delete(field.id);
    this.host.requestUpdate();
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('paste', this.onPaste);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('paste', this.onPaste);
  }

  /**
   * The note for field `id` while a paste into it was cut and the field is still full
   * (`length`, its text now): once the text is shortened, the note goes.
   */
  note(id: string, length: number): string | undefined {
    const maximum = this.cut.get(id);
    if (maximum === undefined || length < maximum) return undefined;
    return problemText({ code: 'too-big', path: [], maximum, of: 'text' });
  }
}
