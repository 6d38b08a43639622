/** The visible toggle of the presenter layout (the presenter's templates themselves load on demand, chunks.ts). */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ScorecardLayout } from './presenter-controller.js';

export function renderLayoutToggle(layout: ScorecardLayout, choose: (layout: ScorecardLayout) => void): TemplateResult {
  const presenting = layout === 'presenter';
  return html`<button
    part=${presenting ? 'button layout-toggle pressed' : 'button layout-toggle'}
    class="layout-toggle no-print"
    aria-pressed=${presenting ? 'true' : 'false'}
    @click=${() => choose(presenting ? 'standard' : 'presenter')}
  >
    ${msg('Presentasjonsvisning')}
  </button>`;
}
