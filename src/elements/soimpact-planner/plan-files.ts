/**
 * The planner's files: the plan (JSON) and its measurements (CSV) downloaded, and a plan or
 * measurements the user picked, read without throwing and refused with the reasons.
 */
import { msg, str } from '@lit/localize';
import { parseJson, type Problem, type Result } from '../../core/problems.js';
import { measurementsToCsv, parseMeasurementsCsv } from '../../core/soimpact/csv.js';
import { withMeasurements } from '../../core/soimpact/measurements.js';
import { parsePlan, type ImpactPlan } from '../../core/soimpact/plan.js';
import { downloadText, readText } from '../../base/file.js';
import { getLocale } from '../../i18n/locale.js';

export interface PickedFile<T> {
  name: string;
  result: Result<T>;
  /** A refused file's content as JSON, when it is JSON: what its problems are about. */
  document?: unknown;
}

/** The file picked in `event`'s input (which is emptied, so the same file can be picked again). */
async function picked(event: Event): Promise<{ name: string; text: string | undefined } | undefined> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return undefined;
  const text = await readText(file);
  input.value = '';
  return { name: file.name, text };
}

/** A plan file, validated like any plan. */
export async function pickedPlan(event: Event): Promise<PickedFile<ImpactPlan> | undefined> {
  const file = await picked(event);
  if (!file) return undefined;
  const unreadable: Problem = { code: 'not-json', path: [], detail: file.name };
  if (file.text === undefined) return { name: file.name, result: { ok: false, problems: [unreadable] } };
  const result = parsePlan(file.text);
  // A refused file as it was read: its indicators' names say where its problems are.
  const json = result.ok ? undefined : parseJson(file.text);
  return { name: file.name, result, document: json?.ok ? json.value : undefined };
}

/** A measurements CSV merged into `plan` (a row replacing the measurement of its date). */
export async function pickedMeasurements(event: Event, plan: () => ImpactPlan): Promise<PickedFile<ImpactPlan> | undefined> {
  const file = await picked(event);
  if (!file) return undefined;
  const rows = file.text === undefined ? undefined : parseMeasurementsCsv(file.text);
  const merged = rows?.ok ? withMeasurements(plan(), rows.value, 'merge') : rows;
  return { name: file.name, result: merged ?? { ok: false, problems: [{ code: 'no-data', path: [] }] } };
}

/** The plan as the JSON a file export writes. */
export function planJson(plan: ImpactPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Every measurement as CSV (formula-safe), with `;` and a decimal comma in nb, nn and da. */
export function planCsv(plan: ImpactPlan): string {
  return measurementsToCsv(plan, { delimiter: getLocale() === 'en' ? ',' : ';' });
}

/** What the file actions need from the planner. */
export interface PlanFilesHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly current: ImpactPlan;
  /** Shows why a file was refused (the plan stays as it is) and dispatches `soimpact-error`. */
  refuse(title: string, problems: Problem[], document?: unknown): void;
  /** Puts an opened plan in place of the current one, saves it and dispatches `soimpact-change`. */
  open(plan: ImpactPlan): void;
  /** Takes a changed plan (measurements read in). */
  commit(next: ImpactPlan): void;
  announce(text: string): void;
}

/** The toolbar's and the publish panel's downloads and imports. */
export class PlanFiles {
  constructor(private readonly host: PlanFilesHost) {}

  readonly downloadJson = (): void => {
    const plan = this.host.current;
    downloadText(this.host.renderRoot as ShadowRoot, planJson(plan), `${plan.id}.soimpact.json`, 'application/json');
  };

  readonly downloadCsv = (): void => {
    const plan = this.host.current;
    downloadText(this.host.renderRoot as ShadowRoot, planCsv(plan), `${plan.id}-maalinger.csv`, 'text/csv');
  };

  readonly importJson = async (event: Event): Promise<void> => {
    const file = await pickedPlan(event);
    if (!file) return;
    if (!file.result.ok) {
      this.host.refuse(
        msg(str`«${file.name}» kunne ikke åpnes. Planen du arbeider med, er uendret.`),
        file.result.problems,
        file.document,
      );
      return;
    }
    // Said first, so the status is in place when `open` dispatches soimpact-change.
    this.host.announce(msg(str`Planen «${file.result.value.title}» er åpnet.`));
    this.host.open(file.result.value);
  };

  readonly importCsv = async (event: Event): Promise<void> => {
    const file = await pickedMeasurements(event, () => this.host.current);
    if (!file) return;
    if (!file.result.ok) {
      this.host.refuse(msg(str`Målingene i «${file.name}» kunne ikke leses inn. Planen er uendret.`), file.result.problems);
      return;
    }
    this.host.commit(file.result.value);
    this.host.announce(msg(str`Målingene i «${file.name}» er lest inn.`));
  };
}
