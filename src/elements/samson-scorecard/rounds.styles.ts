import { css } from 'lit';

/**
 * The rounds' own views: the list of rounds, the comparison with the round before, the plan
 * under each idea and the report's action matrix. Adopted with the chunks that render them
 * (chunks.ts); the "last time" line and follow-up under a statement and the read-only note
 * are in `follow-up.styles.ts`, right after this sheet in the cascade.
 */
export const roundsStyles = css`
  .plan-entry {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem calc(var(--_space) * 0.75);
    align-items: center;
  }

  .plan-part label {
    color: var(--_text);
    font-weight: 600;
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
