/**
 * A custom property's colour as the canvas needs it (`rgb(…)`): the shared tokens are
 * `light-dark()` pairs, which only a property that takes a colour resolves, against the
 * element's own colour scheme. A hidden probe in the shadow root does that resolution.
 */
export function colourResolver(root: ShadowRoot | HTMLElement): (variable: string, fallback: string) => string {
  const element = colourProbe(root);
  return (variable, fallback) => {
    element.style.setProperty('color', `var(${variable}, ${fallback})`);
    return getComputedStyle(element).color || fallback;
  };
}

/** The hidden element in `root` that resolves colours (created on first use). */
export function colourProbe(root: ShadowRoot | HTMLElement): HTMLElement {
  let probe = root.querySelector<HTMLElement>('span[data-colour-probe]');
  if (!probe) {
    probe = document.createElement('span');
    probe.dataset.colourProbe = '';
    probe.hidden = true;
    probe.setAttribute('aria-hidden', 'true');
    root.append(probe);
  }
  return probe;
}
