/** The button that opens a chart's data table (the chart's text alternative), the same in every chart element. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export function renderTableToggle(open: boolean, toggle: () => void, controls = 'table'): TemplateResult {
  return html`<button
    part=${open ? 'button toggle expanded' : 'button toggle'}
    class="toggle"
    type="button"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${toggle}
  >
    ${open ? msg('Skjul tabellen') : msg('Vis tallene i en tabell')}
  </button>`;
}
