/**
 * What the scorecard's template modules may read and do: the element hands one of these
 * to every template function, so the templates stay functions (no child elements whose
 * shadow roots would hold the radio groups) and every edit still goes through the element.
 */
import type { CutPastes } from '../../base/cut-paste.js';
import type { TemplateResult } from 'lit';
import type { nothing } from 'lit';
import type { Instrument } from '../../core/samson/instrument.js';
import type { Rating, Response } from '../../core/samson/response.js';
import type { Scores } from '../../core/samson/scoring.js';
import { scorecardSteps, type Step } from './steps.js';
import type { HistoryController } from './history-controller.js';
import type { PartiesView } from './party-view.js';
import type { ErrorKind, NoticesView } from './notices.js';
import type { ResponseController } from './response-controller.js';
import type { ErrorState } from './error-state.js';
import type { StepController } from './step-controller.js';
import type { ProfileSlot } from './profile-slot.js';

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
  /** Fields whose paste the browser cut to their length limit (src/base/cut-paste.ts). */
  readonly cutPastes?: CutPastes;
}

export interface ScaleOption {
  value: Rating;
  label: string;
}

/** The element's parts a {@link ScorecardView} reads; `host` is the scorecard itself. */
export interface ScorecardParts {
  host: { readonly instrument: Instrument; readonly headingLevel: number; readonly renderRoot: HTMLElement | DocumentFragment };
  /** Read-only or disabled by the form (the element's `locked`, which is protected). */
  locked(): boolean;
  state: ResponseController;
  errors: ErrorState;
  steps: StepController;
  rounds: HistoryController;
  profile: ProfileSlot;
  parties: PartiesView;
  cutPastes: CutPastes;
  commit(next: Response): void;
  complete(): void;
}

/** The templates' window on the element: getters, so an event handler never sees a stale response. */
export function createScorecardView(parts: ScorecardParts): ScorecardView & NoticesView {
  const { host, state, errors, steps, rounds } = parts;
  // An earlier round opened to read, else the current round's joint answer.
  const shown = (): Response => (rounds.viewing ? rounds.shown.joint : state.value);
  return {
    get instrument() {
      return host.instrument;
    },
    get headingLevel() {
      return host.headingLevel;
    },
    get response() {
      return shown();
    },
    get steps() {
      return scorecardSteps(host.instrument);
    },
    get scores() {
      return state.scores(shown());
    },
    get locked() {
      return parts.locked() || rounds.viewing;
    },
    get restored() {
      return state.restoredAt !== undefined;
    },
    get errors() {
      return errors.problems;
    },
    get errorDocuments() {
      return errors.documents;
    },
    get restoredAt() {
      return state.restoredAt;
    },
    get root() {
      return host.renderRoot as ShadowRoot;
    },
    get draft() {
      return state.draft;
    },
    rounds,
    goTo: (index: number) => steps.open(index),
    commit: (next: Response) => parts.commit(next),
    complete: () => parts.complete(),
    profile: () => parts.profile.render(host.instrument, state.value, rounds),
    clearError: (kind: ErrorKind) => errors.clear(kind),
    useDraft: (value: Response) => parts.commit(value),
    parties: parts.parties,
    cutPastes: parts.cutPastes,
  };
}
