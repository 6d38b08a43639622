/** The chart's error list, its footer (source, notes, how fresh) and its actions row (table toggle, downloads, the data table). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { type Problem } from '../../core/problems.js';
import type { LocateContext } from '../../core/locate.js';
import { describeProblemForUser } from '../../i18n/problems.js';
import type { Indicator } from '../../core/soimpact/plan.js';
import { renderTableToggle } from '../../charts/table-toggle.js';
import { renderTable } from './templates.js';
import { formatPlanDate } from '../soimpact-chain/format.js';
import { dateTimeFormat } from '../../i18n/number.js';

/** When `src` was last fetched: the time alone today, with the date on another day. */
export function fetchedTime(date: Date): string {
  const sameDay = date.toDateString() === new Date().toDateString();
  return dateTimeFormat(sameDay ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** At most ten problems, then how many more; «kunne ikke oppdateres» while earlier data stay on screen. */
export function renderChartProblems(
  problems: readonly Problem[],
  showingEarlierData: boolean,
  context: LocateContext = {},
): TemplateResult {
  const shown = problems.slice(0, 10);
  return html`<div class="error" part="error" role="alert">
    <p>${showingEarlierData ? msg('Dataene kunne ikke oppdateres:') : msg('Dataene kunne ikke vises:')}</p>
    <ul>
      ${shown.map((problem) => html`<li>${describeProblemForUser(problem, context)}</li>`)}
    </ul>
    ${problems.length > shown.length ? html`<p>${msg(str`… og ${problems.length - shown.length} til.`)}</p>` : nothing}
  </div>`;
}

export interface ChartActions {
  tableOpen: boolean;
  /**
   * Whether the table's rows are rendered: while it is open, and while the page prints (on
   * paper the table is the numbers, open or not). Closed on screen it is `hidden` and its
   * rows (up to 500, each with a formatted date and value) are not built: that was a third
   * of the element's first render with a long series, for nothing anyone could see.
   */
  tableRows: boolean;
  toggleTable(): void;
  downloadCsv(): void;
  downloadPng(): void;
}

export function renderChartActions(indicators: Indicator[], actions: ChartActions): TemplateResult {
  return html`<div class="actions no-print">
      ${renderTableToggle(actions.tableOpen, actions.toggleTable)}
      <button part="button" type="button" class="download-csv" @click=${actions.downloadCsv}>
        ${msg('Last ned dataene (CSV)')}
      </button>
      <button part="button" type="button" class="download-png" @click=${actions.downloadPng}>
        ${msg('Last ned bildet (PNG)')}
      </button>
    </div>
    <div class="table-wrap" id="table" ?hidden=${!actions.tableOpen}>
      ${actions.tableRows ? renderTable(indicators) : nothing}
    </div>`;
}

export interface ChartFooter {
  source: string;
  notes: string | undefined;
  /** The latest measurement's date: what the data are as of. */
  asOf: string | undefined;
  /** When `src` was last fetched, formatted. */
  fetchedAt: string | undefined;
  /** The last refresh failed; the data on screen are the last valid ones. */
  failed: boolean;
}

/**
 * Only what the data are as of, and a failed refresh, are in the live region: the fetch time
 * changes on every refresh, and inside it a screen reader would read it out every `refresh`
 * seconds although nothing else changed. (Lit writes a text only when it differs, so an
 * unchanged «Data per …» is not announced again.)
 */
export function renderChartFooter(footer: ChartFooter): TemplateResult {
  return html`<footer class="footer" part="footer">
    ${footer.source ? html`<p class="source">${msg(str`Kilde: ${footer.source}`)}</p>` : nothing}
    ${footer.notes ? html`<p class="notes">${footer.notes}</p>` : nothing}
    <p class="status" part="status">
      <span class="freshness" role="status">
        ${footer.asOf ? html`<span>${msg(str`Data per ${formatPlanDate(footer.asOf)}.`)}</span>` : nothing}
        ${footer.failed ? html`<strong>${msg('Siste oppdatering mislyktes; viser sist gyldige data.')}</strong>` : nothing}
      </span>
      ${footer.fetchedAt ? html`<span class="fetched">${msg(str`Hentet ${footer.fetchedAt}.`)}</span>` : nothing}
    </p>
  </footer>`;
}
