/**
 * The exact check zod's `z.iso.date()` makes (`YYYY-MM-DD`, a real day of the Gregorian
 * calendar, 29 February in leap years only), without a regular expression: a plan may hold
 * 100,000 readings, and this runs once per reading. test/unit/soimpact-calendar-date.test.ts
 * compares it with zod's own pattern.
 */

const DASH = 45;
const ZERO = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date as `z.iso.date()` accepts it, as the number YYYYMMDD (0 is not one), or -1
 * for anything else: the digits are read once, for the check and for the time alike.
 */
function calendarNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return -1;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return -1;
  if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return -1;
  return year * 10_000 + month * 100 + day;
}

/** Whether `text` is a calendar date as `z.iso.date()` accepts it. */
export function isCalendarDate(text: string): boolean {
  return calendarNumber(text) >= 0;
}

/**
 * Milliseconds since 1970 at midnight UTC of a calendar date, as `Date.parse` gives it, a few
 * times faster; `undefined` when `text` is not a calendar date (the caller parses it then).
 */
export function calendarDateTime(text: string): number | undefined {
  const date = calendarNumber(text);
  // Date.UTC reads the years 0–99 as 1900–1999.
  if (date < 1_000_000) return undefined;
  const year = Math.floor(date / 10_000);
  return Date.UTC(year, (Math.floor(date / 100) % 100) - 1, date % 100);
}
