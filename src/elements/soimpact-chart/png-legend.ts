/**
 * Each panel's legend for the downloaded PNG, from the same entries as the legend on screen
 * (`panelLegend` in templates.ts), in the colours the canvas draws with: a series in its
 * colour and point shape, the reference patterns in the muted colour, as the swatches are.
 */
import type { UnitPanel } from '../../core/soimpact/measurements.js';
import type { CanvasTheme } from '../../charts/theme.js';
import type { PngLegendItem, PngPointShape } from '../../charts/png-legend.js';
import { POINT_STYLES } from './chart-config.js';
import { panelLegend } from './templates.js';

export function pngLegend(panel: UnitPanel, theme: CanvasTheme): PngLegendItem[] {
  return panelLegend(panel).map((entry) =>
    entry.position === undefined
      ? { label: entry.label, colour: theme.muted, dash: entry.dash, lineWidth: 2 }
      : {
          label: entry.label,
          colour: theme.series[entry.position % theme.series.length]!,
          dash: entry.dash,
          lineWidth: 3,
          point: POINT_STYLES[entry.position % POINT_STYLES.length] as PngPointShape,
        },
  );
}
