import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ActiveElement, Chart } from 'chart.js';

export interface ChartKeyboardOptions {
  /** The charts to make keyboard-reachable (each one's canvas gets `tabindex="0"`). */
  charts: () => Chart[];
  /** Whether a dataset's points are stops for the arrow keys; default every visible dataset with points. */
  navigable?: (chart: Chart, datasetIndex: number) => boolean;
}

/**
 * Tooltips from the keyboard, for every Chart.js chart of an element: each canvas is a tab
 * stop; ← and → move from point to point (Home and End to the first and last, Page Up and
 * Page Down a tenth of the way), ↑ and ↓ to the same place in the previous or next series,
 * Escape hides the tooltip. The point reached shows its tooltip, exactly as on hover, and
 * the tooltip's text is read out through a polite live region the element renders with
 * `liveRegion()`. Leaving the canvas hides the tooltip again.
 */
export class ChartKeyboard implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ChartKeyboardOptions;
  private root?: Node;
  private readonly position = new WeakMap<Chart, { datasetIndex: number; index: number }>();
  /** What the live region says: the focused point's tooltip in words. */
  announcement = '';

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartKeyboardOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.root = (this.host as unknown as { renderRoot?: Node }).renderRoot ?? this.host;
    this.root.addEventListener('keydown', this.onKeyDown as EventListener);
    this.root.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.root?.removeEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostUpdated(): void {
    // Elements create their charts in updated(), which runs after this: mark them once it has.
    void this.host.updateComplete.then(() => this.markCanvases());
  }

  private markCanvases(): void {
    for (const chart of this.options.charts()) {
      const canvas = chart.canvas;
      if (canvas.getAttribute('tabindex') !== '0') canvas.setAttribute('tabindex', '0');
      canvas.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown Home End');
    }
  }

  /** The polite live region that reads the focused point out; render it once in the element. */
  liveRegion(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>`;
  }

  /** Shows the tooltip of one point (as hover would) and says it in the live region. */
  show(chart: Chart, datasetIndex: number, index: number): void {
    const meta = chart.getDatasetMeta(datasetIndex);
    const element = meta.data[index];
    if (!element) return;
    const active: ActiveElement[] = [{ datasetIndex, index, element }];
    chart.setActiveElements(active);
    const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
    chart.tooltip?.setActiveElements(active, { x, y });
    chart.update('none');
    this.position.set(chart, { datasetIndex, index });
    // Said as the tooltip reads: a label broken over lines (src/charts/tooltip-lines.ts) is one
    // phrase, and a reading's note after it is said too.
    const tooltip = chart.tooltip;
    const phrases = [
      (tooltip?.title ?? []).join(' '),
      ...(tooltip?.body ?? []).flatMap((b) => [b.lines.join(' '), b.after.join(' ')]),
    ].filter(Boolean);
    this.say(phrases.join(', '));
  }

  /** Hides the tooltip and the hover state on one chart. */
  hide(chart: Chart): void {
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update('none');
  }

  private say(text: string): void {
    if (text === this.announcement) return;
    this.announcement = text;
    this.host.requestUpdate();
  }

  private chartOf(event: Event): Chart | undefined {
    const target = event.composedPath()[0];
    return this.options.charts().find((chart) => chart.canvas === target);
  }

  /**
   * The series the arrows stop on, front one first: Chart.js draws a higher `order` further
   * back, so a layer drawn behind (the profile's grey importance) is the last stop, not the
   * one a keyboard user lands on first.
   */
  private stops(chart: Chart): number[] {
    const navigable = this.options.navigable ?? (() => true);
    const depth = (i: number) => (chart.data.datasets[i] as { order?: number }).order ?? 0;
    return chart.data.datasets
      .map((_, i) => i)
      .filter((i) => chart.isDatasetVisible(i) && chart.getDatasetMeta(i).data.length > 0 && navigable(chart, i))
      .sort((a, b) => depth(a) - depth(b));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const chart = this.chartOf(event);
    if (!chart) return;
    if (event.key === 'Escape') {
      this.hide(chart);
      this.position.delete(chart);
      return;
    }
    const stops = this.stops(chart);
    if (
      !stops.length ||
      !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key)
    )
      return;
    event.preventDefault();
    const at = this.position.get(chart);
    let datasetIndex = at && stops.includes(at.datasetIndex) ? at.datasetIndex : stops[0]!;
    let index = at ? at.index : -1;
    const count = () => chart.getDatasetMeta(datasetIndex).data.length;
    const jump = Math.max(1, Math.round(count() / 10));
    switch (event.key) {
      case 'ArrowRight':
        index = index < 0 ? 0 : Math.min(count() - 1, index + 1);
        break;
      case 'ArrowLeft':
        index = index < 0 ? count() - 1 : Math.max(0, index - 1);
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = count() - 1;
        break;
      case 'PageUp':
        index = Math.max(0, index - jump);
        break;
      case 'PageDown':
        index = Math.min(count() - 1, Math.max(0, index) + jump);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const from = chart.getDatasetMeta(datasetIndex).data[Math.max(0, index)];
        const k = stops.indexOf(datasetIndex) + (event.key === 'ArrowDown' ? 1 : -1);
        datasetIndex = stops[(k + stops.length) % stops.length]!;
        // The same place in the other series: its point nearest in x (series may have other dates).
        const points = chart.getDatasetMeta(datasetIndex).data;
        let best = Math.min(Math.max(0, index), points.length - 1);
        if (from) {
          points.forEach((point, i) => {
            if (Math.abs(point.x - from.x) < Math.abs(points[best]!.x - from.x)) best = i;
          });
        }
        index = best;
        break;
      }
    }
    this.show(chart, datasetIndex, index);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const chart = this.chartOf(event);
    if (chart) {
      this.hide(chart);
      this.position.delete(chart);
    }
  };
}
