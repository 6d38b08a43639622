import { css } from 'lit';

export const profileStyles = css`
  :host {
    --_grid: var(--se-profile-grid-color, light-dark(#c5ccd3, #46515c));
    --_height: var(--se-profile-height, 26rem);
    container-type: inline-size;
  }

  /* Forced colours: this chart's own layers (the series are in canvas.styles.ts). */
  @media (forced-colors: active) {
    :host {
      --_importance: GrayText;
      --_grid: GrayText;
    }
    .swatch line,
    .swatch .marker {
      stroke: CanvasText;
      fill: CanvasText;
    }
    .swatch .area {
      fill: GrayText;
    }
  }

  .probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    forced-color-adjust: none;
  }

  .base {
    display: grid;
    gap: var(--_space);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }

  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(15rem, 1fr);
      align-items: start;
    }
  }

  figure {
    margin: 0;
    min-width: 0;
  }

  figcaption {
    font-weight: 600;
    margin-bottom: calc(var(--_space) / 2);
  }

  .charts {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }

  .charts.side-by-side {
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
  }

  .chart {
    margin: 0;
    min-width: 0;
  }

  .chart-box {
    position: relative;
    height: var(--_height);
    min-height: 12rem;
  }

  .side-by-side .chart-box {
    height: calc(var(--_height) * 0.7);
  }

  .chart-box canvas {
    position: absolute;
    inset: 0;
  }

  .chart-label {
    text-align: center;
    font-weight: 600;
    margin: 0;
  }

  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    padding: 0;
    margin: calc(var(--_space) / 2) 0 0;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }

  .swatch {
    width: 2.5rem;
    height: 0.9rem;
    flex: none;
    overflow: visible;
  }

  /* The line's width comes from its stroke-width attribute, the same as the chart's borderWidth. */
  .swatch line {
    fill: none;
  }

  /* Earlier rounds are lighter, as on the chart. */
  .swatch.earlier {
    opacity: 0.6;
  }

  .swatch.band .area {
    fill: var(--_series-1);
    opacity: 0.3;
    stroke: var(--_series-1);
  }

  .swatch .area {
    fill: var(--_importance);
    opacity: 0.6;
    stroke: var(--_importance);
  }

  .s0 line,
  .s0 .marker {
    stroke: var(--_series-1);
    fill: var(--_series-1);
  }
  .s1 line,
  .s1 .marker {
    stroke: var(--_series-2);
    fill: var(--_series-2);
  }
  .s2 line,
  .s2 .marker {
    stroke: var(--_series-3);
    fill: var(--_series-3);
  }
  .s3 line,
  .s3 .marker {
    stroke: var(--_series-4);
    fill: var(--_series-4);
  }

  .side ol,
  .side ul {
    margin: 0;
    padding-inline-start: 1.75rem;
  }

  .axes {
    list-style: none;
    padding: 0 !important;
    display: grid;
    gap: 0.35rem;
  }

  .axes button {
    width: 100%;
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
    text-align: start;
  }

  .axes .number {
    display: inline-block;
    min-width: 1.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .axes button .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .statements li {
    margin-bottom: 0.4rem;
  }

  .statements .value,
  .disagreements .value {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }

  :where(h3:not([data-depth]), [data-depth='1']) {
    font-size: 1.05em;
    margin: 0 0 0.25rem;
  }

  .summary p {
    margin: 0 0 0.35rem;
  }

  .empty {
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .error p {
    margin: 0;
    font-weight: 600;
  }

  /* A grid item as wide as the element, not as its table: the table scrolls in .table-wrap. */
  .table-block {
    min-width: 0;
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    min-width: 100%;
  }

  /* Outside the scrolling part, so it wraps at the element's width instead of the table's. */
  .table-caption {
    margin: 0 0 0.25rem;
    font-weight: 600;
    overflow-wrap: break-word;
  }

  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3rem 0.6rem;
    text-align: end;
    vertical-align: top;
  }

  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: normal;
  }

  thead th {
    font-weight: 600;
  }

  @media print {
    /* The field buttons are for choosing; on paper the table carries their numbers. */
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .layout:has(.statements) {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .chart-box {
      break-inside: avoid;
    }
    /* The table is the numbers on paper, open or not. */
    .table-block[hidden] {
      display: block;
    }
  }
`;
