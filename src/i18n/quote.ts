import { msg, str } from '@lit/localize';

/**
 * A name as the current language quotes it: «…» in Norwegian and Danish, “…” in English. For
 * a name put into a sentence by code rather than written inside the sentence's own message.
 */
export const quoted = (name: string): string => msg(str`«${name}»`);
