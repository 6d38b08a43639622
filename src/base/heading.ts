/**
 * Headings at the level the page needs. The elements sit inside CMS articles, so their top
 * heading is an `h2` by default and `heading-level="3"` makes it an `h3`, the ones below it
 * following. The tag is chosen from literal templates (no tag name built from a string);
 * below h6 the heading is a `role="heading"` with its `aria-level`. Styles select
 * `[data-depth]`, so a heading looks the same at any level.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  className?: string;
  /** `tabindex="-1"`: focus moves to it when its step opens. */
  focusable?: boolean;
  /** The id of what a screen reader reads after the heading when it gets focus (a step still loading). */
  describedBy?: string;
}

/** A valid top level (1–6) from the attribute; anything else gives the default, 2. */
export function topHeadingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/** The heading `depth` levels below the element's top heading (`top`, from its `heading-level`). */
export function heading(top: number, depth: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const level = topHeadingLevel(top) + depth;
  const id = options.id ?? nothing;
  const cls = options.className ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  const desc = options.describedBy ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 id=${id} class=${cls} tabindex=${tabindex} aria-describedby=${desc} data-depth=${depth}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex} aria-describedby=${desc} data-depth=${depth}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex} aria-describedby=${desc} data-depth=${depth}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex} aria-describedby=${desc} data-depth=${depth}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex} aria-describedby=${desc} data-depth=${depth}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex} aria-describedby=${desc} data-depth=${depth}>${content}</h6>`;
    default:
      return html`<div
        role="heading"
        aria-level=${level}
        id=${id}
        class=${cls}
        tabindex=${tabindex}
        aria-describedby=${desc}
        data-depth=${depth}
      >
        ${content}
      </div>`;
  }
}

/** The top heading level of the element a controller or template module belongs to. */
export function headingLevelOf(host: unknown): number {
  return topHeadingLevel((host as { headingLevel?: unknown } | undefined)?.headingLevel);
}
