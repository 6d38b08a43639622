/** Where in a document a problem is: object keys and array indexes, outermost first. */
export type ProblemPath = ReadonlyArray<string | number>;

/**
 * One thing wrong with a piece of input. Problems are data, not sentences, so that an
 * element can describe them again in whatever language the page switches to.
 */
export type Problem =
  | { code: 'not-json'; path: ProblemPath; detail: string }
  | { code: 'missing'; path: ProblemPath }
  | { code: 'wrong-type'; path: ProblemPath; expected: string }
  | { code: 'too-small'; path: ProblemPath; minimum: number; of: 'number' | 'text' | 'list' }
  | { code: 'too-big'; path: ProblemPath; maximum: number; of: 'number' | 'text' | 'list' }
  | { code: 'not-one-of'; path: ProblemPath; allowed: readonly string[] }
  | { code: 'bad-format'; path: ProblemPath; format: string }
  | { code: 'duplicate-id'; path: ProblemPath; id: string }
  | { code: 'unknown-reference'; path: ProblemPath; id: string }
  | { code: 'unknown-format'; path: ProblemPath; found: string; expected: string }
  | { code: 'newer-format'; path: ProblemPath; found: string; expected: string }
  | { code: 'other-instrument'; path: ProblemPath; found: string; expected: string }
  | { code: 'fetch-failed'; path: ProblemPath; url: string; status?: number }
  // A `src` load (src/base/source-controller.ts) that took too long, or whose body passed the size limit in bytes.
  | { code: 'fetch-timeout'; path: ProblemPath; url: string; seconds: number }
  | { code: 'too-large'; path: ProblemPath; url: string; maximum: number }
  // A `src` that answered with a web page (a CMS's «not found» page sent with status 200, a login page), not a data file.
  | { code: 'not-data'; path: ProblemPath; url: string }
  | { code: 'invalid'; path: ProblemPath }
  // SoImpact: a target that equals its baseline leaves nothing to make progress towards.
  | { code: 'target-equals-baseline'; path: ProblemPath; value: number }
  | { code: 'out-of-order'; path: ProblemPath; date: string; previous: string; line?: number }
  // SoImpact: a second reading of an indicator on one date (the CSV import's `duplicate-row`, in a plan).
  | { code: 'same-date'; path: ProblemPath; date: string }
  | { code: 'target-before-baseline'; path: ProblemPath; date: string; baseline: string }
  // CSV import: `line` counts from 1 with the header row as line 1, as a spreadsheet shows it.
  | { code: 'missing-column'; path: ProblemPath; column: string }
  | { code: 'bad-cell'; path: ProblemPath; line: number; column: string; found: string; expected: 'number' | 'date' | 'id' }
  | { code: 'duplicate-row'; path: ProblemPath; line: number; indicator: string; date: string }
  | { code: 'unknown-indicator'; path: ProblemPath; id: string; line?: number }
  | { code: 'no-data'; path: ProblemPath }
  // Drafts in the browser: storage switched off by policy or private browsing, a full quota,
  // another tab or element that saved under the same key.
  | { code: 'storage-blocked'; path: ProblemPath }
  | { code: 'storage-full'; path: ProblemPath }
  | { code: 'storage-conflict'; path: ProblemPath; key: string }
  // A public method called with an argument it cannot use (`goToStep(NaN)`).
  | { code: 'bad-argument'; path: ProblemPath; found: string; minimum: number; maximum: number };

/**
 * A parse never throws: it gives the value, or every problem it found. `warnings` are
 * problems the value was taken with (see `isWarning` for a plan): shown, not refused.
 */
export type Result<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T, warnings: Problem[] = []): Result<T> =>
  warnings.length ? { ok: true, value, warnings } : { ok: true, value };
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** `fields[2].statements[0].text` — the form a web editor can find in their JSON. */
export function formatPath(path: ProblemPath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  format?: string;
  keys?: string[];
  errors?: ZodIssueLike[][];
}

function sizeKind(origin: string | undefined): 'number' | 'text' | 'list' {
  if (origin === 'string') return 'text';
  if (origin === 'array' || origin === 'set') return 'list';
  return 'number';
}

/**
 * What every `safeParse` whose issues reach {@link problemsFromZod} passes: zod leaves the
 * value out of its issues unless asked, and without it a value of the wrong type (a weight
 * written as "8") cannot be told from one that is not there, and would be called missing.
 */
export const REPORT_INPUT = { reportInput: true } as const;

/**
 * Turns zod's issues into problems (parsed with {@link REPORT_INPUT}). Union failures report
 * the branch that got furthest.
 */
export function problemsFromZod(issues: readonly ZodIssueLike[], prefix: ProblemPath = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] as Array<string | number>;
    switch (issue.code) {
      case 'invalid_type':
        problems.push(
          issue.input === undefined
            ? { code: 'missing', path }
            : { code: 'wrong-type', path, expected: issue.expected ?? 'value' },
        );
        break;
      case 'too_small':
        problems.push({ code: 'too-small', path, minimum: Number(issue.minimum), of: sizeKind(issue.origin) });
        break;
      case 'too_big':
        problems.push({ code: 'too-big', path, maximum: Number(issue.maximum), of: sizeKind(issue.origin) });
        break;
      case 'invalid_value':
        problems.push({ code: 'not-one-of', path, allowed: (issue.values ?? []).map(String) });
        break;
      case 'invalid_format':
        problems.push({ code: 'bad-format', path, format: issue.format ?? '' });
        break;
      case 'invalid_union': {
        const branches = issue.errors ?? [];
        const closest = branches.reduce<ZodIssueLike[] | undefined>(
          (best, branch) => (!best || branch.length < best.length ? branch : best),
          undefined,
        );
        problems.push(...(closest && closest.length ? problemsFromZod(closest, path) : [{ code: 'invalid' as const, path }]));
        break;
      }
      default:
        problems.push({ code: 'invalid', path });
    }
  }
  return problems;
}

/** Parses JSON text without throwing. */
export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail({ code: 'not-json', path: [], detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The detail of every `*-error` event: the problems as data (a copy the page may keep, each
 * with its path), and as one line each in the page's language (src/i18n/problems.ts makes it).
 */
export interface ErrorDetail {
  problems: Problem[];
  message: string;
}
