/** The column headers of a measurement table: the chart's data table and the planner's list of readings. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export function renderMeasurementColumns(): TemplateResult {
  return html`<th scope="col">${msg('Dato')}</th>
    <th scope="col">${msg('Verdi')}</th>
    <th scope="col">${msg('Merknad')}</th>`;
}
