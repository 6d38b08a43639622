import { css } from 'lit';

/**
 * The presenter layout, for a group around one screen: type that reads from the back of a
 * room (body ≥ 24 px, the statement ≥ 32 px at projector width), the scale large, the jump
 * list folded away and the progress line always in view. Sizes follow the container, so a
 * presenter scorecard in a narrow column still fits at 320 px. The frame's rules are here
 * (the introduction in the presenter layout needs no chunk); the statement on screen and its
 * buttons are in `presenter-step.styles.ts`, adopted with the presenter chunk.
 */
export const presenterStyles = css`
  .layout-toggle {
    font-size: 0.9em;
  }

  .layout-toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .layout-presenter > * {
    font-size: clamp(1.25rem, 0.75rem + 1.6cqi, 1.75rem);
  }

  .layout-presenter .top {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
    resize: none;
  }

  .layout-presenter .progress {
    font-size: 0.85em;
  }

  .layout-presenter .top {
    min-height: 0;
    padding-block: 0.25rem;
  }

  .layout-presenter .title {
    font-size: 0.75em;
    margin: 0;
  }

  .layout-presenter :where(h2:not([data-depth]), [data-depth='0']) {
    scroll-margin-top: 6rem;
    margin-bottom: 0.25rem;
  }

  .layout-presenter .option {
    padding-block: 0.375rem;
    gap: 0.125rem;
  }

  .layout-presenter .layout {
    display: block;
  }

  .layout-presenter .nav {
    display: none;
  }

  .layout-presenter p {
    max-width: 48ch;
  }

  .layout-presenter .option {
    min-height: 3.5rem;
    font-size: 0.95em;
  }

  .layout-presenter .option input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }

  .layout-presenter .point {
    font-size: 1.3em;
  }

  .layout-presenter button {
    min-height: 3rem;
  }

  /* Reflow (WCAG 1.4.10): nothing in the scorecard is wider than a 320 px host. */
  .base,
  .main,
  .step,
  .step-form {
    min-width: 0;
    max-width: 100%;
  }

  .statement {
    min-inline-size: 0;
  }

  @container scorecard (max-width: 30rem) {
    table.scores,
    table.weights,
    table.scores tbody,
    table.weights tbody,
    table.scores tr,
    table.weights tr,
    table.scores th,
    table.weights th,
    table.scores td,
    table.weights td {
      display: block;
      width: auto;
      text-align: start;
    }

    table.scores thead,
    table.weights thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }

    table.scores tr,
    table.weights tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0;
    }

    table.scores td,
    table.weights td {
      border: 0;
      padding: 0.125rem 0;
    }

    table.scores td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
  }
`;
