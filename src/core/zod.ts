/**
 * The one place the library imports zod. `zod/mini` parses exactly like `zod` at a
 * quarter of the bytes, and `jitless` must be set before the first object schema is
 * built: zod otherwise probes `new Function`, which a strict Content-Security-Policy
 * reports as a violation even though zod catches the error.
 *
 * Modules import it as a namespace (`import * as z from '../zod.js'`) and zod is re-exported
 * with `export *`, never as the `z` object: esbuild (Angular's and Vite's optimiser) can drop
 * the unused parts of a namespace import, but keeps all of an object that is passed on
 * (`export { z }` cost 64 locale modules, 79 KB gzip, there; rollup shakes either form).
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
