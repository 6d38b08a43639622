import { expect } from '@open-wc/testing';

const TAGS = ['samson-scorecard', 'samson-profile', 'soimpact-planner', 'soimpact-chain', 'soimpact-chart'];

type EmbedWindow = Window & typeof globalThis & { cspViolations: string[] };

async function until<T>(probe: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: EmbedWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as EmbedWindow;
  return { frame, win, doc: frame.contentDocument! };
}

/** Visible text of an element's shadow tree (and nested shadow trees). */
function shadowText(element: Element): string {
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

describe('embedding under a strict Content-Security-Policy', () => {
  it('renders all five elements, follows a language change and fires no CSP violation', async () => {
    const { frame, win, doc } = await openPage('/test/embed/csp.html');
    try {
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'all elements defined');
      for (const tag of TAGS) {
        const element = doc.querySelector(tag)!;
        await until(() => shadowText(element).length > 40, `${tag} to render text`);
      }
      await until(() => doc.querySelector('soimpact-chart')!.shadowRoot!.querySelector('canvas'), 'the chart canvas');
      const before = shadowText(doc.querySelector('samson-scorecard')!);
      doc.documentElement.lang = 'en';
      await until(() => shadowText(doc.querySelector('samson-scorecard')!) !== before, 'the scorecard to switch language');
      expect(shadowText(doc.querySelector('samson-scorecard')!)).to.match(/SAMSON/);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.cspViolations).to.deep.equal([]);
      // The policy really is in force: an inline style attribute set by the page is reported.
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      doc.body.append(probe);
      await until(() => win.cspViolations.length > 0, 'the control violation');
    } finally {
      frame.remove();
    }
  });

  it('survives a second copy of the bundle on the page (two CMS blocks)', async () => {
    const { frame, win, doc } = await openPage('/test/embed/two-copies.html');
    try {
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'all elements defined');
      await until(() => (win as unknown as { secondCopyLoaded?: boolean }).secondCopyLoaded, 'the second copy to load');
      const scorecards = doc.querySelectorAll('samson-scorecard');
      expect(scorecards.length).to.equal(2);
      for (const scorecard of scorecards) await until(() => shadowText(scorecard).length > 40, 'each scorecard to render');
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
