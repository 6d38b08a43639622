import { expect } from '@open-wc/testing';
import { answerInFirstField, shadowText, until } from './embed-helpers.js';
import { parseResponse } from '../../src/core/samson/response.js';

/** The first fenced block of a language in the README, exactly as a newcomer copies it. */
function snippet(readme: string, language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readme);
  if (!match) throw new Error(`README has no ${language} snippet`);
  return match[1]!;
}

describe('a newcomer following only the README', () => {
  it('pastes the bundle and a <samson-scorecard> into a blank page and receives samson-complete', async () => {
    const readme = await (await fetch('/README.md')).text();
    const markup = snippet(readme, 'html').replace(
      '/path/to/samskaping-elements.bundle.js',
      '/dist/samskaping-elements.bundle.js',
    );
    expect(markup).to.contain('<samson-scorecard');
    const listener = snippet(readme, 'js');
    expect(listener).to.contain("addEventListener('samson-complete'");

    // A fresh visitor: no draft from another test on this origin.
    localStorage.removeItem('my-page:samson');
    localStorage.removeItem('samskaping:samson');
    const frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '800';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Blank</title></head><body>${markup}<script type="module">${listener}</script></body></html>`;
    document.body.append(frame);
    await loaded;
    try {
      const doc = frame.contentDocument!;
      const scorecard = await until(() => doc.querySelector('samson-scorecard'), 'the scorecard');
      await until(() => scorecard.shadowRoot && shadowText(scorecard).length > 40, 'the scorecard to render');
      await answerInFirstField(scorecard, 3);
      const root = scorecard.shadowRoot!;
      const nav = root.querySelectorAll<HTMLButtonElement>('[part~="nav"] button');
      nav[nav.length - 2]!.click(); // results
      const complete = await until(
        () =>
          [...root.querySelectorAll<HTMLButtonElement>('[part~="results"] button')].find((b) =>
            /ferdig/i.test(b.textContent ?? ''),
          ),
        'the complete button',
      );
      complete.click();
      // One field of seven answered: finishing asks first, and the newcomer says yes.
      const yes = await until(
        () =>
          [...root.querySelectorAll<HTMLButtonElement>('.finish-question button')].find((b) =>
            /^Ja/.test(b.textContent?.trim() ?? ''),
          ),
        'the finish question',
      );
      yes.click();
      const stored = await until(() => localStorage.getItem('my-page:samson'), 'the page to store the response');
      const response = parseResponse(stored);
      expect(response.ok).to.equal(true);
      if (!response.ok) return;
      expect(response.value.completedAt).to.be.a('string');
      expect(Object.values(response.value.answers)[0]!.rating).to.equal(4);
    } finally {
      frame.remove();
      localStorage.removeItem('my-page:samson');
      localStorage.removeItem('samskaping:samson');
    }
  });
});
