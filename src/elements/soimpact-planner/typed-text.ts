/**
 * A field's message, as a function so it is said again in the page's language after a
 * live language switch (the sentence is made in `render()`, not when the user typed).
 */
export type Message = () => string;

/**
 * What the user typed, field by field, also where it is not (yet) valid or not yet added
 * to the plan, and the message each field shows. Keys are the fields' own names
 * (`plan.title`, `ind.<id>.target.value`, `new.m.<id>.date`); they are never parsed back.
 * Every change asks the host to render again.
 */
export class TypedText {
  private readonly texts = new Map<string, string>();
  private readonly messages = new Map<string, Message>();

  /** `onTyped` hears every change of text (not of messages, clearing or loading): the draft saves it. */
  constructor(
    private readonly host: { requestUpdate(): void },
    private readonly onTyped: () => void = () => undefined,
  ) {}

  text(key: string): string | undefined {
    return this.texts.get(key);
  }

  message(key: string): Message | undefined {
    return this.messages.get(key);
  }

  hasMessage(key: string): boolean {
    return this.messages.has(key);
  }

  setText(key: string, text: string | undefined): void {
    if (text === undefined) this.texts.delete(key);
    else this.texts.set(key, text);
    this.host.requestUpdate();
    this.onTyped();
  }

  setMessage(key: string, message: Message | undefined): void {
    if (message === undefined && !this.messages.has(key)) return;
    if (message === undefined) this.messages.delete(key);
    else this.messages.set(key, message);
    this.host.requestUpdate();
  }

  /** Forgets text and messages of every key that starts with `prefix`. */
  clear(prefix = ''): void {
    for (const key of [...this.texts.keys()]) if (key.startsWith(prefix)) this.texts.delete(key);
    for (const key of [...this.messages.keys()]) if (key.startsWith(prefix)) this.messages.delete(key);
    this.host.requestUpdate();
  }

  /** Everything typed, for a draft. */
  entries(): Array<[string, string]> {
    return [...this.texts];
  }

  /** Puts back what a draft kept, over what is there. */
  load(entries: Iterable<readonly [string, string]>): void {
    for (const [key, text] of entries) this.texts.set(key, text);
    this.host.requestUpdate();
  }

  get size(): number {
    return this.texts.size;
  }
}
