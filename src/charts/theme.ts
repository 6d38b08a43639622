/**
 * Colours and font for a canvas, read from an element's computed custom properties. A
 * canvas cannot follow CSS by itself, so each chart element exposes its resolved colours
 * as private `--_*` properties (see `canvas.styles.ts`) and hands them to Chart.js per
 * chart — never through `Chart.defaults`, so two elements on one page can differ.
 */

/** What every chart of the library draws with. */
export interface CanvasTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  /** One colour per series, cycled. */
  series: string[];
  fontFamily: string;
  fontSize: number;
}

/** Print is black on white whatever the screen theme; series are told apart by dashes and markers. */
export const PRINT_COLOURS: Omit<CanvasTheme, 'fontFamily' | 'fontSize'> = {
  text: '#000000',
  muted: '#333333',
  grid: '#bbbbbb',
  background: '#ffffff',
  series: ['#000000', '#444444', '#000000', '#444444'],
};

/**
 * Reads the shared part of the theme and, through `extra`, any further `--_*` property an
 * element needs (its baseline or importance colour). Empty properties fall back.
 *
 * With a `probe` (an element in the chart element's shadow root, so it inherits its custom
 * properties), each colour is resolved to its computed `rgb()` form — system colours of
 * forced-colours mode and `var()` chains included — which an element needs to draw a colour
 * lighter (the profile's earlier rounds and fills). Without one, the properties' values are
 * used as written.
 */
export function readCanvasTheme(
  element: Element,
  probe?: HTMLElement | null,
): CanvasTheme & { extra: (name: string, fallback: string) => string } {
  const style = getComputedStyle(element);
  const read = probe
    ? (name: string, fallback: string) => {
        probe.style.setProperty('color', `var(${name}, ${fallback})`);
        return getComputedStyle(probe).color || fallback;
      }
    : (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--_text', '#1b1f24'),
    muted: read('--_muted', '#4a5560'),
    grid: read('--_grid', '#c5ccd3'),
    background: read('--_bg', '#ffffff'),
    series: [1, 2, 3, 4].map((n) => read(`--_series-${n}`, '#1f5fa8')),
    fontFamily: style.fontFamily,
    fontSize: parseFloat(style.fontSize) || 16,
    extra: read,
  };
}
