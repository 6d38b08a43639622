import { msg, str } from '@lit/localize';
import { formatPath, type Problem } from '../../core/problems.js';
import { describeProblemForUser, problemText } from '../../i18n/problems.js';
import { parseCsvNumber } from '../../core/soimpact/csv.js';
import { measurementsWith } from '../../core/soimpact/plan-rules.js';
import {
  INDICATOR_LEVELS,
  INDICATOR_UNITS,
  checkIndicator,
  createIndicator,
  isWarning,
  type ImpactPlan,
  type Indicator,
  type IndicatorLevel,
  type IndicatorUnit,
  type Measurement,
} from '../../core/soimpact/plan.js';
import { formatPlanDate, formatValue } from '../soimpact-chain/format.js';
import { fieldId } from './fields.js';
import { idFromName } from './ids.js';
import { TypedText, type Message } from './typed-text.js';

/** What the editor needs from the planner it works for. */
export interface PlanHost {
  requestUpdate(): void;
  /** The plan as it is now. */
  readonly current: ImpactPlan;
  /** Takes a changed plan (the planner stamps, saves and announces it). */
  commit(next: ImpactPlan): void;
  /** Says something in the planner's status line. */
  announce(text: string): void;
  /** Focuses the element `selector` finds after the next render. */
  focusLater(selector: string): void;
  /** The user typed something (the draft keeps it, also before it is added to the plan). */
  typedChanged(): void;
}

export type IndicatorTextField = 'method' | 'dataSource' | 'frequency' | 'targetGroup' | 'group' | 'description';

/** Rows of a measurements table shown at once; a long series is paged (a plan may hold 100,000). */
export const MEASUREMENTS_PAGE = 50;

/** Problems about how the baseline and the target stand to each other: either field's, whichever was changed. */
const BETWEEN_POINTS: ReadonlySet<string> = new Set(['target-equals-baseline', 'target-before-baseline']);

/**
 * A problem said at the field it is about: without its path, and with its dates as the planner
 * shows them («1. juni 2025», as the table above the field), not as the plan file writes them.
 */
function atField(problem: Problem): Message {
  return () => {
    const here = { ...problem, path: [] };
    if (here.code === 'same-date') here.date = formatPlanDate(here.date);
    if (here.code === 'target-before-baseline') {
      here.date = formatPlanDate(here.date);
      here.baseline = formatPlanDate(here.baseline);
    }
    return problemText(here);
  };
}

const isLevel = (value: string): value is IndicatorLevel => (INDICATOR_LEVELS as readonly string[]).includes(value);
const isUnit = (value: string): value is IndicatorUnit => (INDICATOR_UNITS as readonly string[]).includes(value);

/**
 * Steps 5–9 of the planner: indicators, their methods, targets, baselines and
 * measurements. It owns what the user typed into these fields — also a new indicator or
 * measurement that is not added yet — and turns it into plan changes only when it is whole
 * and valid, with the reason in words when it is not.
 */
export class IndicatorEditor {
  readonly typed: TypedText;
  /** The indicator whose removal is waiting for a yes. */
  confirmingRemove?: string;
  /** Per indicator, the first row of the measurements page shown (undefined: the latest page). */
  readonly pageStart = new Map<string, number>();

  constructor(private readonly host: PlanHost) {
    this.typed = new TypedText(host, () => host.typedChanged());
  }

  indicator(id: string): Indicator | undefined {
    return this.host.current.indicators.find((indicator) => indicator.id === id);
  }

  /** Forgets everything typed and asked (the plan was replaced). */
  reset(): void {
    this.typed.clear();
    this.confirmingRemove = undefined;
    this.pageStart.clear();
  }

  /**
   * Checks an indicator as the core would, and commits it when the core would take it; else
   * the first problem. A warning an opened plan already had (two readings of one date) does
   * not block other edits of the indicator: the planner shows it, and the user fixes it there.
   */
  commitIndicator(indicator: Indicator): Message | null {
    const problems = checkIndicator(indicator).filter((problem) => !isWarning(problem));
    if (problems.length) return () => describeProblemForUser(problems[0]!);
    this.host.commit({
      ...this.host.current,
      indicators: this.host.current.indicators.map((i) => (i.id === indicator.id ? indicator : i)),
    });
    return null;
  }

