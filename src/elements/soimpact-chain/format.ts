import { msg, str } from '@lit/localize';
import type { IndicatorLevel, IndicatorUnit } from '../../core/soimpact/plan.js';
import type { Progress } from '../../core/soimpact/progress.js';
import { getLocale, intlLocales } from '../../i18n/locale.js';

/**
 * How SoImpact values, dates and progress read on screen, shared by the chain and the
 * planner so that both say the same thing in the same words.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${getLocale()}|n|${key}`;
  let format = cache.get(id) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlLocales(), options);
    cache.set(id, format);
  }
  return format;
}

/** A value in its unit, in the current language: 212, 72 %, 5 dager, kr 5 000. */
export function formatValue(value: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'percent':
    case 'share':
      return numberFormat('percent', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'days': {
      // Intl's bokmål unit for a day is «døgn»; a course or a waiting time is counted in «dager».
      const n = numberFormat('days', { maximumFractionDigits: 1 }).format(value);
      return new Intl.PluralRules(intlLocales()).select(value) === 'one' ? msg(str`${n} dag`) : msg(str`${n} dager`);
    }
    case 'nok':
      return numberFormat('nok', {
        style: 'currency',
        currency: 'NOK',
        maximumFractionDigits: 2,
        minimumFractionDigits: 0,
      }).format(value);
    case 'scale':
      return numberFormat('scale', { maximumFractionDigits: 2 }).format(value);
    case 'count':
    default:
      return numberFormat('count', { maximumFractionDigits: 2 }).format(value);
  }
}

/** A whole percentage for progress: 71 %. */
export function formatPercent(ratio: number): string {
  return numberFormat('progress', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/**
 * A plan date, short: 31. aug. 2017. Calendar dates are read as UTC so that a date never
 * shows as the day before in a time zone west of Greenwich.
 */
export function formatPlanDate(date: string): string {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return date;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const id = `${getLocale()}|d|${dateOnly}`;
  let format = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(
      intlLocales(),
      dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' },
    );
    cache.set(id, format);
  }
  return format.format(time);
}

/** The level's name in the documents' vocabulary. */
export function levelName(level: IndicatorLevel): string {
  switch (level) {
    case 'output':
      return msg('Resultater', { id: 'soimpact-level-output' });
    case 'outcome':
      return msg('Virkninger', { id: 'soimpact-level-outcome' });
    case 'impact':
      return msg('Effekter', { id: 'soimpact-level-impact' });
  }
}

/** One level, for a select: "Resultat (output)". */
export function levelOption(level: IndicatorLevel): string {
  switch (level) {
    case 'output':
      return msg('Resultat (output)');
    case 'outcome':
      return msg('Virkning (outcome)');
    case 'impact':
      return msg('Effekt (impact)');
  }
}

export function unitName(unit: IndicatorUnit): string {
  switch (unit) {
    case 'count':
      return msg('Antall');
    case 'percent':
      return msg('Prosent');
    case 'days':
      return msg('Dager');
    case 'nok':
      return msg('Kroner (NOK)');
    case 'scale':
      return msg('Skala');
    case 'share':
      return msg('Andel ja/nei (prosent)');
  }
}

/** What the progress means, in words, always with the numbers it rests on. */
export function describeProgress(progress: Progress): string {
  switch (progress.status) {
    case 'not-measured':
      return msg('Ikke målt ennå');
    case 'no-baseline':
      return msg('Uten nullpunkt kan fremgangen mot målet ikke beregnes.');
    case 'no-target':
      return msg('Uten måltall kan fremgangen ikke beregnes.');
    case 'no-change-wanted':
      return msg('Måltallet er det samme som nullpunktet.');
    case 'behind':
      return msg(str`Går feil vei: ${formatPercent(Math.abs(progress.ratio ?? 0))} av avstanden til målet, i motsatt retning.`);
    case 'on-the-way':
      return msg(str`${formatPercent(progress.ratio ?? 0)} av veien fra nullpunkt til mål.`);
    case 'reached':
      return progress.over ? msg(str`Målet er nådd (${formatPercent(progress.ratio ?? 1)} av veien).`) : msg('Målet er nådd.');
  }
}

const REFERENCE = String.raw`\d{3}:\d+(?:[-–]\d+)?`;
const REFERENCE_LIST = String.raw`${REFERENCE}(?:\s*[;,]\s*${REFERENCE})*`;

/**
 * A text without the method documents' line references — «(000:2609-2652)», «000:281-291;
 * 003:793-800» — which help the people who maintain the content, not a reader of a chart
 * or chain. The data keeps them.
 */
export function withoutDocumentReferences(text: string): string {
  return text
    .replace(new RegExp(String.raw`\s*\(\s*${REFERENCE_LIST}\s*\)`, 'g'), '')
    .replace(new RegExp(String.raw`\s*${REFERENCE_LIST}`, 'g'), '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
