import { css } from 'lit';

/**
 * The palette the chart elements hand to Chart.js, which draws on a canvas and cannot follow
 * the page's colour scheme or forced colours by itself: the series colours in light, dark and
 * forced-colours mode, and the text colours the canvas needs in forced colours. Each chart
 * element adds its own grid and layer colours.
 *
 * @cssprop [--se-series-1=var(--se-color-accent)] - First series (response or indicator).
 * @cssprop [--se-series-2=#b34d0b] - Second series.
 * @cssprop [--se-series-3=#6b3fa0] - Third series.
 * @cssprop [--se-series-4=#1e7b34] - Fourth series (then the colours repeat, with other dash patterns).
 */
export const canvasStyles = css`
  :host {
    --_series-1: var(--se-series-1, var(--_accent));
    --_series-2: var(--se-series-2, light-dark(#b34d0b, #f0a36b));
    --_series-3: var(--se-series-3, light-dark(#6b3fa0, #c7a6f2));
    --_series-4: var(--se-series-4, light-dark(#1e7b34, #7fd08f));
  }

  @media (forced-colors: active) {
    :host {
      --_series-1: CanvasText;
      --_series-2: LinkText;
      --_series-3: CanvasText;
      --_series-4: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
    }
  }
`;
