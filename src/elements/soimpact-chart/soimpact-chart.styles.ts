import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_grid: var(--se-chart-grid-color, light-dark(#c5ccd3, #46515c));
    --_baseline: var(--se-chart-baseline-color, var(--_muted));
    --_target: var(--se-chart-target-color, var(--_success));
    --_height: var(--se-chart-height, 20rem);
  }


  /* Forced colours: this chart's own layers (the series are in canvas.styles.ts). */
  @media (forced-colors: active) {
    :host {
      --_grid: GrayText;
      --_baseline: GrayText;
      --_target: CanvasText;
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

  .figure {
    margin: 0;
    min-width: 0;
  }

  .figure[hidden] {
    display: none;
  }

  .chart-box {
    position: relative;
    height: var(--_height);
    min-height: 10rem;
  }

  .chart-box canvas {
    position: absolute;
    inset: 0;
  }

  .legend-list {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.9em;
  }

  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }

  .swatch line {
    stroke: var(--_text);
  }
  .swatch.s0 line {
    stroke: var(--_series-1);
  }
  .swatch.s1 line {
    stroke: var(--_series-2);
  }
  .swatch.s2 line {
    stroke: var(--_series-3);
  }
  .swatch.s3 line {
    stroke: var(--_series-4);
  }
  .swatch.baseline line {
    stroke: var(--_baseline);
  }
  .swatch.target line {
    stroke: var(--_target);
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
    .chart-box {
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
