import { msg, str } from '@lit/localize';
import { formatNumber } from '../i18n/number.js';

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

/** Turns zod's issues into problems. Union failures report the branch that got furthest. */
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
 * The detail of every `*-error` event: the problems as data (a copy the page may keep),
 * and as one line each in the page's language.
 */
export interface ErrorDetail {
  problems: Problem[];
  message: string;
}

export function errorDetail(problems: readonly Problem[], title?: string): ErrorDetail {
  const lines = problems.map((problem) => describeProblem(problem));
  return { problems: structuredClone([...problems]), message: (title ? [title, ...lines] : lines).join('\n') };
}

/** One readable sentence for a problem, in the current locale, starting with where it is. */
export function describeProblem(problem: Problem): string {
  const where = formatPath(problem.path);
  const text = describeWhat(problem);
  return where ? `${where}: ${text}` : text;
}

/**
 * A limit or value in a message, in the current language (10 000 in nb, nn and da, 10,000 in
 * en), with all its decimals: a limit or a value the user gave is exact, not rounded. Line
 * numbers and HTTP statuses are left as they are: a spreadsheet and a server show them ungrouped.
 */
const figure = (value: number): string => formatNumber(value, 20);

function describeWhat(problem: Problem): string {
  switch (problem.code) {
    case 'not-json':
      return msg('Filen er ikke gyldig JSON.');
    case 'missing':
      return msg('Dette mangler, men må være med.');
    case 'wrong-type':
      return msg(str`Skal være ${typeName(problem.expected)}.`);
    case 'too-small':
      return problem.of === 'text'
        ? msg(str`Må ha minst ${figure(problem.minimum)} tegn.`)
        : problem.of === 'list'
          ? msg(str`Må ha minst ${figure(problem.minimum)} elementer.`)
          : msg(str`Må være minst ${figure(problem.minimum)}.`);
    case 'too-big':
      return problem.of === 'text'
        ? msg(str`Kan ha høyst ${figure(problem.maximum)} tegn.`)
        : problem.of === 'list'
          ? msg(str`Kan ha høyst ${figure(problem.maximum)} elementer.`)
          : msg(str`Kan være høyst ${figure(problem.maximum)}.`);
    case 'not-one-of':
      return msg(str`Må være én av: ${problem.allowed.join(', ')}.`);
    case 'bad-format':
      return problem.format === 'datetime' || problem.format === 'date'
        ? msg('Må være en dato på formen 2025-03-31 eller 2025-03-31T12:00:00Z.')
        : msg(str`Har feil format (${problem.format}).`);
    case 'duplicate-id':
      return msg(str`Id-en «${problem.id}» er brukt mer enn én gang.`);
    case 'unknown-reference':
      return msg(str`Viser til «${problem.id}», som ikke finnes.`);
    case 'unknown-format':
      return msg(str`Dette er ikke en fil av riktig slag (fant «${problem.found}», ventet «${problem.expected}»).`);
    case 'newer-format':
      return msg(
        str`Filen er laget av en nyere versjon (${problem.found}); denne siden forstår ${problem.expected}. Oppdater samskaping-elements for å åpne den.`,
      );
    case 'other-instrument':
      return msg(str`Disse svarene hører til et annet spørreskjema («${problem.found}»), ikke «${problem.expected}».`);
    case 'fetch-failed':
      return problem.status
        ? msg(str`Kunne ikke laste ${problem.url} (HTTP ${problem.status}).`)
        : msg(str`Kunne ikke laste ${problem.url}.`);
    case 'fetch-timeout':
      return msg(str`${problem.url} svarte ikke innen ${figure(problem.seconds)} sekunder.`);
    case 'too-large':
      return msg(str`${problem.url} er for stor (over ${figure(Math.round(problem.maximum / 1048576))} MB) og ble ikke lastet.`);
    case 'invalid':
      return msg('Verdien er ikke gyldig.');
    case 'target-equals-baseline':
      return msg(
        str`Måltallet er det samme som nullpunktet (${figure(problem.value)}), så det er ingen endring å måle fremgang mot. Velg et annet måltall.`,
      );
    case 'out-of-order':
      return problem.line
        ? msg(
            str`Linje ${problem.line}: datoen ${problem.date} kommer før ${problem.previous} på linjen over. Målingene må stå i datorekkefølge.`,
          )
        : msg(str`Datoen ${problem.date} kommer før ${problem.previous}. Målingene må stå i datorekkefølge.`);
    case 'same-date':
      return msg(str`Det er allerede en måling ${problem.date}. En indikator kan ha bare én måling per dato.`);
    case 'target-before-baseline':
      return msg(str`Måldatoen ${problem.date} kommer før datoen for nullpunktet (${problem.baseline}).`);
    case 'missing-column':
      return msg(
        str`Kolonnen «${problem.column}» mangler. Første linje må være overskriftene indicator, date, value (og eventuelt note).`,
      );
    case 'bad-cell':
      return problem.expected === 'number'
        ? msg(str`Linje ${problem.line}: «${problem.found}» i kolonnen ${problem.column} er ikke et tall.`)
        : problem.expected === 'date'
          ? msg(str`Linje ${problem.line}: «${problem.found}» i kolonnen ${problem.column} er ikke en dato på formen 2025-03-31.`)
          : msg(
              str`Linje ${problem.line}: «${problem.found}» i kolonnen ${problem.column} er ikke en gyldig id (små bokstaver, tall og bindestrek).`,
            );
    case 'duplicate-row':
      return msg(str`Linje ${problem.line}: indikatoren «${problem.indicator}» har allerede en måling ${problem.date}.`);
    case 'unknown-indicator':
      return problem.line
        ? msg(str`Linje ${problem.line}: indikatoren «${problem.id}» finnes ikke i planen.`)
        : msg(str`Indikatoren «${problem.id}» finnes ikke i planen.`);
    case 'no-data':
      return msg('Det er ingen målinger her.');
    case 'storage-blocked':
      return msg('Nettleseren tillater ikke lagring på denne enheten (lagring er slått av).');
    case 'storage-full':
      return msg('Lagringsplassen i nettleseren er full.');
    case 'storage-conflict':
      return msg(
        str`En annen fane eller et annet skjema på siden har lagret under samme navn («${problem.key}»). Begge versjonene er tatt vare på.`,
      );
    case 'bad-argument':
      return msg(
        str`Fikk «${problem.found}», men trenger et helt tall fra ${figure(problem.minimum)} til ${figure(problem.maximum)}.`,
      );
  }
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return msg('tekst');
    case 'number':
    case 'int':
      return msg('et tall');
    case 'array':
      return msg('en liste');
    case 'object':
    case 'record':
      return msg('et objekt');
    case 'boolean':
      return msg('sann eller usann');
    default:
      return expected;
  }
}
