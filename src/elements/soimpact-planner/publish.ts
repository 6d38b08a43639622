/**
 * «Legg grafen på nettsiden din»: what an entrepreneur needs to put the live chart on their
 * own website — the data file, the exact HTML to paste into a CMS, and a live preview of
 * that HTML with this plan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ImpactPlan } from '../../core/soimpact/plan.js';

export interface PublishView {
  plan: ImpactPlan;
  open: boolean;
  /** Where the page loads the bundle from, as the snippet says it. */
  bundleSrc: string;
  toggled(open: boolean): void;
  downloadJson(): void;
  downloadCsv(): void;
  copy(text: string): void;
}

/** The data file's name: the same as the plan download, so the snippet and the file agree. */
export function dataFileName(plan: ImpactPlan): string {
  return `${plan.id}.soimpact.json`;
}

/** An attribute value as HTML text (the snippet is pasted into a page, so it must stay one attribute). */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML to paste: the bundle, once per page, and the chart reading the data file. */
export function publishSnippet(plan: ImpactPlan, bundleSrc: string): string {
  return [
    `<script type="module" src="${attribute(bundleSrc)}"></script>`,
    `<soimpact-chart src="${attribute(dataFileName(plan))}" label="${attribute(plan.title)}"></soimpact-chart>`,
  ].join('\n');
}

export function renderPublish(view: PublishView): TemplateResult {
  const snippet = publishSnippet(view.plan, view.bundleSrc);
  return html`<details
    class="publish"
    part="publish"
    ?open=${view.open}
    @toggle=${(event: Event) => view.toggled((event.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${msg('Legg grafen på nettsiden din')}</summary>
    <ol class="publish-steps">
      <li>
        <p>
          ${msg(
            'Last ned datafilen og legg den på nettstedet ditt, i samme mappe som siden grafen skal stå på. Når dere har nye målinger, laster dere ned filen på nytt og bytter den ut: grafen viser alltid det som står i filen.',
          )}
        </p>
        <div class="buttons">
          <button part="button" type="button" class="publish-json" @click=${() => view.downloadJson()}>
            ${msg('Last ned datafilen (JSON)')}
          </button>
          <button part="button" type="button" class="publish-csv" @click=${() => view.downloadCsv()}>
            ${msg('Last ned målingene (CSV)')}
          </button>
        </div>
        <p class="hint">${msg('JSON-filen har med nullpunkt og mål; CSV-filen bare målingene.')}</p>
      </li>
      <li>
        <p id="publish-snippet-label">
          ${msg(
            'Lim inn denne koden der grafen skal stå (i publiseringsverktøyet: en HTML-blokk). Skriptlinjen trengs bare én gang per side, og filnavnet må stemme med filen dere la ut.',
          )}
        </p>
        <pre class="snippet" tabindex="0" aria-labelledby="publish-snippet-label"><code>${snippet}</code></pre>
        <button part="button" type="button" class="copy-snippet" @click=${() => view.copy(snippet)}>
          ${msg('Kopier koden')}
        </button>
      </li>
      <li>
        <p>${msg('Slik blir grafen seende ut på nettsiden:')}</p>
        ${
          view.open
            ? html`<div class="publish-preview">
                <soimpact-chart .plan=${view.plan} label=${view.plan.title}></soimpact-chart>
              </div>`
            : nothing
        }
      </li>
    </ol>
  </details>`;
}

/** The src of this page's samskaping-elements bundle script, else the bundle's name next to the page. */
export function bundleOfThisPage(): string {
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].find((s) =>
    /samskaping-elements[^/]*\.js$/.test(s.src),
  );
  return script?.src ?? 'samskaping-elements.bundle.js';
}

/** Chart.js is large: it is loaded only when the publish panel's preview needs it. */
export function loadChartWhenOpen(open: boolean): void {
  if (open && !customElements.get('soimpact-chart')) void import('../soimpact-chart/define.js');
}

/** What the status line says after {@link copySnippet}. */
export function copiedMessage(how: 'copied' | 'selected'): string {
  return how === 'copied'
    ? msg('Koden er kopiert. Lim den inn der grafen skal stå.')
    : msg('Koden er merket. Kopier den med Ctrl+C (⌘+C på Mac).');
}

/** Copies the snippet; where the clipboard is refused (permissions, an insecure page) it is selected for Ctrl+C. */
export async function copySnippet(root: ShadowRoot, text: string): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const code = root.querySelector('.snippet code');
    if (code) getSelection()?.selectAllChildren(code);
    return 'selected';
  }
}
