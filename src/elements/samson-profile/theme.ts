import type { ChartTheme } from './chart.js';
import { withAlpha } from './series-style.js';

/**
 * Reads the chart's colours from the element's computed custom properties — per instance and
 * per media state (dark, forced colours) — through a hidden probe element in its shadow root.
 */
export function readTheme(host: HTMLElement, probe: HTMLElement | null): ChartTheme {
  const style = getComputedStyle(host);
  const colour = (variable: string, fallback: string): string => {
    if (!probe) return fallback;
    probe.style.setProperty('color', `var(${variable}, ${fallback})`);
    return getComputedStyle(probe).color || fallback;
  };
  const series = ['--_series-1', '--_series-2', '--_series-3', '--_series-4'].map((v) => colour(v, '#1f5fa8'));
  const importance = colour('--_importance', '#9aa3ad');
  return {
    text: colour('--_text', '#1b1f24'),
    muted: colour('--_muted', '#4a5560'),
    grid: colour('--_grid', '#c5ccd3'),
    background: colour('--_bg', '#ffffff'),
    importance,
    importanceFill: withAlpha(importance, 0.55),
    series,
    seriesFill: series.map((c) => withAlpha(c, 0.15)),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
    fontSize: parseFloat(style.fontSize) || 16,
  };
}
