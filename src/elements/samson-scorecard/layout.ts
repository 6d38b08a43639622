/**
 * The scorecard's layouts (its `layout` attribute). Apart from the presenter's controller
 * (presenter-controller.ts), which comes with the presenter chunk (chunks.ts).
 */
export type ScorecardLayout = 'standard' | 'presenter' | 'single-page';

export const LAYOUTS: readonly ScorecardLayout[] = ['standard', 'presenter', 'single-page'];

export function layoutFrom(value: string | null | undefined): ScorecardLayout {
  return LAYOUTS.includes(value as ScorecardLayout) ? (value as ScorecardLayout) : 'standard';
}
