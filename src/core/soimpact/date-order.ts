/**
 * The long measurement series `parsePlan` made and found in date order on its way through
 * their rows, with the length and last reading they had then. Series are replaced, never
 * changed, in this library; an entry counts only while the length and last reading are still
 * those (as `latestMeasurement`'s cache). So the latest reading of such a series is its last,
 * and `checkPlan` does not walk it again. Internal: not exported from the core's index.
 */
const ordered = new WeakMap<ReadonlyArray<{ date: string }>, { length: number; last: unknown }>();

export function markInDateOrder(items: ReadonlyArray<{ date: string }>): void {
  ordered.set(items, { length: items.length, last: items[items.length - 1] });
}

/** Whether `items` is such a series: each date on or after the one before. */
export function isInDateOrder(items: ReadonlyArray<{ date: string }>): boolean {
  const known = ordered.get(items);
  return known !== undefined && known.length === items.length && known.last === items[items.length - 1];
}
