import { Chart, ensureRegistered, radarConfig, type RadarInput } from './chart.js';

type RadarChart = Chart<'radar', Array<number | null>, string | string[]>;

/**
 * The Chart.js instances of one `<samson-profile>`: one per `canvas[data-chart]` in its shadow
 * root, created, updated and destroyed with those canvases, resized with their boxes, and
 * redrawn at another pixel ratio for print and PNG export.
 */
export class RadarCharts {
  private readonly charts = new Map<HTMLCanvasElement, RadarChart>();
  private resizeObserver?: ResizeObserver;
  pixelRatio?: number;

  /**
   * @param labelsFor - The axis labels for a chart of this width (names when they fit, else numbers).
   */
  constructor(private readonly labelsFor: (width: number) => Array<string | string[]>) {}

  connect(): void {
    this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
  }

  disconnect(): void {
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  get canvases(): HTMLCanvasElement[] {
    return [...this.charts.values()].map((c) => c.canvas);
  }

  /** Makes the charts match `canvases`: `input(canvas, index, width)` gives each one's configuration input. */
  sync(canvases: readonly HTMLCanvasElement[], input: (index: number, width: number) => Omit<RadarInput, 'pixelRatio'>): void {
    for (const [canvas, chart] of this.charts) {
      if (!canvases.includes(canvas)) {
        chart.destroy();
        this.charts.delete(canvas);
      }
    }
    if (!canvases.length) return;
    ensureRegistered();
    canvases.forEach((canvas, c) => {
      const box = canvas.parentElement!;
      const config = radarConfig({ ...input(c, box.clientWidth), pixelRatio: this.pixelRatio });
      const existing = this.charts.get(canvas);
      if (existing) {
        existing.data = config.data;
        existing.options = config.options!;
        existing.update();
      } else {
        canvas.width = Math.max(1, Math.floor(box.clientWidth));
        canvas.height = Math.max(1, Math.floor(box.clientHeight));
        this.charts.set(canvas, new Chart(canvas, config));
        this.resizeObserver?.observe(box);
      }
    });
  }

  setPixelRatio(ratio: number | undefined): void {
    this.pixelRatio = ratio;
    for (const chart of this.charts.values()) {
      chart.options.devicePixelRatio = ratio;
      chart.resize(chart.width, chart.height);
    }
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const canvas = entry.target.querySelector('canvas');
      const chart = canvas ? this.charts.get(canvas) : undefined;
      if (!chart) continue;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      // Hysteresis: sub-pixel jitter must not redraw (or loop).
      if (width > 0 && height > 0 && (Math.abs(width - chart.width) >= 1 || Math.abs(height - chart.height) >= 1)) {
        const labels = this.labelsFor(width);
        if (JSON.stringify(labels) !== JSON.stringify(chart.data.labels)) {
          chart.data.labels = labels;
          chart.update('none');
        }
        chart.resize(width, height);
      }
    }
  }
}
