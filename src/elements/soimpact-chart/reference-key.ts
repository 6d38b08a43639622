/**
 * The key under a narrow panel: the reference labels that found no spot clear of the readings
 * inside the plot («Mål 2025: 20 %» with its line's dash and its indicator's point shape), as
 * text in the shadow DOM, so it is read out, printed, translated and reflows at 320 px; each
 * item is read with whose line it is («Andel i jobb – Mål 2025: 20 %»). The
 * reference-labels plugin decides on each drawing which labels go here; the element only
 * leaves an empty list for it under each canvas (`renderPanel` in templates.ts).
 */
import { html, render } from 'lit';
import { msg, str } from '@lit/localize';
import { BASELINE_DASH, TARGET_DASH } from './chart-config.js';
import { swatch } from './templates.js';

export interface KeyEntry {
  kind: 'baseline' | 'target';
  /** The indicator's place in its panel: its colour and point shape. */
  position: number;
  /** Who the line is of: the swatch's colour says it on screen, this to a screen reader. */
  indicator: string;
  text: string;
  /** The colour the canvas draws its indicator in (print colours while printing): the PNG writes the line in it. */
  colour: string;
}

/** What each canvas's key shows now: a redraw on hover must not render it again. */
const SHOWN = new WeakMap<HTMLCanvasElement, { signature: string; entries: readonly KeyEntry[] }>();

/** Writes `entries` in the key under `canvas` (none: the key is hidden). */
export function showReferenceKey(canvas: HTMLCanvasElement, entries: readonly KeyEntry[]): void {
  const signature = JSON.stringify(entries);
  if (SHOWN.get(canvas)?.signature === signature) return;
  const list = canvas.closest('.panel')?.querySelector<HTMLUListElement>('.reference-key');
  if (!list) return;
  SHOWN.set(canvas, { signature, entries });
  list.hidden = entries.length === 0;
  // The caption goes with the list: no heading over an empty key.
  const box = list.closest<HTMLElement>('.reference-key-box');
  if (box) box.hidden = list.hidden;
  render(
    entries.map(
      (entry) =>
        html`<li>
          ${swatch(`series s${entry.position % 4}`, entry.kind === 'baseline' ? BASELINE_DASH : TARGET_DASH, entry.position)}<span
            class="visually-hidden"
            >${msg(str`${entry.indicator} –`)} </span
          ><span class="key-text">${entry.text}</span>
        </li>`,
    ),
    list,
  );
}

/** The key under `canvas` as the PNG writes it under the panel. */
export function referenceKeyLines(canvas: HTMLCanvasElement): Array<{ text: string; colour: string }> {
  return (SHOWN.get(canvas)?.entries ?? []).map(({ text, colour }) => ({ text, colour }));
}
