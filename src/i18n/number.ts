import { getLocale, intlLocales } from './locale.js';

const formats = new Map<string, Intl.NumberFormat>();

/** A number in the current language: 7,5 in nb and da, 7.5 in en. */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  const key = `${getLocale()}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales(), { maximumFractionDigits, minimumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(value);
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
