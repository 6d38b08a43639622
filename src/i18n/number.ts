import { getLocale, intlLocales } from './locale.js';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${getLocale()}|${minimumFractionDigits}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales(), { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/** A number in the current language: 7,5 in nb and da, 7.5 in en. */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return numberFormat(0, maximumFractionDigits).format(value);
}

/**
 * A value on SAMSON's 0–10 profile scale (a score, an importance, a change or gap between
 * them) with exactly one decimal, as the method gives field and overall scores: «5,0» beside
 * «4,4», never «5».
 */
export function formatScore(value: number): string {
  return numberFormat(1, 1).format(value);
}

/** A change of such a value, with its sign when it went up: «+0,6», «−0,4». */
export function formatScoreChange(change: number): string {
  return change > 0 ? `+${formatScore(change)}` : formatScore(change);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for the current language: building one costs more than formatting. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${getLocale()}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales(), options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A date in the current language, e.g. 25. november 2026. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat({ dateStyle: 'long' }).format(date);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Names as a list in the current language: «A, B og C», «A, B and C». */
export function formatList(items: readonly string[]): string {
  const key = getLocale();
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(intlLocales(), { type: 'conjunction' });
    listFormats.set(key, format);
  }
  return format.format(items);
}
