/**
 * What the scorecard loads on demand (issue 17, "the first load, halved"): a first visit
 * opens the introduction, the weighting and the fields, so the results, the report
 * document, the presenter and single-page layouts, the step «Om samarbeidet» and the
 * parties' panel and joint view are chunks of their own, fetched when a step first needs them
 * (`LazyModulesController.use`), with the style sheets of those steps (step-sheets.ts,
 * adopted in the cascade's order of scorecard-sheets.ts). The print chunks are also preloaded once the browser is idle
 * after the first render, because `beforeprint` (Ctrl+P at any step) cannot wait for a fetch.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LazyModule, type LazyModulesController } from '../../base/lazy-module.js';
import { heading } from '../../base/heading.js';

/** The later steps' style sheets (step-sheets.ts): every chunk below loads them alongside and adopts them. */
export const stepSheets = new LazyModule(() => import('./step-sheets.js'));

export const resultsChunk = new LazyModule(() => import('./result-templates.js'), stepSheets);
export const reportChunk = new LazyModule(() => import('./report-document.js'), stepSheets);
export const presenterChunk = new LazyModule(() => import('./presenter-chunk.js'), stepSheets);
export const collaborationChunk = new LazyModule(() => import('./collaboration-templates.js'), stepSheets);
export const jointViewChunk = new LazyModule(() => import('./joint-view.js'), stepSheets);
export const partiesPanelChunk = new LazyModule(() => import('./parties-panel.js'), stepSheets);
/** Reading a response file and offering the choice, from the first import on. */
export const importChunk = new LazyModule(() => import('./import-offer.js'));
/** The "finish anyway?" question, with the results step (layout-step.ts). */
export const finishChunk = new LazyModule(() => import('./finish-guard.js'));
/** Answering by party's controller and notices (party-view.ts says when a group uses parties). */
export const partiesChunk = new LazyModule(() => import('./party-chunk.js'));

/** What printing renders: the report document with the parties' page. */
export const printChunks: readonly LazyModule<unknown>[] = [reportChunk, jointViewChunk, partiesChunk];

/**
 * The step while its chunk is on the way (`updateComplete` waits past this), or the way to try
 * again if it failed. Its heading is there at once, so opening the step moves focus to it
 * straight away; the lazy controller keeps focus there when the content replaces this. One
 * template for both states: the heading stays the same node when the load fails.
 */
export function renderPendingStep(lazy: LazyModulesController, headingLevel: number, name: string): TemplateResult {
  const failed = lazy.failed;
  return html`${heading(headingLevel, 0, name, { id: 'step-heading', focusable: true, describedBy: failed ? 'step-failed' : 'step-pending' })}
    <p id="step-pending" class="loading" role="status">${failed ? nothing : msg('Laster …')}</p>
    ${
      failed
        ? html`<div part="error" class="error" role="alert">
            <p id="step-failed">${msg('Denne delen av skjemaet kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.')}</p>
            <button part="button" @click=${() => lazy.retry()}>${msg('Prøv igjen')}</button>
          </div>`
        : nothing
    }`;
}
