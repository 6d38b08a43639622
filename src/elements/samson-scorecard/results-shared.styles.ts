import { css } from 'lit';

/**
 * What the results share with the first steps and the printed page, so it is there before
 * any chunk: tables (the weighting's too), blocks, the priority and missing lists (the
 * "finish anyway?" question), forced colours and what print hides or keeps together.
 * After `resultStyles` in the cascade (scorecard-sheets.ts), as in the one sheet it was.
 */
export const resultsSharedStyles = css`
  .block {
    margin-top: calc(var(--_space) * 1.5);
  }

  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 48rem;
  }

  th,
  td {
    text-align: start;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }

  thead th {
    font-size: 0.9em;
    color: var(--_muted);
  }

  tbody th {
    font-weight: 500;
  }

  td {
    font-variant-numeric: tabular-nums;
  }

  .priorities,
  .missing {
    padding-inline-start: 1.5rem;
  }

  .priorities li,
  .missing li {
    margin-bottom: 0.5rem;
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }

    .nav-button[aria-current='step'] {
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .top,
    .nav,
    .progress,
    .notices,
    .step-buttons,
    .tools,
    .no-print {
      display: none !important;
    }

    .base > * {
      font-size: 11pt;
    }

    :where(h2:not([data-depth]), [data-depth='0']):focus,
    :where(h2:not([data-depth]), [data-depth='0']):focus-visible {
      outline: none;
    }

    .layout {
      display: block;
    }

    .top {
      border-bottom: 1px solid #000;
    }

    .statement,
    .action,
    .facts,
    tr,
    .priorities li {
      break-inside: avoid;
    }

    :where(h2:not([data-depth]), [data-depth='0']),
    :where(h3:not([data-depth]), [data-depth='1']),
    :where(h4:not([data-depth]), [data-depth='2']) {
      break-after: avoid;
    }

    .report .block {
      break-inside: auto;
    }

    .profile {
      break-inside: avoid;
    }

    .action-idea,
    .action-statement,
    .priority-meta,
    .hint {
      color: #000;
    }
  }
`;
