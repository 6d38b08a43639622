/** Messages about very many responses: fewer lines drawn than given (see `MAX_LINES`), and reading them. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/number.js';
import type { ProfileView } from './view.js';

export function renderCapped(view: ProfileView): TemplateResult | typeof nothing {
  const capped = view.capped;
  if (!capped) return nothing;
  const shown = formatNumber(capped.shown);
  const total = formatNumber(capped.total);
  return html`<p class="capped" part="capped" role="status">
    ${
      capped.kind === 'rounds'
        ? msg(str`Profilen viser de ${shown} siste av ${total} runder: flere linjer kan ikke skilles fra hverandre i én figur.`)
        : msg(
            str`Profilen viser de ${shown} første av ${total} parter: flere linjer kan ikke skilles fra hverandre i én figur. Skal alle svarene telle med, kan profilen vise gjennomsnittet av dem.`,
          )
    }
  </p>`;
}

/** Shown while very many responses are read, a slice per task. */
export function renderWorking(working: { done: number; total: number }): TemplateResult {
  const text = msg(str`Leser svarene: ${formatNumber(working.done)} av ${formatNumber(working.total)} …`);
  return html`<div part="empty" class="empty working">
    <p role="status">${msg(str`Leser ${formatNumber(working.total)} svar …`)}</p>
    <progress max=${working.total} .value=${working.done} aria-label=${text}></progress>
  </div>`;
}
