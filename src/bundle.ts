/**
 * The one-file embed bundle: `<script type="module" src=".../samskaping-elements.bundle.js">`
 * defines every element, and exports the same API as the package for pages that import it.
 */
import './define.js';
export * from './index.js';
