/**
 * A record's own entry, never something inherited from `Object.prototype`: an instrument
 * may call a value or a statement `constructor`, and `answers['constructor']` on a plain
 * object is a function, not "unanswered".
 */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
