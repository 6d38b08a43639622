import { css } from 'lit';

export const chainStyles = css`
  :host {
    /* --soimpact-certain-color and --soimpact-uncertain-color: the names before 0.2, still read. */
    --_certain: var(--soimpact-chain-certain-color, var(--soimpact-certain-color, var(--_success)));
    --_uncertain: var(--soimpact-chain-uncertain-color, var(--soimpact-uncertain-color, var(--_importance)));
  }

  .container {
    container-type: inline-size;
  }

  :where(h2:not([data-depth]), [data-depth='0']) {
    font-size: 1.25em;
    margin: 0 0 0.25em;
  }

  :where(h3:not([data-depth]), [data-depth='1']) {
    font-size: 1em;
    margin: 0;
  }

  p {
    margin: 0;
  }

  .header {
    margin-bottom: calc(var(--_space) * 0.75);
  }

  .meta,
  .source,
  .caption,
  .none {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .meta span + span::before {
    content: ' · ';
  }

  .illustrative {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0.1em 0.5em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  .attribution {
    margin-bottom: calc(var(--_space) * 0.75);
  }

  .band {
    display: block;
    height: 0.75rem;
    border-radius: 0.375rem 0 0 0.375rem;
    background: linear-gradient(to right, var(--_certain), var(--_uncertain));
    clip-path: polygon(0 0, calc(100% - 0.75rem) 0, 100% 50%, calc(100% - 0.75rem) 100%, 0 100%);
  }

  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-size: 0.875em;
    font-weight: 600;
  }

  .caution {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .caution.narrow {
    display: none;
  }

  .chain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: calc(var(--_space) * 0.75);
  }

  .column {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: calc(var(--_space) * 0.6);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .column + .column::before {
    content: '→' / '';
    position: absolute;
    left: calc(var(--_space) * -0.7);
    top: 0.4em;
    color: var(--_muted);
    font-weight: 700;
  }

  .text {
    white-space: pre-line;
    font-size: 0.9em;
  }

  .indicators,
  .references {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  .references {
    list-style: disc;
    padding-left: 1.1em;
    font-size: 0.875em;
  }

  .group-name {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    margin-bottom: 0.3em;
  }

  .group > .indicators {
    padding-left: 0.5em;
    border-left: 2px solid var(--_border);
  }

  button.indicator {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.2em;
    /* 100% with its padding and border inside, or it sticks out of a narrow column. */
    box-sizing: border-box;
    width: 100%;
    text-align: start;
    padding: 0.5em;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    font-size: 0.875em;
  }

  button.indicator:hover {
    border-color: var(--_accent);
  }

  .name {
    font-weight: 600;
  }

  .latest .value {
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .latest .date,
  .latest .note,
  .reference {
    color: var(--_muted);
  }

  .latest .note::before {
    content: '· ' / '';
  }

  .reference {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }

  .status-no-target .progress,
  .status-no-baseline .progress,
  .status-no-change-wanted .progress {
    color: var(--_muted);
  }

  .not-measured {
    font-style: italic;
    color: var(--_muted);
  }

  .bar {
    display: block;
    height: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_surface);
    overflow: hidden;
  }

  .fill {
    display: block;
    height: 100%;
    width: var(--_percent, 0%);
    background: var(--_success);
  }

  .status-behind .fill {
    background: var(--_danger);
  }

  .error ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }

  /* A narrow container (a sidebar, a phone) stacks the chain top to bottom. */
  @container (max-width: 46rem) {
    .chain {
      grid-template-columns: minmax(0, 1fr);
      position: relative;
      padding-inline-start: 0.9rem;
    }
    /* The attribution band turns with the chain: certain at the top, uncertain at the bottom. */
    .chain::before {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      width: 0.4rem;
      border-radius: 0.2rem;
      background: linear-gradient(to bottom, var(--_certain), var(--_uncertain));
    }
    .ends {
      flex-direction: column;
      gap: 0;
    }
    .ends span:first-child::before {
      content: '↑ ' / '';
    }
    .ends span:last-child::before {
      content: '↓ ' / '';
    }
    .caution.wide {
      display: none;
    }
    .caution.narrow {
      display: block;
    }
    .column + .column::before {
      content: '↓' / '';
      left: 50%;
      top: calc(var(--_space) * -0.85);
    }
    .band {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .fill {
      background: Highlight;
      forced-color-adjust: none;
    }
    .band {
      background: CanvasText;
    }
  }

  /* On paper: type a reader can read at arm's length (10 pt and up, never the 8 pt it was),
     and the chain in two rows of three on A4 portrait (input → activities → output, then
     outcome → impact → societal value), so no column is squeezed to a word a line. */
  @media print {
    :host {
      font-size: 10.5pt;
      line-height: 1.35;
    }
    :where(h2:not([data-depth]), [data-depth='0']) {
      font-size: 15pt;
    }
    :where(h3:not([data-depth]), [data-depth='1']) {
      font-size: 11.5pt;
    }
    .meta,
    .source,
    .caption,
    .none,
    .illustrative,
    .ends,
    .caution,
    .text,
    .references,
    .group-name,
    button.indicator {
      font-size: 10pt;
    }
    .latest .value {
      font-size: 12pt;
    }
    .chain {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 8pt 10pt;
    }
    .column {
      break-inside: avoid;
      padding: 5pt;
      background: #fff;
      overflow-wrap: break-word;
    }
    .column + .column::before {
      content: '→' / '';
      left: -9pt;
      top: 4pt;
    }
    /* A row's first column: its arrow would stand in the page margin. */
    .column:nth-child(3n + 1)::before {
      content: none;
    }
    .band {
      display: block;
    }
    .chain {
      padding-inline-start: 0;
    }
    .chain::before {
      display: none;
    }
    .ends {
      flex-direction: row;
    }
    .ends span::before {
      content: none !important;
    }
    .caution.wide {
      display: block;
    }
    .caution.narrow {
      display: none;
    }
    button.indicator {
      display: flex !important;
      border: 1px solid #888;
      padding: 4pt;
      min-height: 0;
      break-inside: avoid;
    }
    /* A chain in a narrow column of the host page (a sidebar) prints as one column. */
    @container (max-width: 30rem) {
      .chain {
        grid-template-columns: minmax(0, 1fr);
      }
      .column + .column::before {
        content: none;
      }
    }
    .bar,
    .fill,
    .band {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
