/**
 * The one table of the library's elements and how each one's code is loaded, shared by the CDN
 * autoloader (src/autoloader.ts) and the one-file bundle (src/bundle.ts): an element's code is
 * imported when its tag first appears on the page — at load, or when a CMS adds a block later —
 * and never for a tag the page does not use. Shoelace and Web Awesome ship the same idea.
 *
 * Open shadow roots of other components are searched and watched too (a design system's
 * "block" that renders our element inside itself), without patching `attachShadow`: a custom
 * element that is not defined yet is searched again once it is. Closed shadow roots cannot be
 * seen from outside: their component calls `discover(shadowRoot)`.
 */
// Types only (erased from the JavaScript), from the define modules so that their
// `HTMLElementTagNameMap` entries come along: `document.querySelector('samson-profile')` is typed.
import type { SamsonScorecard } from './elements/samson-scorecard/define.js';
import type { SamsonProfile } from './elements/samson-profile/define.js';
import type { SoimpactPlanner } from './elements/soimpact-planner/define.js';
import type { SoimpactChain } from './elements/soimpact-chain/define.js';
import type { SoimpactChart } from './elements/soimpact-chart/define.js';

/** The class behind each of the library's tags. */
export interface LibraryElements {
  'samson-scorecard': typeof SamsonScorecard;
  'samson-profile': typeof SamsonProfile;
  'soimpact-planner': typeof SoimpactPlanner;
  'soimpact-chain': typeof SoimpactChain;
  'soimpact-chart': typeof SoimpactChart;
}
export type LibraryTag = keyof LibraryElements;

const loaders: Record<LibraryTag, () => Promise<unknown>> = {
  'samson-scorecard': () => import('./elements/samson-scorecard/define.js'),
  'samson-profile': () => import('./elements/samson-profile/define.js'),
  'soimpact-planner': () => import('./elements/soimpact-planner/define.js'),
  'soimpact-chain': () => import('./elements/soimpact-chain/define.js'),
  'soimpact-chart': () => import('./elements/soimpact-chart/define.js'),
};

/** The library's tags, in the order of the table above. */
export const LIBRARY_TAGS = Object.keys(loaders) as readonly LibraryTag[];

const isLibraryTag = (tag: string): tag is LibraryTag => Object.hasOwn(loaders, tag);

const requested = new Map<LibraryTag, Promise<unknown>>();

function request(tag: LibraryTag): Promise<unknown> {
  let pending = requested.get(tag);
  if (!pending) {
    pending = loaders[tag]().catch((error: unknown) => {
      // Forgotten, so that the next appearance of the tag (or loadElement) tries again.
      requested.delete(tag);
      throw error;
    });
    requested.set(tag, pending);
  }
  return pending;
}

/**
 * Loads one element's code (if it is not loaded yet) and resolves with its class once the tag
 * is defined — for code that needs the class before any element is on the page (`instanceof`,
 * a static member). Rejects if the code cannot be loaded.
 */
export async function loadElement<T extends LibraryTag>(tag: T): Promise<LibraryElements[T]> {
  if (!isLibraryTag(tag)) throw new TypeError(`samskaping-elements has no element <${String(tag)}>`);
  if (!customElements.get(tag)) await request(tag);
  return (await customElements.whenDefined(tag)) as LibraryElements[T];
}

let observer: MutationObserver | undefined;
const watchedRoots = new WeakSet<Node>();
/** Other libraries' elements seen before their tag was defined, by tag. */
const awaitedHosts = new Map<string, Set<Element>>();

function watch(root: Document | ShadowRoot): void {
  if (!observer || watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, { subtree: true, childList: true });
}

function awaitHost(tag: string, host: Element): void {
  const hosts = awaitedHosts.get(tag);
  if (hosts) {
    hosts.add(host);
    return;
  }
  awaitedHosts.set(tag, new Set([host]));
  customElements.whenDefined(tag).then(
    () => {
      const upgraded = awaitedHosts.get(tag) ?? [];
      awaitedHosts.delete(tag);
      for (const element of upgraded) if (element.shadowRoot) void discover(element);
    },
    // Not a valid custom element name after all ("font-face" in SVG): nothing to wait for.
    () => awaitedHosts.delete(tag),
  );
}

/**
 * Loads the code of every library tag under `root` (its open shadow roots included) that is
 * not defined yet. Resolves when those are loaded; a chunk that fails is reported on the
 * console and tried again the next time its tag appears.
 */
export function discover(root: ParentNode = document): Promise<unknown[]> {
  const tags = new Set<LibraryTag>();
  const search = (node: ParentNode) => {
    const elements = node instanceof Element ? [node, ...node.querySelectorAll('*')] : node.querySelectorAll('*');
    for (const element of elements) {
      const tag = element.localName;
      if (isLibraryTag(tag)) {
        // Our own elements import what they render; their shadow roots need no search.
        if (!customElements.get(tag)) tags.add(tag);
        continue;
      }
      if (element.shadowRoot) {
        watch(element.shadowRoot);
        search(element.shadowRoot);
      } else if (tag.includes('-') && !customElements.get(tag)) {
        // Another library's element, not upgraded yet: it may render ours in its shadow root.
        awaitHost(tag, element);
      }
    }
  };
  search(root);
  return Promise.all(
    [...tags].map((tag) =>
      request(tag).catch((error: unknown) => console.error(`samskaping-elements: could not load <${tag}>`, error)),
    ),
  );
}

/**
 * Discovers the library's tags in the document now and whenever nodes are added to it (or to
 * an open shadow root `discover` has searched). Called once by the autoloader and the bundle.
 */
export function autoload(): void {
  if (typeof document === 'undefined' || observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  });
  watch(document);
  void discover(document);
}
