import { css } from 'lit';

/**
 * What the rounds show in the first steps, so it is there before any chunk: the quiet "last
 * time" line and follow-up under a statement, the select and date fields, and the note
 * while an earlier round is open. After `roundsStyles` in the cascade (scorecard-sheets.ts).
 */
export const followUpStyles = css`
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

  .follow-up {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem calc(var(--_space) * 0.75);
    align-items: center;
  }

  .follow-up textarea {
    min-height: 2.25em;
    flex: 1 1 14rem;
  }

  .follow-up label {
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
`;
