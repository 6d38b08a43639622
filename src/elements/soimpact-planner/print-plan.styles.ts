import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.js';

/**
 * The planner on paper (print-plan.ts): the printed plan in place of the live form, and
 * none of the screen's tools.
 */
export const printPlanStyles = css`
  /* The printed plan (print-plan.ts): all ten steps, each field its label and value as text. */
  .printed-plan {
    display: none;
  }

  @media print {
    .printed-plan {
      display: block;
    }
    /* The live form, in place of which the printed plan prints: hidden from the paper, not
       taken out of rendering (display: none would blur the field the user is typing in). */
    .printed-plan + .layout {
      ${visuallyHidden}
    }
    /* The publish panel is a tool for the web page, not part of the plan. */
    .publish,
    .preview:not([open]) {
      display: none !important;
    }
    .printed-step {
      margin-bottom: 6mm;
    }
    .printed-step :where(h2, h3, h4, h5, h6, [role='heading']) {
      break-after: avoid;
    }
    /* «Ikke fylt ut»: said once for a step (or an indicator's part of it) with nothing in it. */
    .printed-step > .unfilled,
    .unfilled-indicator .value {
      font-style: italic;
    }
    .printed-step > .unfilled {
      margin: 0;
    }
    .field.printed .label {
      margin: 0;
      font-weight: 600;
    }
    .field.printed .value {
      margin: 0 0 2mm;
      white-space: pre-line;
      overflow-wrap: break-word;
    }
    .per-indicator,
    .indicator {
      break-inside: avoid;
    }
    nav,
    .toolbar,
    .step-nav,
    .new-measurement,
    .new-indicator,
    .new-evaluation,
    .file-field,
    .status {
      display: none !important;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
