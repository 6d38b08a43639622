import { css } from 'lit';

/**
 * The shared-points weighting and the notes of a migrated response. Colours come from the
 * shared tokens, so dark and forced colours follow. «Om samarbeidet» and its placement are
 * in `collaboration.styles.ts`, adopted with that step's chunk.
 */
export const weightingStyles = css`
  .points-left {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .points-done {
    border-color: var(--_success);
    box-shadow: inset 4px 0 0 var(--_success);
  }

  .points-clamped {
    display: block;
    font-weight: 400;
  }

  .value-points {
    display: grid;
    gap: 0.5rem var(--_space);
    grid-template-columns: minmax(0, 1fr);
    align-items: center;
  }

  .value-name {
    font-weight: 700;
    font-size: 1.05em;
  }

  .value-points .about,
  .value-importance {
    margin: 0.25rem 0 0;
  }

  .value-importance {
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-variant-numeric: tabular-nums;
  }

  .value-importance meter {
    inline-size: 8rem;
    max-inline-size: 100%;
  }

  .points-control {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .points-step {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    font-size: 1.25rem;
    line-height: 1;
  }

  .points-input {
    inline-size: 4.5rem;
    min-block-size: 2.75rem;
    font: inherit;
    font-size: 1.125rem;
    font-variant-numeric: tabular-nums;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }

  .points-input:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .points-unit {
    color: var(--_muted);
  }

  @container scorecard (min-width: 40rem) {
    .value-points {
      grid-template-columns: minmax(0, 1fr) auto;
    }
  }

  .legacy-weights {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }

  .migration-note {
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-bottom: var(--_space);
  }

  .migration-note p {
    margin: 0.25rem 0;
  }

  .earlier-answers {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }

  .earlier-heading {
    margin: 0;
    font-weight: 700;
  }

  .earlier-answers ul,
  .migration-note ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }

  .earlier-id {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  /* The −/+ buttons are for the screen; the printed page shows the numbers. */
  @media print {
    .points-step {
      display: none;
    }
  }
`;
