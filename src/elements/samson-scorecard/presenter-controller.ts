/**
 * The scorecard's layouts: `standard` (one field per step), `presenter` (for a group around
 * one screen: large type, one statement at a time, number keys answer) and `single-page`
 * (every statement on one scrolling page). The controller keeps which statement each field
 * shows in the presenter layout and turns the keys 1–5 and 0 into answers.
 */
import type { LitElement, ReactiveController } from 'lit';
import type { Rating } from '../../core/samson/response.js';
import type { Step } from './steps.js';

import type { ScorecardLayout } from './layout.js';

export { LAYOUTS, layoutFrom, type ScorecardLayout } from './layout.js';

/** The rating a key stands for in the presenter layout: 1–5, and 0 for «vet ikke / ikke relevant». */
export function ratingForKey(key: string): Rating | undefined {
  if (key === '0') return 'not-relevant';
  return /^[1-5]$/.test(key) ? (Number(key) as Rating) : undefined;
}

export interface PresenterHooks {
  layout(): ScorecardLayout;
  /** The step on screen, or undefined while nothing may be answered (read-only). */
  step(): Step | undefined;
  answer(statementId: string, rating: Rating): void;
}

export class PresenterController implements ReactiveController {
  /** Which statement each field shows (field index → statement index). */
  private readonly cursors = new Map<number, number>();
  /** Statements whose idea box the group opened. */
  private readonly openIdeas = new Set<string>();

  private readonly onKeydown = (event: KeyboardEvent): void => this.keydown(event);

  constructor(
    private readonly host: LitElement,
    private readonly hooks: PresenterHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  cursor(fieldIndex: number, count: number): number {
    return Math.max(0, Math.min(this.cursors.get(fieldIndex) ?? 0, count - 1));
  }

  moveTo(fieldIndex: number, statement: number): void {
    this.cursors.set(fieldIndex, statement);
    this.host.requestUpdate();
  }

  ideaOpen(statementId: string): boolean {
    return this.openIdeas.has(statementId);
  }

  /** Opens a statement's idea box and puts the cursor in it. */
  openIdea(statementId: string): void {
    this.openIdeas.add(statementId);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLTextAreaElement>(`#idea-${CSS.escape(statementId)}`)?.focus(),
    );
  }

  private keydown(event: KeyboardEvent): void {
    if (this.hooks.layout() !== 'presenter' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    // Digits typed into the idea box or a text field are text, never answers.
    if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'radio')) return;
    const rating = ratingForKey(event.key);
    const step = this.hooks.step();
    const statements = step?.kind === 'field' ? step.field.statements : [];
    if (rating === undefined || step?.kind !== 'field' || !statements.length) return;
    const id = statements[this.cursor(step.index, statements.length)]!.id;
    event.preventDefault();
    this.hooks.answer(id, rating);
  }
}
