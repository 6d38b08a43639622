import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.js';

/**
 * The report document, on screen and on paper: a cover page (kicker, title, round, facts,
 * the overall picture with the profile and three priorities), then the action plan and the
 * fields in detail, each on a new page. One type scale (9 / 10.5 / 13 / 17 / 26 pt on paper),
 * generous whitespace, and the layout of whatever step or layout was on screen switched off.
 */
export const reportPrintStyles = css`
  .report-kicker {
    font-size: 0.85em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }

  .report-document .report-title {
    /* «samskapingsverktøy» fits a 320 px phone on one line instead of breaking mid-word. */
    font-size: clamp(1.5em, 0.9em + 3.5cqi, 2em);
    font-weight: 700;
    line-height: 1.15;
    margin: 0 0 0.25rem;
  }

  .report-round {
    font-size: 1.3em;
    margin: 0 0 var(--_space);
  }

  /* WCAG 1.4.10 reflow: on a phone the keep/stop × known/new matrix is a list, each cell
     named by its column (the row header heads its two cells). */
  @container scorecard (max-width: 30rem) {
    .matrix,
    .matrix tbody,
    .matrix tr,
    .matrix th,
    .matrix td {
      display: block;
    }
    .matrix thead {
      ${visuallyHidden}
    }
    .matrix tbody th {
      padding-inline: 0;
      border: 0;
      font-weight: 700;
    }
    .matrix td {
      overflow-wrap: normal;
      padding-inline: 0.5rem 0;
    }
    .matrix td::before {
      content: attr(data-label);
      display: block;
      font-weight: 600;
      color: var(--_muted);
    }
  }

  .report-print {
    border-block: 1px solid var(--_border);
    padding-block: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }

  .report-document .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  .report-document .facts .participants {
    grid-column: 1 / -1;
  }

  /* Only the participants keep their line breaks: on the other values, pre-line would turn
     the template's own line breaks into blank lines («Ferdig» stood lower than its row). */
  .report-document .facts .participants dd {
    white-space: pre-line;
  }

  .top-priorities ol,
  .detail-statements {
    padding-inline-start: 1.5em;
  }

  .top-priorities li,
  .detail-statements li {
    margin-bottom: 0.5rem;
  }

  .top-priorities .priority-meta,
  .detail-rating {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .field-numbers {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .weights-list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.25rem var(--_space);
  }

  .weights-list dt {
    font-weight: 600;
  }

  .weights-list dd {
    margin: 0;
  }

  .action-owner {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .action-owner .blank {
    display: inline-block;
    min-inline-size: 8rem;
    border-bottom: 1px solid var(--_border);
  }

  @media print {
    .base.base > *,
    .layout-presenter.layout-presenter > * {
      font-size: 10.5pt;
      line-height: 1.45;
    }

    .base {
      container-type: normal;
    }

    .layout-presenter .top,
    .layout-toggle {
      display: none !important;
    }

    .report-kicker {
      font-size: 9pt;
      color: #3a434c;
    }

    .report-document .report-title {
      font-size: 24pt;
      margin-top: 4mm;
    }

    .report-round {
      font-size: 17pt;
      margin-bottom: 6mm;
    }

    .report-document :where(h3:not([data-depth]), [data-depth='1']) {
      font-size: 17pt;
      margin-top: 5mm;
    }

    .report-overview :where(h3:not([data-depth]), [data-depth='1']) {
      margin-top: 3mm;
    }

    .report-document :where(h4:not([data-depth]), [data-depth='2']) {
      font-size: 13pt;
    }

    .report-document .facts {
      grid-template-columns: repeat(4, 1fr);
      border-block: 0.5pt solid #666;
      padding-block: 3mm;
    }

    .report-overview .profile {
      --se-profile-height: 7.5cm;
      margin-bottom: 8mm;
    }

    /* The field scores are printed once, in the detail: the profile prints as the picture alone. */
    /* Sized to the cover whatever size the screen drew it at (the canvas keeps its pixels: crisp). */
    .report-overview samson-profile::part(canvas) {
      display: block;
      height: 7cm !important;
      width: auto !important;
      max-width: 100%;
      margin-inline: auto;
    }

    .report-overview samson-profile::part(table),
    .report-overview samson-profile::part(toggle),
    .report-overview samson-profile::part(summary),
    .report-overview samson-profile::part(toolbar),
    /* The report's own comparison and parties pages say these, with the same numbers. */
    .report-overview samson-profile::part(changes),
    .report-overview samson-profile::part(disagreements) {
      display: none;
    }

    .report-plan,
    .report-details {
      break-before: page;
    }

    .field-detail,
    .action,
    .top-priorities li,
    .weights-list {
      break-inside: avoid;
    }

    .field-numbers,
    .detail-rating,
    .top-priorities .priority-meta,
    .action-owner {
      color: #333;
    }

    .action-owner .blank {
      border-bottom-color: #666;
    }
  }
`;
