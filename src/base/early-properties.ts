/**
 * Properties a page sets on an element before its definition loads (a classic script that
 * runs before the module bundle, a framework that renders first) land as own properties of
 * the not-yet-upgraded element and would hide the class's accessors forever. Lit takes over
 * its `@property` fields itself; this does the same for every other public accessor
 * (`instrument`, `response`, `plan` …), the pattern Lit and Shoelace use: delete the own
 * property, then set it again so the class's setter runs.
 */
export function takeOverEarlyProperties(element: HTMLElement, stopAt: object = HTMLElement.prototype): void {
  for (const name of Object.keys(element)) {
    if (name.startsWith('_') || name.startsWith('__')) continue;
    if (!hasAccessor(Object.getPrototypeOf(element) as object | null, name, stopAt)) continue;
    const value = (element as unknown as Record<string, unknown>)[name];
    delete (element as unknown as Record<string, unknown>)[name];
    try {
      (element as unknown as Record<string, unknown>)[name] = value;
    } catch (error) {
      // A setter that refuses must not stop the upgrade: the element reports it its own way.
      console.warn(`samskaping-elements: the early value of "${name}" was refused.`, error);
    }
  }
}

function hasAccessor(proto: object | null, name: string, stopAt: object): boolean {
  for (let p = proto; p && p !== stopAt; p = Object.getPrototypeOf(p) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    if (descriptor) return typeof descriptor.set === 'function';
  }
  return false;
}
