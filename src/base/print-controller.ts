import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, from `beforeprint` to `afterprint`, so an element
 * can render its print layout (the scorecard prints its report whatever step is open).
 * The host re-renders at both ends.
 */
export class PrintController implements ReactiveController {
  printing = false;

  private readonly onBefore = (): void => this.set(true);
  private readonly onAfter = (): void => this.set(false);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }

  private set(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
