import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_grid: var(--se-chart-grid-color, light-dark(#c5ccd3, #46515c));
    --_height: var(--se-chart-height, 20rem);
    --_panel-height: var(--soimpact-chart-panel-height, 14rem);
  }

  /* Forced colours: this chart's own layers (the series are in canvas.styles.ts). */
  @media (forced-colors: active) {
    :host {
      --_grid: GrayText;
    }
  }

  .base {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  header {
    display: grid;
    gap: 0.25rem;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0;
  }

  .illustrative {
    margin: 0;
    font-weight: 600;
    color: var(--_text);
    border-left: 4px solid var(--_accent);
    padding-left: 0.5rem;
  }

  .status,
  .note,
  .empty {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .reading {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .reading p {
    margin: 0 0 0.25em;
  }

  .reading progress {
    inline-size: 100%;
  }

  .status strong {
    color: var(--_text);
  }

  .error p,
  .error ul {
    margin: 0;
  }

  .error ul {
    padding-left: 1.25rem;
  }

  .subtitle {
    margin: 0;
    color: var(--_muted);
  }

  .figures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 0.75);
  }

  .figure-card {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: 4px;
    padding: 0.75rem;
    display: grid;
    align-content: start;
    gap: 0.2rem;
    min-width: 0;
  }

  .figure-name {
    margin: 0;
    font-size: 0.95em;
    line-height: 1.3;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .big {
    margin: 0.25rem 0 0;
    font-size: 2.5em;
    line-height: 1.1;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .big.not-measured {
    font-size: 1.25em;
    font-weight: 600;
    color: var(--_muted);
  }

  .figure-line {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .figure-line:last-child {
    color: var(--_text);
  }

  .panels {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  .panel {
    margin: 0;
    min-width: 0;
  }

  .panel figcaption {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 0.25rem;
  }

  .panel-title {
    margin: 0;
    font-size: 1em;
  }

  .chart-box {
    position: relative;
    height: var(--_height);
    min-height: 10rem;
  }

  .several .chart-box {
    height: var(--_panel-height);
  }

  .chart-box canvas:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .footer {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .footer p {
    margin: 0;
  }

  .status span + span::before,
  .status span + strong::before {
    content: ' ';
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .chart-box canvas {
    position: absolute;
    inset: 0;
  }

  /* The end padding is the plot's own (8 px right of it): a name wrapped at 320 px keeps clear of the edge as the plot does. */
  .legend-list {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    padding-inline-end: 0.5rem;
    font-size: 0.9em;
  }

  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .swatch {
    flex: none;
    color: var(--_text);
  }
  .swatch line {
    stroke: currentColor;
  }
  .swatch :is(circle, rect, polygon) {
    fill: currentColor;
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .swatch.s0 {
    color: var(--_series-1);
  }
  .swatch.s1 {
    color: var(--_series-2);
  }
  .swatch.s2 {
    color: var(--_series-3);
  }
  .swatch.s3 {
    color: var(--_series-4);
  }
  .swatch.reference {
    color: var(--_muted);
  }

  /* Under the canvas, in the legend's look: the labels that had no clear spot on the plot. */
  .reference-key-box {
    margin: 0.5rem 0 0;
  }

  .reference-key-box[hidden] {
    display: none;
  }

  .key-caption {
    margin: 0 0 0.25rem;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }

  .reference-key {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    padding-inline-end: 0.5rem;
    font-size: 0.9em;
    font-weight: 600;
  }

  .reference-key[hidden] {
    display: none;
  }

  .reference-key li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .summary {
    margin: 0;
    padding-left: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }

  .summary li span + span::before {
    content: ' ';
  }

  .summary .name {
    font-weight: 600;
    display: block;
  }

  .not-measured {
    font-style: italic;
  }

  .table-wrap {
    overflow-x: auto;
  }

  .table-wrap[hidden] {
    display: none;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
    font-size: 0.9em;
  }

  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0;
  }

  .muted {
    color: var(--_muted);
    font-weight: normal;
  }

  th,
  td {
    text-align: left;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }

  td:nth-child(2) {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .reference-row td {
    color: var(--_muted);
    font-style: italic;
  }

  @media print {
    /* The canvas prints its series black and dark grey (PRINT_COLOURS), told apart by shape: so do the swatches. */
    .swatch.s0,
    .swatch.s2 {
      color: #000000;
    }
    .swatch.s1,
    .swatch.s3 {
      color: #444444;
    }
    .panel,
    .figure-card {
      break-inside: avoid;
    }
    .summary {
      break-inside: avoid;
    }
    /* The table is the numbers on paper, open or not. */
    .table-wrap[hidden] {
      display: block;
    }
  }
`;
