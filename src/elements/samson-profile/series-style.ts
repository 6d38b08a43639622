/**
 * How each line of the profile looks, in one place for the chart, the DOM legend and the PNG
 * legend, so the three always agree. The reading the method teaches decides it: the current
 * round is the bold solid line; earlier rounds are dashed, thinner and lighter behind it;
 * parties are lines of equal weight told apart by colour, dash pattern and point shape (never
 * by colour alone); and the spread between parties can be drawn as a band from the lowest to
 * the highest party around the joint line.
 */
import type { ChartDataset, PointStyle } from 'chart.js';
import type { ChartTheme } from './chart.js';

/** What a line stands for. */
export type SeriesRole = 'current' | 'earlier' | 'party' | 'band-high' | 'band-low';

/** Told apart by more than colour: each line also has its own dash pattern and point shape. */
export const DASHES: readonly number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4]];
export const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

export const CURRENT_WIDTH = 3.5;
export const EARLIER_WIDTH = 2;
export const PARTY_WIDTH = 2.5;
/** How much of its colour an earlier round keeps. */
export const EARLIER_ALPHA = 0.6;

/** The look of one line: shared by the chart dataset and both legends. */
export interface SeriesLook {
  role: SeriesRole;
  /** Index into the theme's series colours (0–3). */
  colour: number;
  dash: readonly number[];
  point: PointStyle;
  width: number;
  /** 1 for full colour, EARLIER_ALPHA for an earlier round. */
  alpha: number;
}

/**
 * The look of line `index` of `count` lines in `role`. For rounds, `index` counts from the
 * oldest; the last is the current round. For parties, `index` is the party's position.
 */
export function seriesLook(role: SeriesRole, index: number, count: number): SeriesLook {
  switch (role) {
    case 'current':
      return { role, colour: 0, dash: DASHES[0]!, point: POINT_STYLES[0]!, width: CURRENT_WIDTH, alpha: 1 };
    case 'earlier': {
      // The round just before the current one gets the first dash; older ones the next.
      const back = Math.max(1, count - 1 - index);
      const k = ((back - 1) % (DASHES.length - 1)) + 1;
      return { role, colour: k % 4, dash: DASHES[k]!, point: POINT_STYLES[k]!, width: EARLIER_WIDTH, alpha: EARLIER_ALPHA };
    }
    case 'party':
      return {
        role,
        colour: index % 4,
        dash: DASHES[index % DASHES.length]!,
        point: POINT_STYLES[index % POINT_STYLES.length]!,
        width: PARTY_WIDTH,
        alpha: 1,
      };
    case 'band-high':
    case 'band-low':
      return { role, colour: 0, dash: DASHES[0]!, point: POINT_STYLES[0]!, width: 1, alpha: 1 };
  }
}

/** A line of the radar, as the chart gets it. */
export interface StyledSeries {
  label: string;
  /** One per axis, 0–10 or null. */
  scores: ReadonlyArray<number | null>;
  look: SeriesLook;
  /** Drawing order among the lines: lower is drawn on top. */
  order: number;
}

/** One Chart.js dataset for a line. A `band-high` dataset fills down to the dataset right after it (its `band-low`). */
export function seriesDataset(series: StyledSeries, theme: ChartTheme): ChartDataset<'radar', Array<number | null>> {
  const { look } = series;
  const colour = withAlpha(theme.series[look.colour % theme.series.length]!, look.alpha);
  if (look.role === 'band-high' || look.role === 'band-low') {
    return {
      label: series.label,
      data: [...series.scores],
      borderColor: withAlpha(theme.series[0]!, 0.5),
      backgroundColor: withAlpha(theme.series[0]!, 0.22),
      borderWidth: look.width,
      borderDash: [],
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 6,
      fill: look.role === 'band-high' ? '+1' : false,
      order: series.order,
    };
  }
  return {
    label: series.label,
    data: [...series.scores],
    borderColor: colour,
    backgroundColor: withAlpha(theme.seriesFill[look.colour % theme.seriesFill.length]!, look.alpha),
    pointBackgroundColor: colour,
    pointBorderColor: theme.background,
    pointBorderWidth: 1,
    borderWidth: look.width,
    borderDash: [...look.dash],
    pointStyle: look.point,
    pointRadius: look.role === 'current' ? 4.5 : 3.5,
    pointHoverRadius: 6,
    fill: false,
    order: series.order,
  };
}

/** `rgb(1, 2, 3)` → `rgba(1, 2, 3, a)`; anything else (a system colour in forced-colours mode) is returned unchanged. */
export function withAlpha(colour: string, alpha: number): string {
  if (alpha >= 1) return colour;
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(colour);
  if (!m) return colour;
  const own = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${own * alpha})`;
}