  rename(id: string, text: string): Message | null {
    const indicator = this.indicator(id);
    if (!indicator) return null;
    if (!text.trim()) return () => msg('Indikatoren må ha et navn.');
    return this.commitIndicator({ ...indicator, name: text });
  }

  setLevel(id: string, value: string): Message | null {
    const indicator = this.indicator(id);
    if (!indicator || !isLevel(value)) return null;
    return this.commitIndicator({ ...indicator, level: value });
  }

  setUnit(id: string, value: string): Message | null {
    const indicator = this.indicator(id);
    if (!indicator || !isUnit(value)) return null;
    return this.commitIndicator({ ...indicator, unit: value });
  }

  setText(id: string, field: IndicatorTextField, text: string): Message | null {
    const indicator = this.indicator(id);
    if (!indicator) return null;
    const next: Indicator = { ...indicator };
    if (text.trim()) next[field] = text;
    else delete next[field];
    return this.commitIndicator(next);
  }

  /**
   * Baseline and target each need a value and a date. What the user typed stays in the
   * fields while it is incomplete or invalid; the plan changes only when it is whole.
   */
  commitPoint(id: string, which: 'baseline' | 'target'): undefined {
    const indicator = this.indicator(id);
    if (!indicator) return undefined;
    const base = `ind.${id}.${which}`;
    const point = indicator[which];
    const valueText = (this.typed.text(`${base}.value`) ?? (point ? String(point.value) : '')).trim();
    const dateText = this.typed.text(`${base}.date`) ?? point?.date ?? '';
    const next: Indicator = { ...indicator };
    let valueError: Message | undefined;
    let dateError: Message | undefined;
    if (!valueText && !dateText) {
      delete next[which];
    } else {
      const value = parseCsvNumber(valueText);
      if (!valueText) valueError = () => msg('Skriv inn en verdi, eller tøm datoen.');
      else if (value === undefined) valueError = () => msg(str`«${valueText}» er ikke et tall.`);
      if (!dateText) dateError = () => msg('Velg en dato.');
      if (value !== undefined && dateText) next[which] = { value, date: dateText };
    }
    if (!valueError && !dateError) {
      // This point's own problems and those between the two points first; a warning elsewhere
      // (two readings of one date) is not this field's to refuse.
      const problems = checkIndicator(next);
      const here =
        problems.find((p) => formatPath(p.path).startsWith(which) || BETWEEN_POINTS.has(p.code)) ??
        problems.find((p) => !isWarning(p));
      const message = here && atField(here);
      if (here?.code === 'target-before-baseline') dateError = message;
      else valueError = message;
    }
    this.typed.setMessage(`${base}.value`, valueError);
    this.typed.setMessage(`${base}.date`, dateError);
    if (!valueError && !dateError) {
      // The other point's messages may be about this one (a target equal to, or dated before, the baseline).
      const other = `ind.${id}.${which === 'target' ? 'baseline' : 'target'}`;
      this.typed.setMessage(`${other}.value`, undefined);
      this.typed.setMessage(`${other}.date`, undefined);
      this.commitIndicator(next);
    }
    return undefined;
  }

  readonly addIndicator = (): void => {
    const name = (this.typed.text('new.indicator.name') ?? '').trim();
    if (!name) {
      this.typed.setMessage('new.indicator.name', () => msg('Skriv hva indikatoren måler.'));
      this.host.focusLater(`#${fieldId('new.indicator.name')}`);
      return;
    }
    const level = this.typed.text('new.indicator.level') ?? 'output';
    const unit = this.typed.text('new.indicator.unit') ?? 'count';
    const id = idFromName(name, new Set(this.host.current.indicators.map((i) => i.id)));
    const indicator = createIndicator(id, name, isLevel(level) ? level : 'output', isUnit(unit) ? unit : 'count');
    this.host.commit({ ...this.host.current, indicators: [...this.host.current.indicators, indicator] });
    this.typed.clear('new.indicator.');
    this.host.announce(msg(str`Indikatoren «${name}» er lagt til.`));
    this.host.focusLater(`#${fieldId('new.indicator.name')}`);
  };

