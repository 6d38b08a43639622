import { css } from 'lit';

/**
 * The results step and the printable report: score tables with their bars, priorities,
 * the action plan, and what print hides or keeps together. After `scorecardStyles` in the
 * element's `styles`, so these rules come later in the cascade, as they did in one sheet.
 */
export const resultStyles = css`
  /* Results and report */
  .block {
    margin-top: calc(var(--_space) * 1.5);
  }

  .overall {
    display: flex;
    align-items: baseline;
    gap: 0.75rem;
    font-size: 1.15em;
  }

  .overall-value {
    font-weight: 700;
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

  .score-number {
    display: inline-block;
    min-inline-size: 3ch;
  }

  .bar {
    position: relative;
    display: block;
    block-size: 0.625rem;
    inline-size: 100%;
    min-inline-size: 4rem;
    margin-top: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
    print-color-adjust: exact;
  }

  .bar-importance,
  .bar-score {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
  }

  .bar-importance {
    inline-size: var(--importance, 0%);
    background: var(--_importance);
    opacity: 0.55;
  }

  .bar-score {
    inline-size: var(--score, 0%);
    border-inline-end: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 45%, transparent);
  }

  .priorities,
  .missing {
    padding-inline-start: 1.5rem;
  }

  .priorities li,
  .missing li {
    margin-bottom: 0.5rem;
  }

  .priority-text {
    display: block;
  }

  .priority-meta,
  .action-rating {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .action-field ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .action {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.25rem 0 0.25rem 0.75rem;
    margin-bottom: 0.75rem;
  }

  .action-statement {
    margin-bottom: 0.25rem;
    color: var(--_muted);
  }

  .action-idea {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .report-title {
    font-weight: 600;
    font-size: 1.15em;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
  }

  .facts dt {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
  }

  .done {
    font-weight: 600;
    color: var(--_success);
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }

    .bar-score {
      background: Highlight;
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
