/** Helpers for tests that load real pages (under the strict CSP) in an iframe. */
import { until as waitFor } from '../fixtures/wait.js';

export type EmbedWindow = Window & typeof globalThis & { cspViolations: string[] };

export const TAGS = ['samson-scorecard', 'samson-profile', 'soimpact-planner', 'soimpact-chain', 'soimpact-chart'];

/** Pages in an iframe load scripts and data over the network: a longer wait than in-page tests. */
export const until = <T>(probe: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> =>
  waitFor(probe, what, timeout);

export async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: EmbedWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as EmbedWindow, doc: frame.contentDocument! };
}

/** Visible text of an element's shadow tree, nested shadow trees included. */
export function shadowText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Opens the scorecard's first field from its jump list and picks an answer, as a user would. */
export async function answerInFirstField(scorecard: Element, option = 3): Promise<void> {
  const root = scorecard.shadowRoot!;
  const navButtons = await until(() => {
    const buttons = root.querySelectorAll<HTMLButtonElement>('[part~="nav"] button');
    return buttons.length > 2 && buttons;
  }, 'the jump list');
  navButtons[2]!.click();
  const radio = await until(
    () => root.querySelectorAll<HTMLInputElement>('[part~="statement"] input[type="radio"]')[option],
    'a statement radio',
  );
  radio.click();
}
