/**
 * Opt-in (`history-steps`): every step the group opens becomes a browser history entry, so
 * the Back gesture or button goes to the previous step instead of leaving the questionnaire.
 * Entries carry the element's key, so two scorecards on a page never move each other.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface StepState {
  key: string;
  index: number;
}

const STATE_KEY = 'samskapingStep';

export interface StepHistoryHooks {
  enabled(): boolean;
  /** Tells this element's entries apart (its storage key). */
  key(): string;
  /** Opens a step without adding an entry. */
  open(index: number): void;
}

export class StepHistory implements ReactiveController {
  private readonly onPop = (event: PopStateEvent): void => this.pop(event);

  constructor(
    host: ReactiveControllerHost,
    private readonly hooks: StepHistoryHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** A step change the group made: one history entry (the first change also marks where it started). */
  moved(from: number, to: number): void {
    if (!this.hooks.enabled() || from === to) return;
    const key = this.hooks.key();
    if (this.stateOf(history.state)?.key !== key) history.replaceState(this.with(history.state, { key, index: from }), '');
    history.pushState(this.with(history.state, { key, index: to }), '');
  }

  private pop(event: PopStateEvent): void {
    if (!this.hooks.enabled()) return;
    const step = this.stateOf(event.state);
    if (step && step.key === this.hooks.key()) this.hooks.open(step.index);
  }

  private stateOf(state: unknown): StepState | undefined {
    if (!state || typeof state !== 'object') return undefined;
    const step = (state as Record<string, unknown>)[STATE_KEY] as StepState | undefined;
    return step && typeof step.key === 'string' && Number.isInteger(step.index) ? step : undefined;
  }

  /** The page's own history state is kept; only our entry is added to it. */
  private with(state: unknown, step: StepState): object {
    const base = state && typeof state === 'object' ? (state as object) : {};
    return { ...base, [STATE_KEY]: step };
  }
}
