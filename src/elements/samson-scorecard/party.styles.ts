import { css } from 'lit';

/**
 * Answering by party: the parties' panel and its actions, the share link and the joint view
 * («Der vi ser det ulikt») with the report's parties page. Adopted with the chunks that
 * render them (chunks.ts); the merge report above the step is in `party-notices.styles.ts`.
 */
export const partyStyles = css`
  .parties,
  .joint-view {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  .party-list,
  .party-answers {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 0.75);
    display: grid;
    gap: 0.375rem;
  }

  .party-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }

  .party-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .party-meta,
  .disputed-meta,
  .report-meta {
    color: var(--_muted);
  }

  .party-actions,
  .import-parties,
  .share {
    margin-top: var(--_space);
  }

  .next-party {
    display: grid;
    gap: 0.375rem;
    max-width: 36rem;
  }

  .next-party label,
  .share-result label {
    font-weight: 600;
  }

  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }

  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }

  .share-result input {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }

  .share-status:empty {
    display: none;
  }

  .disputed {
    padding-inline-start: 1.5rem;
    display: grid;
    gap: var(--_space);
  }

  .disputed-item {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  .disputed-text {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }

  .disputed-meta {
    margin-top: 0;
  }

  .party-answers {
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  }

  .party-answers .value {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  .joint-answer,
  .profile-mode {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin: calc(var(--_space) * 0.5) 0 0;
    min-inline-size: 0;
  }

  .joint-answer legend,
  .profile-mode legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }

  .joint-profile {
    margin-top: calc(var(--_space) * 1.5);
  }

  .field-spread {
    border-bottom: 1px solid var(--_border);
    padding: 0.5rem 0;
  }

  .field-spread summary {
    cursor: pointer;
    font-weight: 600;
  }

  .field-spread summary:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .statement-spreads li {
    display: grid;
    gap: 0.125rem;
    margin: 0.5rem 0;
  }

  .statement-spreads li.disagree .points {
    color: var(--_text);
    font-weight: 700;
  }

  .statement-spreads .value {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .report-parties caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem 0;
  }

  .report-meta,
  .report-idea {
    display: block;
    font-weight: 400;
  }

  .report-field-spread {
    margin-top: var(--_space);
  }

  /* On a narrow screen a row per statement with one column per party does not fit: each row
     becomes a block, each cell names its party before its value, which screen readers read out too. */
  @container scorecard (max-width: 36rem) {
    .report-parties table,
    .report-parties tbody,
    .report-parties tr,
    .report-parties caption,
    .report-parties th[scope='row'] {
      display: block;
    }

    .report-parties th[scope='row'] {
      font-weight: 600;
    }

    .report-parties thead {
      display: none;
    }

    .report-parties tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0;
    }

    .report-parties th[scope='row'],
    .report-parties td {
      border: 0;
      padding: 0.125rem 0;
    }

    .report-parties td {
      display: flex;
      gap: 0.5rem;
      overflow-wrap: anywhere;
    }

    .report-parties td::before {
      content: attr(data-label) ':';
      font-weight: 600;
      min-inline-size: 40%;
    }
  }

  @media print {
    .report-parties {
      break-before: page;
    }

    .report-parties tr {
      break-inside: avoid;
    }
  }
`;
