/**
 * The one place the library imports zod. `zod/mini` parses exactly like `zod` at a
 * quarter of the bytes, and `jitless` must be set before the first object schema is
 * built: zod otherwise probes `new Function`, which a strict Content-Security-Policy
 * reports as a violation even though zod catches the error.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
