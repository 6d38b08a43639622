import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint, Plugin } from 'chart.js';

/** Printing draws at this device-pixel ratio or more, so a printed chart is sharp. */
export const PRINT_PIXEL_RATIO = 3;

/**
 * Whether the window is printing, for a chart whose element is created after `beforeprint`
 * (the profile in a scorecard's report, which is rendered only once printing has begun): it
 * missed the event, yet must draw at once and unanimated, or the page prints an empty canvas.
 */
let windowPrinting = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (windowPrinting = true));
  window.addEventListener('afterprint', () => (windowPrinting = false));
}

/** What an element draws with, once its chunk has loaded: Chart.js, registered for its charts. */
export interface ChartRuntime {
  Chart: typeof Chart;
  /** Inline plugins added to every chart of the element (they may use Chart.js's helpers). */
  plugins?: Plugin[];
}

export interface ChartLifecycleOptions {
  /**
   * Loads Chart.js and adds what the element's charts need to its registry, e.g.
   * `() => import('./register.js').then(...)`: called on the first `sync()` that has a chart
   * to draw, so a page without a drawn chart never loads Chart.js (a chunk next to the bundle).
   */
  load: () => Promise<ChartRuntime>;
  /**
   * Draw every chart again, now (synchronously): called when printing starts or ends and
   * when the system switches light/dark, because a canvas keeps what it last drew.
   */
  redraw: () => void;
}

/**
 * The life of an element's Chart.js charts, shared by the chart elements: one chart per
 * canvas, created on the first `sync()` and updated in place after, each sized to the box
 * around its canvas (the canvas's parent) and resized with it by one `ResizeObserver`;
 * redrawn in print colours at print resolution around printing and when the colour scheme
 * changes; never animated under `prefers-reduced-motion`; and every chart destroyed when
 * the element leaves the page (and created again by the next `sync()` when it comes back).
 *
 * Charts are `responsive: false`: Chart.js's own resize handling attaches a
 * ResizeObserver per chart and reads the canvas's parent, which in a shadow root is
 * ours; one observer for all of them is cheaper and lets the element decide what a new
 * width changes (fewer date labels, numbered axes).
 */
