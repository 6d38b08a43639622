/**
 * What the scorecard's template modules may read and do: the element hands one of these
 * to every template function, so the templates stay functions (no child elements whose
 * shadow roots would hold the radio groups) and every edit still goes through the element.
 */
import type { TemplateResult } from 'lit';
import type { nothing } from 'lit';
import type { Instrument } from '../../core/samson/instrument.js';
import type { Rating, Response } from '../../core/samson/response.js';
import type { Scores } from '../../core/samson/scoring.js';
import type { Step } from './steps.js';
import type { HistoryController } from './history-controller.js';
import type { PartiesView } from './party-view.js';

export interface ScorecardView {
  readonly instrument: Instrument;
  /** The level of the top heading (`heading-level`, src/base/heading.ts). */
  readonly headingLevel: number;
  readonly response: Response;
  readonly steps: readonly Step[];
  /** The scores of `response` (cached by the element). */
  readonly scores: Scores;
  /** Read-only or disabled by the form. */
  readonly locked: boolean;
  /** A draft was restored: the introduction offers to continue where the group left off. */
  readonly restored: boolean;
  /** Opens step `index` of `steps` and moves focus to its heading. */
  goTo(index: number): void;
  /** Every edit: becomes the response, is saved and announced. */
  commit(next: Response): void;
  /** Marks the scorecard complete. */
  complete(): void;
  /** `<samson-profile>` for the response when it is defined on the page. */
  profile(): TemplateResult | typeof nothing;
  /** The rounds on this device (history-controller.ts): the list, last time's answers, follow-ups, the plan. */
  readonly rounds?: HistoryController;
  /** Answering by party: the party field, the joint view and the report's page (party-view.ts). */
  readonly parties?: PartiesView;
}

export interface ScaleOption {
  value: Rating;
  label: string;
}
