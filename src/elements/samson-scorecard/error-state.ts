/**
 * What the scorecard refused, by kind, kept as problems (described at render time, so they
 * follow a live language switch, notices.ts) and dispatched as `samson-error`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../core/problems.js';
import type { ErrorKind } from './notices.js';

export class ErrorState implements ReactiveController {
  problems: Partial<Record<ErrorKind, Problem[]>> = {};
  /** What a kind's problems are about, when it is not the instrument in use: a refused instrument as it was given. */
  documents: Partial<Record<ErrorKind, unknown>> = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly dispatch: (problems: Problem[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows the problems under their kind (replacing that kind's earlier ones) and dispatches them. */
  fail(kind: ErrorKind, problems: Problem[], document?: unknown): void {
    this.problems = { ...this.problems, [kind]: problems };
    this.documents = { ...this.documents, [kind]: document };
    this.dispatch(problems);
    this.host.requestUpdate();
  }

  /** The input of this kind was accepted: its message goes. */
  clear(kind: ErrorKind): void {
    if (!this.problems[kind]) return;
    const problems = { ...this.problems };
    delete problems[kind];
    this.problems = problems;
    this.host.requestUpdate();
  }
}
