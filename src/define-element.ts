/**
 * Defines a tag unless something already has: two CMS blocks that each load the bundle
 * must not crash the page. The first definition wins; a different one is reported.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(`samskaping-elements: <${tag}> is already defined by another copy of the library; keeping the first one.`);
    return;
  }
  customElements.define(tag, element);
}