  askRemove(id: string): void {
    this.confirmingRemove = id;
    this.host.requestUpdate();
    this.host.focusLater('.confirm-remove');
  }

  cancelRemove(id: string): void {
    this.confirmingRemove = undefined;
    this.host.requestUpdate();
    this.host.focusLater(`.remove-indicator[data-id="${id}"]`);
  }

  removeIndicator(id: string): void {
    const indicator = this.indicator(id);
    this.confirmingRemove = undefined;
    if (!indicator) return;
    this.host.commit({ ...this.host.current, indicators: this.host.current.indicators.filter((i) => i.id !== id) });
    this.typed.clear(`ind.${id}.`);
    this.typed.clear(`new.m.${id}.`);
    this.pageStart.delete(id);
    this.host.announce(msg(str`Indikatoren «${indicator.name}» er fjernet.`));
    this.host.focusLater(`#${fieldId('new.indicator.name')}`);
  }

  addMeasurement(id: string): void {
    const indicator = this.indicator(id);
    if (!indicator) return;
    const base = `new.m.${id}`;
    const date = this.typed.text(`${base}.date`) ?? '';
    const valueText = (this.typed.text(`${base}.value`) ?? '').trim();
    const note = (this.typed.text(`${base}.note`) ?? '').trim();
    const value = parseCsvNumber(valueText);
    this.typed.setMessage(`${base}.date`, date ? undefined : () => msg('Velg datoen målingen gjelder.'));
    this.typed.setMessage(
      `${base}.value`,
      !valueText
        ? () => msg('Skriv inn verdien som ble målt.')
        : value === undefined
          ? () => msg(str`«${valueText}» er ikke et tall.`)
          : undefined,
    );
    if (!date || value === undefined) {
      this.host.focusLater(`#${fieldId(!date ? `${base}.date` : `${base}.value`)}`);
      return;
    }
    const measurement: Measurement = { date, value, ...(note ? { note } : {}) };
    const measurements = measurementsWith(indicator.measurements, measurement);
    if (!measurements.ok) {
      // The date is what clashes; everything typed stays in the fields to change.
      this.typed.setMessage(`${base}.date`, atField(measurements.problems[0]!));
      this.host.focusLater(`#${fieldId(`${base}.date`)}`);
      return;
    }
    const error = this.commitIndicator({ ...indicator, measurements: measurements.value });
    if (error) {
      this.typed.setMessage(`${base}.value`, error);
      this.host.focusLater(`#${fieldId(`${base}.value`)}`);
      return;
    }
    this.typed.clear(`${base}.`);
    this.pageStart.delete(id);
    this.host.announce(
      msg(str`Målingen ${formatValue(value, indicator.unit)} (${formatPlanDate(date)}) er lagt til for «${indicator.name}».`),
    );
    this.host.focusLater(`#${fieldId(`${base}.date`)}`);
  }

  removeMeasurement(id: string, index: number): void {
    const indicator = this.indicator(id);
    if (!indicator) return;
    const removed = indicator.measurements[index];
    this.commitIndicator({ ...indicator, measurements: indicator.measurements.filter((_, i) => i !== index) });
    if (removed) this.host.announce(msg(str`Målingen ${formatPlanDate(removed.date)} er fjernet.`));
    this.host.focusLater(`#${fieldId(`new.m.${id}.date`)}`);
  }

  /** The rows of an indicator's measurements shown now: the latest page unless the user paged back. */
  page(indicator: Indicator): { start: number; end: number } {
    const total = indicator.measurements.length;
    const latest = Math.max(0, total - MEASUREMENTS_PAGE);
    const start = Math.min(this.pageStart.get(indicator.id) ?? latest, latest);
    return { start, end: Math.min(total, start + MEASUREMENTS_PAGE) };
  }

  showPage(id: string, start: number, focus: string): void {
    this.pageStart.set(id, Math.max(0, start));
    this.host.requestUpdate();
    this.host.focusLater(focus);
  }
}
