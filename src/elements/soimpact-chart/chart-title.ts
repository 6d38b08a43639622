/**
 * What a `<soimpact-chart>` is called: its heading, its name as a landmark and its downloads'
 * file names. A page may hold several charts, so each name should tell one chart from the
 * others — from its data where the page gives no `label`, never from a new fixed string.
 */
import { PLACEHOLDER_TITLE, type ImpactPlan, type Indicator } from '../../core/soimpact/plan.js';
import { slugOf } from '../../core/slug.js';
import { formatList } from '../../i18n/number.js';

const namesOf = (indicators: readonly Indicator[]) => formatList(indicators.map((indicator) => indicator.name));

/**
 * The `label`, else the plan's own title, else the names of the indicators shown: a plan
 * made from measurements alone (CSV, a JSON list) has only the placeholder title, and every
 * such chart would be headed «SoImpact». Empty while there is nothing to name.
 */
export function chartHeading(label: string | undefined, plan: ImpactPlan | undefined, shown: readonly Indicator[]): string {
  if (label) return label;
  if (!plan) return '';
  return plan.title === PLACEHOLDER_TITLE ? namesOf(shown) : plan.title;
}

/**
 * The chart's landmark name where its heading would not tell it from another chart of the same
 * plan: the plan's title over only some of its indicators (`indicator`, `level`) is followed by
 * their names. Undefined where the heading alone names it (a `label` is the page's own choice).
 */
export function landmarkName(
  label: string | undefined,
  plan: ImpactPlan | undefined,
  shown: readonly Indicator[],
): string | undefined {
  if (label || !plan || plan.title === PLACEHOLDER_TITLE || !shown.length) return undefined;
  return shown.length < plan.indicators.length ? `${plan.title}: ${namesOf(shown)}` : undefined;
}

/** A download's name from the chart's heading («andel-i-jobb-data.csv»), in characters safe on any file system. */
export function downloadName(heading: string, plan: ImpactPlan | undefined, suffix: string): string {
  return `${slugOf(heading) || plan?.id || 'soimpact'}${suffix}`;
}
