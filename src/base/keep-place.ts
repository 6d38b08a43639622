/**
 * Where the user is in an element whose DOM is about to be replaced for a while (the
 * scorecard renders its report in place of its form while the page prints): which element
 * has focus, the caret or selection in a text field, and how far the page and the boxes
 * around the element are scrolled. `restore()` puts all of it back once the element renders
 * its form again; without it, the focused element is removed with the form, and focus falls
 * to the top of the page (document.body), where a keyboard or screen-reader user has to start
 * over.
 *
 * The element that had focus is found again by its id, or else by its place among its
 * parents' children: the form renders the same elements from the same state, so the same
 * place holds the same control (a radio button has no id; it is checked against its name
 * and value). Focus into a nested shadow root (a chart inside the step) is followed level by
 * level, each host rendered first.
 */

interface Locator {
  id?: string;
  /** Element-child indices from the root down to the element. */
  path: number[];
  tag: string;
  name?: string;
  value?: string;
}

interface Caret {
  start: number;
  end: number;
  direction: 'forward' | 'backward' | 'none';
  scrollTop: number;
  scrollLeft: number;
}

interface Scroll {
  box: Element;
  top: number;
  left: number;
}

export interface Place {
  /**
   * Puts focus, caret and scroll back (after the host has rendered again). Focus is moved
   * only if it was in the host when the place was taken and is nowhere in particular now (on
   * the body, or on the host with nothing focused inside): focus the user has moved since is
   * left alone. Falls back to `fallback()` when the element is not there any more.
   */
  restore(fallback?: () => HTMLElement | null | undefined): Promise<void>;
}

function locate(root: ShadowRoot, el: Element): Locator {
  const path: number[] = [];
  for (let node: Node = el; node !== root && node.parentNode; node = node.parentNode)
    path.unshift(Array.prototype.indexOf.call(node.parentNode.children, node) as number);
  const input = el instanceof HTMLInputElement ? el : undefined;
  return {
    ...(el.id && root.getElementById(el.id) === el ? { id: el.id } : {}),
    path,
    tag: el.tagName,
    ...(input ? { name: input.name, value: input.value } : {}),
  };
}

function find(root: ShadowRoot, where: Locator): Element | null {
  if (where.id) return root.getElementById(where.id);
  let node: ParentNode | undefined = root;
  for (const index of where.path) node = node?.children[index];
  const el = node instanceof Element ? node : null;
  if (!el || el.tagName !== where.tag) return null;
  if (el instanceof HTMLInputElement && (el.name !== where.name || el.value !== where.value)) return null;
  return el;
}

function caretOf(el: Element): Caret | undefined {
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return undefined;
  try {
    // Inputs without a caret (radio, checkbox, number) have null here, or throw.
    if (el.selectionStart === null || el.selectionEnd === null) return undefined;
    return {
      start: el.selectionStart,
      end: el.selectionEnd,
      direction: el.selectionDirection ?? 'none',
      scrollTop: el.scrollTop,
      scrollLeft: el.scrollLeft,
    };
  } catch {
    return undefined;
  }
}

/** The page and every box around the host that is scrolled (the same elements afterwards: they are not the host's). */
function scrolledAround(host: Element): Scroll[] {
  const scrolls: Scroll[] = [];
  for (let node: Node | null = host.parentNode; node;) {
    if (node instanceof Element && (node.scrollTop || node.scrollLeft))
      scrolls.push({ box: node, top: node.scrollTop, left: node.scrollLeft });
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const page = host.ownerDocument.scrollingElement;
  if (page && !scrolls.some((s) => s.box === page)) scrolls.push({ box: page, top: page.scrollTop, left: page.scrollLeft });
  return scrolls;
}

const rendered = (el: Element) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;

/** Takes the user's place in `host` (a shadow host), to be restored after its DOM is rendered again. */
export function takePlace(host: HTMLElement): Place {
  const levels: Locator[] = [];
  let caret: Caret | undefined;
  let focused: Element | undefined;
  let active = host.shadowRoot?.activeElement ?? null;
  for (let root = host.shadowRoot; root && active;) {
    levels.push(locate(root, active));
    focused = active;
    root = active.shadowRoot;
    active = root?.activeElement ?? null;
  }
  if (focused) caret = caretOf(focused);
  const scrolls = scrolledAround(host);

  return {
    async restore(fallback) {
      await rendered(host);
      const doc = host.ownerDocument;
      const lost = () => {
        const now = doc.activeElement;
        return !now || now === doc.body || (now === host && !host.shadowRoot?.activeElement);
      };
      if (focused && !focused.isConnected && lost()) {
        let target: Element | null = null;
        let root = host.shadowRoot;
        let depth = 0;
        for (const level of levels) {
          const el: Element | null = root ? find(root, level) : null;
          if (!el) break;
          target = el;
          depth++;
          if (depth === levels.length) break;
          await rendered(el);
          root = el.shadowRoot;
        }
        const reached = depth === levels.length;
        const to = reached ? target : fallback?.();
        if (to instanceof HTMLElement || to instanceof SVGElement) to.focus({ preventScroll: true });
        if (reached && caret && (to instanceof HTMLTextAreaElement || to instanceof HTMLInputElement)) {
          try {
            to.setSelectionRange(caret.start, caret.end, caret.direction);
          } catch {
            // A field that takes no selection any more: focus alone.
          }
          to.scrollTop = caret.scrollTop;
          to.scrollLeft = caret.scrollLeft;
        }
      }
      for (const { box, top, left } of scrolls) if (box.isConnected) box.scrollTo({ top, left, behavior: 'instant' });
    },
  };
}
