import { css } from 'lit';

/**
 * The scorecard's layout follows its container, not the viewport: one column on a phone or
 * in a narrow CMS column, the jump list beside the step from about 56rem, and text that
 * grows a little on a projector-wide container.
 */
export const scorecardStyles = css`
  .base {
    container: scorecard / inline-size;
    max-width: var(--samson-scorecard-max-width, none);
  }

  .base > * {
    font-size: clamp(1rem, 0.9rem + 0.25cqi, 1.375rem);
  }

  :where(h2:not([data-depth]), [data-depth='0']),
  :where(h3:not([data-depth]), [data-depth='1']),
  :where(h4:not([data-depth]), [data-depth='2']) {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  :where(h2:not([data-depth]), [data-depth='0']) {
    font-size: 1.6em;
  }

  :where(h3:not([data-depth]), [data-depth='1']) {
    font-size: 1.25em;
    margin-top: calc(var(--_space) * 1.5);
  }

  :where(h4:not([data-depth]), [data-depth='2']) {
    font-size: 1.05em;
    margin-top: var(--_space);
  }

  :where(h2:not([data-depth]), [data-depth='0']):focus {
    outline: none;
  }

  :where(h2:not([data-depth]), [data-depth='0']):focus-visible {
    outline: var(--_focus-ring);
    outline-offset: calc(var(--_focus-offset) + 2px);
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.75);
    max-width: 70ch;
  }

  /* Header: title and progress */
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding-bottom: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .title {
    margin: 0;
    font-weight: 600;
  }

  .title .label {
    font-weight: 400;
    color: var(--_muted);
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
  }

  .progress .where {
    font-weight: 600;
    color: var(--_text);
  }

  progress {
    inline-size: 8rem;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }

  /* Layout */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  @container scorecard (min-width: 56rem) {
    .layout {
      grid-template-columns: var(--samson-scorecard-nav-width, 16em) minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
    }

    .nav ol {
      position: sticky;
      top: var(--_space);
      flex-direction: column;
    }

    .nav-button {
      width: 100%;
    }
  }

  /* Jump list */
  .nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .nav-button {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    text-align: start;
    font-size: 0.9em;
    padding: 0.35em 0.7em;
    border-color: var(--_border);
    color: var(--_text);
    background: var(--_bg);
  }

  .nav-button[aria-current='step'] {
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
    font-weight: 600;
  }

  .nav-number {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .nav {
    min-inline-size: 0;
  }

  .nav-name {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .nav-count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
  }

  /* Messages */
  .notices {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .notices:has(> :not(.empty)) {
    margin-bottom: var(--_space);
  }

  .notice:not(.empty),
  .offer {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
  }

  .error ul {
    margin: 0 0 calc(var(--_space) * 0.75);
    padding-inline-start: 1.25rem;
  }

  .error-heading {
    font-weight: 600;
  }

  .buttons,
  .step-buttons,
  .tools,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }

  /* Steps */
  .eyebrow {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-weight: 600;
  }

  .tip,
  .prompt {
    border-inline-start: 4px solid var(--_importance);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  .hint,
  .about {
    color: var(--_muted);
  }

  .text-field {
    display: grid;
    gap: 0.375rem;
    max-width: 36rem;
    margin-top: calc(var(--_space) * 1.5);
  }

  .party-status:not(.empty) {
    max-width: 36rem;
    margin-top: 0.75rem;
  }

  .text-field label,
  .idea label,
  .import label {
    font-weight: 600;
  }

  /* Labels and file pickers never push the step wider than a 320 px screen (WCAG 1.4.10). */
  label {
    max-width: 100%;
    overflow-wrap: anywhere;
  }

  input[type='file'] {
    max-width: 100%;
  }

  input[type='text'],
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.625em;
    width: 100%;
  }

  textarea {
    min-height: 3.5em;
    resize: vertical;
  }

  .statement {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    margin: 0 0 var(--_space);
    background: var(--_bg);
  }

  /* Floated, the legend is laid out inside the box: a statement over two or more lines (any
     statement at 320 px) no longer has the fieldset's top border cutting through it. */
  .statement legend {
    float: left;
    inline-size: 100%;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.25);
    font-weight: 600;
  }

  .statement legend + * {
    clear: both;
  }

  .statement .number {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .scale {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
    margin-top: calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_bg);
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }

  .option:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .option:has(input:disabled) {
    cursor: default;
  }

  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .option input:focus-visible {
    outline: none;
  }

  .point {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-inline-size: 1ch;
  }

  @container scorecard (min-width: 40rem) {
    .scale-agreement {
      grid-template-columns: repeat(5, minmax(0, 1fr)) minmax(0, 1.25fr);
    }

    .scale-importance {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }

    .option {
      flex-direction: column;
      justify-content: flex-start;
      gap: 0.25rem;
      text-align: center;
      padding: 0.5rem 0.375rem;
      font-size: 0.9em;
      hyphens: auto;
    }

    .option-none {
      border-style: dashed;
    }
  }

  .idea {
    display: grid;
    gap: 0.25rem;
    margin-top: calc(var(--_space) * 0.75);
  }

  .cut-paste {
    margin: 0;
    font-weight: 600;
  }

  .step-buttons {
    justify-content: space-between;
    margin: var(--_space) 0;
  }

  .step-buttons .next {
    margin-inline-start: auto;
  }

  .tools {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
    margin-top: calc(var(--_space) * 1.5);
    gap: var(--_space);
  }

  .import {
    display: grid;
    gap: 0.25rem;
  }

  .confirm {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }

  .confirm p {
    flex-basis: 100%;
    margin: 0;
  }

  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_bg);
  }

  button.link {
    min-height: 0;
    border: none;
    padding: 0 0.25em;
    text-decoration: underline;
    background: none;
  }
`;
