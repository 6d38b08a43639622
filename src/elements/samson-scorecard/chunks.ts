/**
 * What the scorecard loads on demand (issue 17, "the first load, halved"): a first visit
 * opens the introduction, the weighting and the fields, so the results, the report
 * document, the presenter and single-page layouts, the step «Om samarbeidet» and the
 * parties' panel and joint view are chunks of their own, fetched when a step first needs them
 * (`LazyModulesController.use`). The print chunks are also preloaded once the browser is idle
 * after the first render, because `beforeprint` (Ctrl+P at any step) cannot wait for a fetch.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LazyModule, type LazyModulesController } from '../../base/lazy-module.js';

export const resultsChunk = new LazyModule(() => import('./result-templates.js'));
export const reportChunk = new LazyModule(() => import('./report-document.js'));
export const presenterChunk = new LazyModule(() => import('./presenter-templates.js'));
export const collaborationChunk = new LazyModule(() => import('./collaboration-templates.js'));
export const jointViewChunk = new LazyModule(() => import('./joint-view.js'));
export const partiesPanelChunk = new LazyModule(() => import('./parties-panel.js'));

/** What printing renders: the report document with the parties' page. */
export const printChunks: readonly LazyModule<unknown>[] = [reportChunk, jointViewChunk];

/** The step while its chunk is on the way (`updateComplete` waits past this), or the way to try again if it failed. */
export function renderPendingStep(lazy: LazyModulesController, heading: string): TemplateResult {
  if (lazy.failed) {
    return html`<h2 id="step-heading" tabindex="-1">${heading}</h2>
      <div part="error" class="error" role="alert">
        <p>${msg('Denne delen av skjemaet kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.')}</p>
        <button part="button" @click=${() => lazy.retry()}>${msg('Prøv igjen')}</button>
      </div>`;
  }
  return html`<h2 id="step-heading" tabindex="-1">${heading}</h2>
    <p class="loading" role="status">${msg('Laster …')}</p>`;
}
