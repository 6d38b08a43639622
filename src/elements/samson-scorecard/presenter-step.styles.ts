import { css } from 'lit';

/**
 * The presenter layout's field step and the single-page layout: the statement on screen,
 * the bar with where the group is and the keys, the buttons, the fields one after another.
 * Adopted with the presenter chunk (chunks.ts), right after `presenterStyles` in the cascade.
 */
export const presenterStepStyles = css`
  .presenter-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 1.5);
  }

  .layout-presenter .statement.presenting {
    border-width: 2px;
    padding: var(--_space) calc(var(--_space) * 1.25) calc(var(--_space) * 1.25);
  }

  /* The legend is floated inside the box in every layout (samson-scorecard.styles.ts). */
  .layout-presenter .statement.presenting legend {
    margin-bottom: calc(var(--_space) * 0.5);
    font-size: 1.3em;
    line-height: 1.3;
  }

  .presenter-where,
  .key-hint {
    color: var(--_muted);
    margin: calc(var(--_space) * 0.5) 0;
  }

  .key-hint {
    font-size: 0.85em;
  }

  .open-idea {
    margin-top: calc(var(--_space) * 0.5);
  }

  .about-field {
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .about-field summary {
    cursor: pointer;
    color: var(--_accent);
  }

  .presenter-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    margin: var(--_space) 0;
  }

  .single-field + .single-field {
    border-top: 1px solid var(--_border);
    margin-top: calc(var(--_space) * 2);
  }
`;
