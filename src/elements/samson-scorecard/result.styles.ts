import { css } from 'lit';

/**
 * The results step and the report's content: the overall score, the score bars, the
 * priorities' texts and the action plan. Adopted with the chunks that render them
 * (chunks.ts); what the other steps and the printed page share with them is in
 * `results-shared.styles.ts`, right after this sheet in the cascade (scorecard-sheets.ts).
 */
export const resultStyles = css`
  .overall {
    display: flex;
    align-items: baseline;
    gap: 0.75rem;
    font-size: 1.15em;
  }

  .overall-value {
    font-weight: 700;
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
    .bar-score {
      background: Highlight;
    }
  }
`;
