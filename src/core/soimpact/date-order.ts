/**
 * The long measurement series `parsePlan` made and found in date order on its way through
 * their rows, with the length and last reading they had then, and where a reading repeats the
 * date of the one before. Series are replaced, never changed, in this library; an entry counts
 * only while the length and last reading are still those (as `latestMeasurement`'s cache). So
 * the latest reading of such a series is its last, and `checkPlan` does not walk it again —
 * not for the order, and not for readings of one date. Internal: not exported from the core's index.
 */
const ordered = new WeakMap<ReadonlyArray<{ date: string }>, { length: number; last: unknown; sameDates: readonly number[] }>();

/** `sameDates`: the indexes of readings dated as the reading before them. */
export function markInDateOrder(items: ReadonlyArray<{ date: string }>, sameDates: readonly number[] = []): void {
  ordered.set(items, { length: items.length, last: items[items.length - 1], sameDates });
}

/** Whether `items` is such a series: each date on or after the one before. */
export function isInDateOrder(items: ReadonlyArray<{ date: string }>): boolean {
  return knownOrder(items) !== undefined;
}

/** For such a series, the indexes of readings dated as the one before them; undefined for any other list. */
export function sameDatesIn(items: ReadonlyArray<{ date: string }>): readonly number[] | undefined {
  return knownOrder(items)?.sameDates;
}

function knownOrder(items: ReadonlyArray<{ date: string }>) {
  const known = ordered.get(items);
  return known !== undefined && known.length === items.length && known.last === items[items.length - 1] ? known : undefined;
}
