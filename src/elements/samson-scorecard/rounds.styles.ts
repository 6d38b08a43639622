import { css } from 'lit';

/**
 * The rounds: the quiet "last time" line and follow-up under a statement, the list of
 * rounds, the read-only note, the comparison with the round before, the plan under each
 * idea and the report's action matrix. After `resultStyles` in the element's `styles`.
 */
export const roundsStyles = css`
  .last-time {
    margin: 0 0 calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 2px dashed var(--_border);
    color: var(--_muted);
    font-size: 0.925em;
  }

  .last-time-line {
    margin: 0 0 0.25rem;
  }

  .last-time-label {
    font-weight: 600;
  }

  .follow-up,
  .plan-entry {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem calc(var(--_space) * 0.75);
    align-items: center;
  }

  .follow-up textarea {
    min-height: 2.25em;
    flex: 1 1 14rem;
  }

  .follow-up label,
  .plan-part label {
    color: var(--_text);
    font-weight: 600;
  }

  select,
  input[type='date'] {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375em 0.5em;
    max-width: 100%;
  }

  .plan-entry {
    margin-top: 0.5rem;
    align-items: end;
  }

  .plan-part {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }

  /* A select is as wide as its longest option; at 320 px it must shrink with its column. */
  .plan-part select,
  .plan-part input {
    width: 100%;
    min-width: 0;
    max-width: 100%;
  }

  .round-list {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .round {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_bg);
  }

  .round-shown {
    border-inline-start: 4px solid var(--_accent);
  }

  .round-name,
  .round-meta {
    margin: 0 0 0.5rem;
  }

  .round-meta {
    color: var(--_muted);
  }

  .round-tag {
    margin-inline-start: 0.5rem;
    padding: 0.05em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .viewing {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_importance);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
  }

  .viewing p {
    margin: 0 0 0.5rem;
  }

  .moved,
  .followed-up,
  .questions {
    padding-inline-start: 1.25rem;
  }

  .moved li,
  .followed-up li {
    margin-bottom: 0.375rem;
  }

  .moved-change {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }

  .followed-up p {
    margin: 0;
  }

  .action-meta,
  .action-plan-entry {
    color: var(--_muted);
    margin: 0.25rem 0 0;
  }

  .questions li {
    font-weight: 600;
    margin-bottom: 0.375rem;
  }

  .matrix {
    table-layout: fixed;
  }

  .matrix th,
  .matrix td {
    vertical-align: top;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .matrix ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }

  .matrix .empty-cell {
    margin: 0;
    color: var(--_muted);
  }

  @media print {
    .matrix,
    .comparison {
      break-inside: avoid;
    }
  }
`;
