import { type Problem, type Result } from '../core/problems.js';
import { describeProblem } from '../i18n/problems.js';

/** Content that failed its schema: the problems travel with it, for the element's `*-error`. */
export class ContentError extends Error {
  constructor(
    what: string,
    readonly problems: Problem[],
  ) {
    super(`${what}: ${problems.map((problem) => describeProblem(problem)).join('; ')}`);
    this.name = 'ContentError';
  }
}

/** The problems of a failed content load, for an element to show; a thrown non-content error becomes `invalid`. */
export function problemsOf(error: unknown): Problem[] {
  return error instanceof ContentError ? error.problems : [{ code: 'invalid', path: [] }];
}

/** Registered content is the document itself or a function that loads it (e.g. `() => import('./sv.json')`). */
export async function loadRegistered<T>(source: unknown, what: string, parse: (input: unknown) => Result<T>): Promise<T> {
  let input = typeof source === 'function' ? await (source as () => unknown)() : source;
  // A module namespace from `import('./x.json')`.
  if (typeof source === 'function' && typeof input === 'object' && input !== null && 'default' in input) {
    input = (input as { default: unknown }).default;
  }
  const result = parse(input);
  if (!result.ok) throw new ContentError(what, result.problems);
  return result.value;
}
