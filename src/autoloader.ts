/**
 * The CDN autoloader: one small `<script type="module" src=".../cdn/autoloader.js">` that
 * loads each element's code only when its tag appears on the page (now or later, as a CMS
 * adds blocks), from the per-element bundles next to it. Shoelace and Web Awesome ship the
 * same idea. Elements inside another component's shadow root are not seen by the observer:
 * call `discover(shadowRoot)` for those.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'samson-scorecard': () => import('./elements/samson-scorecard/define.js'),
  'samson-profile': () => import('./elements/samson-profile/define.js'),
  'soimpact-planner': () => import('./elements/soimpact-planner/define.js'),
  'soimpact-chain': () => import('./elements/soimpact-chain/define.js'),
  'soimpact-chart': () => import('./elements/soimpact-chart/define.js'),
};

const requested = new Map<string, Promise<unknown>>();

/** Loads the definition of every library tag under `root` that is not defined yet. */
export function discover(root: ParentNode = document): Promise<unknown[]> {
  const tags = new Set<string>();
  if (root instanceof Element) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
  const loads: Promise<unknown>[] = [];
  for (const tag of tags) {
    const load = loaders[tag];
    if (!load || customElements.get(tag)) continue;
    if (!requested.has(tag))
      requested.set(
        tag,
        load().catch((error: unknown) => {
          requested.delete(tag);
          console.error(`samskaping-elements: could not load <${tag}>`, error);
        }),
      );
    loads.push(requested.get(tag)!);
  }
  return Promise.all(loads);
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document.documentElement, { subtree: true, childList: true });
}
