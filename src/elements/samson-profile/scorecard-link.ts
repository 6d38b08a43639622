import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the `<samson-scorecard>` named by `for=`: its current response (from `samson-change`,
 * and its `response` property when binding) and its rounds — the `history` property, read on
 * binding and after every event, and the detail of `samson-round` (a new round started). A
 * scorecard without rounds simply has no `history`; then only the response is followed.
 *
 * The values are handed over unvalidated (they come from another element); the profile
 * validates them like any input.
 */
export class ScorecardLink implements ReactiveController {
  /** The scorecard's current response, as it last said. */
  response?: unknown;
  /** The scorecard's history of rounds, as it last said. */
  history?: unknown;

  private id: string | null = null;
  private target?: Element;
  private retry?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Follows the element with this id (in the host's document or shadow root), or none. */
  follow(id: string | null): void {
    if (id === this.id && (this.target || !id)) return;
    this.id = id;
    this.response = undefined;
    this.history = undefined;
    this.bind();
  }

  hostConnected(): void {
    this.bind();
  }

  hostDisconnected(): void {
    this.unbind();
  }

  private bind(): void {
    this.unbind();
    if (!this.id || !this.host.isConnected) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(this.id) : null;
    if (!target) {
      // The scorecard may come later in the page than the profile: look again once it is parsed.
      this.retry = () => {
        this.retry = undefined;
        if (this.host.isConnected) this.bind();
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.retry, { once: true });
      else setTimeout(() => this.retry?.(), 0);
      return;
    }
    this.target = target;
    target.addEventListener('samson-change', this.onChange);
    target.addEventListener('samson-round', this.onRound);
    this.readProperties();
    this.host.requestUpdate();
  }

  private unbind(): void {
    if (this.retry) document.removeEventListener('DOMContentLoaded', this.retry);
    this.retry = undefined;
    this.target?.removeEventListener('samson-change', this.onChange);
    this.target?.removeEventListener('samson-round', this.onRound);
    this.target = undefined;
  }

  private readProperties(): void {
    const target = this.target as (Element & { response?: unknown; history?: unknown }) | undefined;
    if (!target) return;
    if (target.response && typeof target.response === 'object') this.response = target.response;
    if (target.history && typeof target.history === 'object') this.history = target.history;
  }

  private onChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ response?: unknown } | undefined>).detail;
    if (detail && typeof detail === 'object' && 'response' in detail) this.response = detail.response;
    const history = (this.target as { history?: unknown } | undefined)?.history;
    if (history && typeof history === 'object') this.history = history;
    this.host.requestUpdate();
  };

  private onRound = (event: Event): void => {
    const detail = (event as CustomEvent<{ history?: unknown } | undefined>).detail;
    if (detail && typeof detail === 'object' && detail.history && typeof detail.history === 'object') {
      this.history = detail.history;
      // The new round has no answers yet: the response the scorecard had belongs to the round before.
      this.response = undefined;
    }
    this.host.requestUpdate();
  };
}
