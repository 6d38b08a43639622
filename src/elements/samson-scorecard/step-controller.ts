/**
 * Which step is open, and where focus goes after the next render: a Lit reactive controller
 * over the steps as data (steps.ts). A step the group opens moves focus to its heading (and,
 * with `history-steps`, becomes a browser history entry, step-history.ts); the step already
 * shown stays as it is, so keystrokes right after a click keep their field. A step whose
 * chunk is on its way (chunks.ts) shows its heading at once, and focus goes there at once (the
 * lazy controller keeps it there when the content arrives); a target the placeholder does not
 * have waits for the chunk.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StepHistory } from './step-history.js';
import { notAStep, shownIndex, stepIndex, type Step, type StepKind } from './steps.js';

export interface StepHooks {
  steps(): readonly Step[];
  /** `history-steps`: every step opened is a history entry. */
  historyEnabled(): boolean;
  /** Tells this element's history entries apart. */
  historyKey(): string;
  /** Whether the render on screen still waits for a chunk. */
  waiting(): boolean;
  root(): ParentNode;
}

export class StepController implements ReactiveController {
  private current = 0;
  private focusTarget: string | undefined;
  private readonly history: StepHistory;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: StepHooks,
  ) {
    host.addController(this);
    this.history = new StepHistory(host, {
      enabled: () => hooks.historyEnabled(),
      key: () => hooks.historyKey(),
      open: (index) => this.goTo(index, true, false),
    });
  }

  hostConnected(): void {}

  /** The index of the step shown (a shorter instrument may have fewer steps than the one stored). */
  get index(): number {
    return shownIndex(this.hooks.steps(), this.current);
  }

  /** The step at the stored index, if the instrument has it. */
  get step(): Step | undefined {
    return this.hooks.steps()[this.current];
  }

  /** Opens a step the user or the page asked for; the step already shown stays as it is. */
  open(index: number, focus = true): void {
    const steps = this.hooks.steps();
    if (shownIndex(steps, index) === shownIndex(steps, this.current)) return;
    this.goTo(index, focus);
  }

  /**
   * `goToStep()`: opens a step the page asked for, or returns why not (anything but a whole
   * number within the steps), with a warning in the console for the page's developer.
   */
  request(index: unknown, focus: boolean): ReturnType<typeof notAStep> {
    const refused = notAStep(this.hooks.steps(), index);
    if (!refused) this.open(index as number, focus);
    else {
      console.warn(
        `samskaping-elements: <samson-scorecard>.goToStep(${refused.found}) needs a whole number from 0 to ${refused.maximum}.`,
      );
    }
    return refused;
  }

  goTo(index: number, focus = true, remember = true): void {
    const next = shownIndex(this.hooks.steps(), index);
    if (remember) this.history.moved(this.current, next);
    this.current = next;
    if (focus) this.focusTarget = '#step-heading';
    this.host.requestUpdate();
  }

  /** Opens the step of a kind (the results after an import, the introduction of a new round). */
  goToKind(kind: StepKind): void {
    this.goTo(stepIndex(this.hooks.steps(), kind));
  }

  /** Back to the introduction, without a history entry (a form reset). */
  reset(): void {
    this.current = 0;
    this.host.requestUpdate();
  }

  /** Focuses the element matching `selector` in the shadow root after the next render. */
  focus(selector: string): void {
    this.focusTarget = selector;
  }

  hostUpdated(): void {
    if (!this.focusTarget) return;
    const target = this.hooks.root().querySelector<HTMLElement>(this.focusTarget);
    if (!target && this.hooks.waiting()) return;
    // After «Neste» the new step starts at the top of the screen, its heading focused.
    if (this.focusTarget === '#step-heading') target?.scrollIntoView({ block: 'start' });
    this.focusTarget = undefined;
    target?.focus({ preventScroll: true });
  }
}
