/**
 * Validating (and, for `aggregate`, averaging) many responses without freezing the page: a
 * hundred thousand responses take seconds of work, so they are handled in slices of a few
 * milliseconds, each in a task of its own, and the element shows how far it has come. A
 * newer input replaces a job under way; a few hundred responses are still handled at once.
 */
import type { Problem, ProblemPath } from '../../core/problems.js';
import type { Instrument } from '../../core/samson/instrument.js';
import { ResponseAggregator, type AggregatedScores } from '../../core/samson/profile.js';
import { parseResponse, type Response } from '../../core/samson/response.js';
import { nextTask } from '../../base/next-task.js';

/** Up to this many responses are validated in the task that set them. */
export const AT_ONCE = 50;
/** The longest slice of work between two tasks: far below the 50 ms of a "long task". */
const SLICE_MS = 12;
/** How often the progress is shown again: each render costs a little, and a bar needs no more. */
const PROGRESS_MS = 250;

export interface ValidatedResponses {
  valid: Response[];
  problems: Problem[];
  /** The mean of the valid ones, when asked for (`aggregate`). */
  aggregated?: AggregatedScores;
}

export type ResponsesState = { status: 'done'; result: ValidatedResponses } | { status: 'working'; done: number; total: number };

function check(
  item: unknown,
  index: number,
  instrument: Instrument,
  into: ValidatedResponses,
  aggregator: ResponseAggregator | undefined,
): void {
  const parsed = parseResponse(item, instrument);
  if (parsed.ok) {
    into.valid.push(parsed.value);
    aggregator?.add(parsed.value);
  } else {
    const prefix: ProblemPath = ['responses', index];
    into.problems.push(...parsed.problems.map((p) => ({ ...p, path: [...prefix, ...p.path] })));
  }
}

export class IncrementalResponses {
  private key: unknown[] = [];
  private state: ResponsesState | undefined;
  private generation = 0;
  /** Resolves when the job under way ends (finished or replaced); at once when there is none. */
  settled: Promise<void> = Promise.resolve();

  constructor(private readonly changed: () => void) {}

  /**
   * The validated responses for these inputs: at once for a few, else `working` until a
   * background job finishes (then `changed()` is called and this returns `done`).
   */
  validate(input: readonly unknown[], instrument: Instrument, aggregate: boolean): ResponsesState {
    const key = [input, instrument, aggregate];
    if (this.state && key.every((value, i) => value === this.key[i])) return this.state;
    this.key = key;
    const generation = ++this.generation;
    if (input.length <= AT_ONCE) {
      const result: ValidatedResponses = { valid: [], problems: [] };
      input.forEach((item, i) => check(item, i, instrument, result, undefined));
      this.state = { status: 'done', result };
      return this.state;
    }
    this.state = { status: 'working', done: 0, total: input.length };
    this.settled = this.run(generation, input, instrument, aggregate);
    return this.state;
  }

  /** Forgets a job under way (the element was removed). */
  cancel(): void {
    this.generation++;
    this.state = undefined;
    this.key = [];
  }

  private async run(generation: number, input: readonly unknown[], instrument: Instrument, aggregate: boolean): Promise<void> {
    const result: ValidatedResponses = { valid: [], problems: [] };
    const aggregator = aggregate ? new ResponseAggregator(instrument) : undefined;
    let next = 0;
    let shown = performance.now();
    while (next < input.length) {
      await nextTask();
      if (generation !== this.generation) return;
      const until = performance.now() + SLICE_MS;
      do {
        check(input[next], next, instrument, result, aggregator);
        next++;
      } while (next < input.length && performance.now() < until);
      if (performance.now() - shown >= PROGRESS_MS) {
        shown = performance.now();
        this.state = { status: 'working', done: next, total: input.length };
        this.changed();
      }
    }
    if (aggregator && aggregator.count > 0) result.aggregated = aggregator.result();
    this.state = { status: 'done', result };
    this.changed();
  }
}