export class ChartLifecycle implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ChartLifecycleOptions;
  private readonly charts = new Map<HTMLCanvasElement, Chart>();
  private observer?: ResizeObserver;
  private reducedMotion?: MediaQueryList;
  private colorScheme?: MediaQueryList;
  private printMedia?: MediaQueryList;
  private printingNow = false;
  private exportRatio?: number;
  private runtime?: ChartRuntime;
  private loading?: Promise<void>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartLifecycleOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether the page is being printed (draw black on white). */
  get printing(): boolean {
    return this.printingNow;
  }

  /** Whether charts may animate: not under reduced motion, not while printing. */
  get animate(): boolean {
    return !this.reducedMotion?.matches && !this.printingNow;
  }

  /** The device-pixel ratio to draw at: undefined follows the screen. */
  get pixelRatio(): number | undefined {
    if (this.exportRatio !== undefined) return this.exportRatio;
    return this.printingNow ? Math.max(PRINT_PIXEL_RATIO, window.devicePixelRatio || 1) : undefined;
  }

  /**
   * Draws every chart at `ratio` device pixels per CSS pixel — an image export's resolution —
   * until called again with undefined, which returns to the screen's (or print's) ratio.
   */
  drawAt(ratio: number | undefined): void {
    this.exportRatio = ratio;
    this.applyPixelRatio();
  }

  /** The charts drawn now, in the order of the last `sync()`. */
  get all(): Chart[] {
    return [...this.charts.values()];
  }

  /**
   * Settles when Chart.js has loaded and the charts asked for so far are drawn (at once when
   * none was asked for). The elements await it in `updateComplete`.
   */
  get drawn(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /**
   * Whether Chart.js is loaded; when it is not, starts loading it (`redraw` is called once it
   * is here). An element asks before it builds its charts' configurations, so a large series is
   * not turned into points for a chart that cannot be drawn yet.
   */
  ensureLoaded(): boolean {
    if (this.runtime) return true;
    if (this.host.isConnected) this.loadRuntime();
    return false;
  }

  chartOn(canvas: HTMLCanvasElement): Chart | undefined {
    return this.charts.get(canvas);
  }

  hostConnected(): void {
    this.printingNow = windowPrinting;
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.colorScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.onColorScheme);
    this.printMedia = window.matchMedia('print');
    this.printMedia.addEventListener('change', this.onPrintLayout);
    this.observer = new ResizeObserver((entries) => this.onResize(entries));
    // Reconnected: the charts were destroyed; the next update draws them again.
    if ((this.host as { hasUpdated?: boolean }).hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.colorScheme?.removeEventListener('change', this.onColorScheme);
    this.printMedia?.removeEventListener('change', this.onPrintLayout);
    this.observer?.disconnect();
    this.observer = undefined;
    this.destroyAll();
  }

  /**
   * Makes the charts match `panels`: a chart for each canvas (created, or updated with the
   * new configuration), and every other chart destroyed. Canvases in a hidden or unsized
   * box are skipped until they have a size.
   */
  sync<T extends ChartType, D = DefaultDataPoint<T>, L = unknown>(
    panels: ReadonlyArray<{ canvas: HTMLCanvasElement; config: ChartConfiguration<T, D, L> }>,
  ): void {
    const wanted = new Set(panels.map((p) => p.canvas));
    for (const [canvas, chart] of this.charts) {
      if (!wanted.has(canvas)) {
        chart.destroy();
        this.charts.delete(canvas);
      }
    }
    if (!panels.length || !this.host.isConnected) return;
    const runtime = this.runtime;
    if (!runtime) {
      this.loadRuntime();
      return;
    }
    for (const { canvas, config } of panels) {
      const box = canvas.parentElement;
      if (!box) continue;
      const width = Math.floor(box.clientWidth);
      const height = Math.floor(box.clientHeight);
      let chart = this.charts.get(canvas);
      if (chart) {
        chart.data = config.data as Chart['data'];
        chart.options = config.options as Chart['options'];
        chart.update(this.animate ? undefined : 'none');
      } else {
        // Sized before the chart exists, so Chart.js lays out and draws once, not twice.
        if (width > 0 && height > 0) {
          canvas.width = width;
          canvas.height = height;
        }
        const plugins = [...(config.plugins ?? []), ...(runtime.plugins ?? [])] as ChartConfiguration['plugins'];
        chart = new runtime.Chart(canvas, { ...config, plugins } as unknown as ChartConfiguration) as unknown as Chart;
        this.charts.set(canvas, chart);
        this.observer?.observe(box);
      }
      if (width > 0 && height > 0 && (chart.width !== width || chart.height !== height)) chart.resize(width, height);
    }
  }

  /** The element's text (summary, table) is up already; the canvases draw when Chart.js is here. */
  private loadRuntime(): void {
    this.loading ??= this.options.load().then(
      (runtime) => {
        this.runtime = runtime;
        if (this.host.isConnected) this.options.redraw();
      },
      (error: unknown) => {
        // A chunk that failed to load (offline, moved): the text stays; the next update tries again.
        this.loading = undefined;
        console.warn('samskaping-elements: Chart.js did not load', error);
      },
    );
  }

  destroyAll(): void {
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const canvas = entry.target.querySelector('canvas');
      const chart = canvas ? this.charts.get(canvas) : undefined;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      // Hysteresis: sub-pixel jitter must not redraw (or loop).
      if (chart && width > 0 && height > 0 && (Math.abs(width - chart.width) >= 1 || Math.abs(height - chart.height) >= 1)) {
        chart.resize(width, height);
        changed = true;
      }
    }
    // What fits (labels, ticks) depends on the width: let the element configure again.
    if (changed) this.host.requestUpdate();
  }

  private setPrinting(printing: boolean): void {
    if (this.printingNow === printing) return;
    this.printingNow = printing;
    this.drawAgain();
  }

  /** Configured for the width the box has now (labels, ticks) and drawn at its size and ratio. */
  private drawAgain(): void {
    this.options.redraw();
    this.applyPixelRatio();
  }

  private applyPixelRatio(): void {
    for (const [canvas, chart] of this.charts) {
      // Chart.js applies a new devicePixelRatio only when it resizes, and defers a resize while animating.
      chart.options.devicePixelRatio = this.pixelRatio;
      chart.stop();
      // To the box's size now (the paper's once the page is laid out for print, the screen's
      // after): Chart.js's own measure, `resize()` without a size, gave a printed radar a
      // canvas narrower than its box, with the field names cut off at both sides.
      const box = canvas.parentElement;
      const width = Math.floor(box?.clientWidth ?? 0);
      const height = Math.floor(box?.clientHeight ?? 0);
      if (width > 0 && height > 0) chart.resize(width, height);
      else chart.resize();
    }
  }

  private readonly onBeforePrint = () => this.setPrinting(true);
  /**
   * `beforeprint` comes while the page still has its screen layout; the paper's comes after,
   * when `print` media starts to match, and the charts are drawn again at its size then, before
   * the page is printed. Without it, a chart printed at its screen size, shrunk onto the paper
   * (the radar's field names at 6 pt in a scorecard's report).
   */
  private readonly onPrintLayout = (event: MediaQueryListEvent) => {
    if (event.matches && this.printingNow) this.drawAgain();
  };
  private readonly onAfterPrint = () => this.setPrinting(false);
  // The canvas keeps the colours it was drawn with; redraw when the system switches light/dark.
  private readonly onColorScheme = () => this.options.redraw();
}
