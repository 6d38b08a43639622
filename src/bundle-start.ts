/**
 * The one-file bundle's first statement: start discovering the library's tags. `src/bundle.ts`
 * imports this module before the API, so in the bundle it runs before the core, zod and the
 * locale runtime are evaluated, and an element's chunk is already on its way while they are.
 * (An `autoload()` in bundle.ts itself would run only after every module it re-exports.)
 */
import { autoload } from './element-loader.js';

autoload();
