import { css } from 'lit';

/**
 * «Om samarbeidet»: its sentence options, the thin ↔ thick placement figure and the pulls.
 * Adopted with the step's chunk (chunks.ts), right after the weighting in the cascade.
 */
export const collaborationStyles = css`
  /* «Om samarbeidet»: options are sentences, so they stay rows on wide containers too. */
  @container scorecard (min-width: 40rem) {
    .choices .option {
      flex-direction: row;
      align-items: center;
      gap: 0.625rem;
      text-align: start;
      padding: 0.375rem 0.625rem;
      font-size: inherit;
    }
  }

  .clear-answer {
    margin-top: 0.5rem;
  }

  .collaboration-note textarea {
    inline-size: 100%;
  }

  .placement-figure {
    margin: 0 0 var(--_space);
  }

  .placement-line {
    display: block;
    inline-size: 100%;
    max-inline-size: 36rem;
    block-size: auto;
  }

  .placement-line .band {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1;
  }

  .placement-line .band-here {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_bg));
    stroke: var(--_accent);
  }

  .placement-line .axis {
    stroke: var(--_muted);
    stroke-width: 2;
  }

  .placement-line .marker {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 3;
  }

  .placement-ends {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    max-inline-size: 36rem;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .placement-ends span:nth-child(2) {
    text-align: center;
  }

  .placement-ends span:last-child {
    text-align: end;
  }

  .pulls {
    margin: 0 0 var(--_space);
  }

  .caveat {
    border-inline-start: 4px solid var(--_importance);
    padding-inline-start: 0.75rem;
    font-style: italic;
  }

  @media (forced-colors: active) {
    .placement-line .band-here,
    .placement-line .marker {
      fill: Highlight;
    }
  }

  /* "Clear the answer" is for the screen. */
  @media print {
    .clear-answer {
      display: none;
    }
  }
`;
