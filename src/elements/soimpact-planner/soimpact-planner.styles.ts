import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.js';

export const plannerStyles = css`
  .planner {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .header p,
  :where(h2:not([data-depth]), [data-depth='0']),
  :where(h3:not([data-depth]), [data-depth='1']) {
    margin: 0;
  }

  .kicker {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  :where(h2:not([data-depth]), [data-depth='0']) {
    font-size: 1.35em;
  }

  :where(h3:not([data-depth]), [data-depth='1']) {
    font-size: 1.15em;
    scroll-margin-top: var(--_space);
  }

  .notice,
  .kept {
    margin-top: 0.5em;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
  }

  /* A version kept aside (src/base/draft-notices.ts): its text, then its buttons in a row. */
  .kept > p {
    margin: 0 0 0.5em;
  }

  .kept .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .reading p {
    margin: 0 0 0.25em;
  }

  .reading progress {
    inline-size: 100%;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, var(--soimpact-planner-nav-width, 15rem)) minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }

  nav ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  .step-link {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    width: 100%;
    text-align: start;
    border-color: transparent;
    color: var(--_text);
    background: transparent;
  }

  .step-link[aria-current='step'] {
    border-color: var(--_accent);
    background: var(--_surface);
    font-weight: 700;
  }

  .step-link .number {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 1px solid var(--_border);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }

  .step-link[aria-current='step'] .number {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }

  .task {
    font-weight: 600;
  }

  .guidance,
  .advice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_surface);
  }

  .guidance summary,
  .advice summary,
  .preview summary {
    cursor: pointer;
    font-weight: 600;
  }

  .guidance ul,
  .advice ol {
    margin: 0.5em 0;
    padding-left: 1.25em;
  }

  .source,
  .hint,
  .none,
  .unit,
  .level {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .level {
    font-weight: 400;
  }

  .fields {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    min-width: 0;
  }

  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  input,
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-height: 2.5rem;
    max-width: 100%;
  }

  textarea {
    resize: vertical;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  input[readonly],
  textarea[readonly] {
    background: var(--_surface);
  }

  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.6em;
  }

  .step-nav,
  .toolbar,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .step-nav .next {
    margin-inline-start: auto;
  }

  .toolbar {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }

  .confirm {
    padding: 0.5em 0.75em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .confirm p {
    margin: 0;
    flex-basis: 100%;
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-accent);
  }

  .file-field {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2em;
    max-inline-size: 100%;
  }

  /* A file input is as wide as its button and file name: at 320 px that is wider than the planner. */
  input[type='file'] {
    min-height: 0;
    max-inline-size: 100%;
  }

  table.measurements {
    border-collapse: collapse;
    width: 100%;
  }

  .measurements th,
  .measurements td {
    text-align: start;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
  }

  .measurements td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .progress-line p {
    margin: 0 0 0.25em;
  }

  .progress-line progress {
    width: 100%;
    max-width: 24rem;
    accent-color: var(--_accent);
  }

  .publish {
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 0.5rem);
    padding: 0.5em 0.75em;
  }

  .publish summary {
    font-weight: 700;
    cursor: pointer;
  }

  .publish-steps {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding-inline-start: 1.25em;
  }

  .publish .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .snippet {
    overflow-x: auto;
    white-space: pre-wrap;
    word-break: break-all;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.875em;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    padding-top: 0.5em;
  }

  .page-status {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .new-measurement {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-top: 0.5em;
  }

  .new-measurement > button,
  fieldset > button {
    align-self: flex-start;
  }

  .evaluations {
    margin: 0;
    padding-left: 1.25em;
  }

  .evaluations p {
    margin: 0;
  }

  .evaluations .date {
    font-weight: 600;
  }

  .evaluations .text {
    white-space: pre-line;
  }

  .complete {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-items: flex-start;
  }

  .status {
    margin: 0;
    min-height: 1.5em;
    color: var(--_muted);
  }

  .status:empty {
    min-height: 0;
  }

  .error ul {
    margin: 0.5em 0;
    padding-left: 1.25em;
  }

  .preview {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  .preview soimpact-chain {
    margin-top: var(--_space);
  }

  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    nav ol {
      flex-direction: row;
      flex-wrap: wrap;
    }
    .step-link {
      width: auto;
    }
  }

  /* WCAG 1.4.10 reflow: a narrow planner shows each measurement as a small stacked block
     (date and value, with its remove button, then the note) instead of a table that scrolls. */
  @container (max-width: 30rem) {
    table.measurements,
    .measurements tbody {
      display: block;
    }
    .measurements thead {
      ${visuallyHidden}
    }
    .measurements tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto auto;
      align-items: baseline;
      gap: 0 0.5em;
      padding-block: 0.3em;
      border-bottom: 1px solid var(--_border);
    }
    .measurements td {
      padding: 0;
      border-bottom: 0;
    }
    .measurements td:nth-child(3) {
      grid-row: 2;
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .step-link[aria-current='step'] {
      border: 2px solid Highlight;
    }
  }
`;
