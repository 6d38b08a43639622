import { css } from 'lit';

/** Hidden on screen, still read by screen readers: for rules (e.g. in a container query) that cannot use the class. */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

/**
 * Design tokens and base rules shared by every element. Tokens are CSS custom properties
 * prefixed `--se-`; a page themes all elements at once by setting them on any ancestor.
 * Nothing here reaches outside the element's shadow root.
 *
 * Colour scheme: the elements follow the `color-scheme` the host page declares (it inherits
 * into them, like on any other element): a page that declares nothing, or `light`, keeps them
 * light even when the OS is dark; `color-scheme: light dark` on the page lets them follow the
 * OS. A page forces one with the attribute `color-scheme="light"` / `"dark"` on an element, or
 * by setting the CSS property `color-scheme` on it. Every default colour is a `light-dark()` pair.
 *
 * Text is hyphenated in the content's language (the `lang` the element inherits or is given);
 * wrap a number with its unit in `.nowrap` (or use a no-break space) so "150 000 kr" stays whole.
 *
 * @cssprop [--se-font-family=system-ui, sans-serif] - Text font.
 * @cssprop [--se-font-size=1rem] - Base text size; everything scales from it.
 * @cssprop [--se-color-text=#1b1f24] - Body text.
 * @cssprop [--se-color-text-muted=#4a5560] - Secondary text (still ≥ 4.5:1 on the background).
 * @cssprop [--se-color-background=#ffffff] - Element background.
 * @cssprop [--se-color-surface=#f3f5f7] - Panels and cards.
 * @cssprop [--se-color-border=#8a96a3] - Borders and dividers.
 * @cssprop [--se-color-accent=#1f5fa8] - Buttons, links, the score line.
 * @cssprop [--se-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--se-color-importance=#9aa3ad] - The grey importance layer.
 * @cssprop [--se-color-danger=#b3261e] - Errors.
 * @cssprop [--se-color-success=#1e7b34] - Progress towards a target.
 * @cssprop [--se-color-focus=#1f5fa8] - Focus ring colour (the same as `--se-focus-ring-color`; either works).
 * @cssprop [--se-focus-ring-color=#1f5fa8] - Focus ring colour.
 * @cssprop [--se-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--se-focus-ring-offset=2px] - Gap between an element and its focus ring.
 * @cssprop [--se-focus-ring=3px solid #1f5fa8] - The whole focus ring as an `outline` value (`2px dashed hotpink`); overrides colour and width.
 * @cssprop [--se-radius=0.375rem] - Corner radius.
 * @cssprop [--se-space=1rem] - Base spacing unit.
 */
export const sharedStyles = css`
  :host {
    --_font: var(--se-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--se-color-text, light-dark(#1b1f24, #e8ecf0));
    --_muted: var(--se-color-text-muted, light-dark(#4a5560, #b4bec8));
    --_bg: var(--se-color-background, light-dark(#ffffff, #15191e));
    --_surface: var(--se-color-surface, light-dark(#f3f5f7, #20262d));
    --_border: var(--se-color-border, light-dark(#8a96a3, #6b7784));
    --_accent: var(--se-color-accent, light-dark(#1f5fa8, #7db3f0));
    --_on-accent: var(--se-color-accent-contrast, light-dark(#ffffff, #0b1a2b));
    --_importance: var(--se-color-importance, light-dark(#9aa3ad, #5d6873));
    --_danger: var(--se-color-danger, light-dark(#b3261e, #ff8a80));
    --_success: var(--se-color-success, light-dark(#1e7b34, #7fd08f));
    --_focus: var(--se-focus-ring-color, var(--se-color-focus, light-dark(#1f5fa8, #7db3f0)));
    --_focus-ring: var(--se-focus-ring, var(--se-focus-ring-width, 3px) solid var(--_focus));
    --_focus-offset: var(--se-focus-ring-offset, 2px);
    --_radius: var(--se-radius, 0.375rem);
    --_space: var(--se-space, 1rem);
    display: block;
    box-sizing: border-box;
    /* No color-scheme here: the page's declaration inherits, so light-dark() follows the page. */
    font-family: var(--_font);
    font-size: var(--se-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    overflow-wrap: break-word;
    hyphens: auto;
    -webkit-hyphens: auto;
    hyphenate-limit-chars: 10 4 4;
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  :host([color-scheme='dark']) {
    color-scheme: dark;
  }

  :host([color-scheme='light dark']),
  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }

  /* Numbers, dates and amounts with their unit stay on one line. */
  .nowrap,
  data,
  time {
    white-space: nowrap;
    hyphens: none;
  }

  input,
  textarea,
  select,
  code {
    hyphens: manual;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  button,
  .file-picker .file-button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    padding: 0.4em 0.9em;
    background: var(--_bg);
    color: var(--_accent);
    min-height: 2.5rem;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .visually-hidden {
    ${visuallyHidden}
  }

  /* src/base/file-picker.ts: the input is the control, its label is what is seen. */
  .file-picker {
    display: inline-block;
    position: relative;
    max-inline-size: 100%;
  }

  .file-picker .file-input {
    ${visuallyHidden}
  }

  .file-picker .file-button {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }

  .file-input:focus-visible + .file-button {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  [role='alert'],
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    color: var(--_text);
    background: var(--_surface);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button,
    .file-picker,
    .no-print {
      display: none !important;
    }
  }
`;
