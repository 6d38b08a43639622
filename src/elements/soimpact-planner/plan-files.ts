/** The planner's files: a plan (JSON) or measurements (CSV) the user picked, read without throwing. */
import type { Problem, Result } from '../../core/problems.js';
import { parseMeasurementsCsv } from '../../core/soimpact/csv.js';
import { withMeasurements } from '../../core/soimpact/measurements.js';
import { parsePlan, type ImpactPlan } from '../../core/soimpact/plan.js';
import { readText } from '../../base/file.js';

export interface PickedFile<T> {
  name: string;
  result: Result<T>;
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
  return { name: file.name, result: file.text === undefined ? { ok: false, problems: [unreadable] } : parsePlan(file.text) };
}

/** A measurements CSV merged into `plan` (a row replacing the measurement of its date). */
export async function pickedMeasurements(event: Event, plan: () => ImpactPlan): Promise<PickedFile<ImpactPlan> | undefined> {
  const file = await picked(event);
  if (!file) return undefined;
  const rows = file.text === undefined ? undefined : parseMeasurementsCsv(file.text);
  const merged = rows?.ok ? withMeasurements(plan(), rows.value, 'merge') : rows;
  return { name: file.name, result: merged ?? { ok: false, problems: [{ code: 'no-data', path: [] }] } };
}
