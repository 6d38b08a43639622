/**
 * The CDN autoloader: one small `<script type="module" src=".../cdn/autoloader.js">` that
 * loads each element's code only when its tag appears on the page (now or later, as a CMS
 * adds blocks), from the per-element bundles next to it. The table of elements and the
 * discovery are src/element-loader.ts, shared with the one-file bundle.
 */
import { autoload } from './element-loader.js';

autoload();

export { discover, loadElement, type LibraryElements, type LibraryTag } from './element-loader.js';
