import { slugOf } from '../../core/slug.js';

/**
 * A stable id from an indicator's name, so that a CSV file reads `antall-intervjuer`
 * rather than `indicator-3`: lower case, Norwegian and Danish letters spelled out,
 * anything else a hyphen, made unique among `taken`.
 */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base = slugOf(name, 48) || 'indikator';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
