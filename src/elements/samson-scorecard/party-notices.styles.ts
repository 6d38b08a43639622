import { css } from 'lit';

/**
 * What answering by party shows before any chunk: the merge report above the step (its
 * file names) and the muted points of the weighting. After `partyStyles` in the cascade.
 */
export const partyNoticeStyles = css`
  .points {
    color: var(--_muted);
  }

  .merge-report {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
  }

  .merge-report ul {
    padding-inline-start: 1.25rem;
  }

  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
