import { expect } from '@open-wc/testing';
import { answerInFirstField, openPage, shadowText, until } from './embed-helpers.js';
import { parseResponse } from '../../src/core/samson/response.js';

type ScorecardLike = HTMLElement & { label: string; response: { answers: Record<string, { rating?: unknown; idea?: string }> } };
type ProfileLike = HTMLElement;

for (const framework of ['react', 'vue']) {
  describe(`inside a ${framework === 'react' ? 'React 19' : 'Vue 3'} app built with Vite`, () => {
    it('takes properties, hands events to the app, and survives the app re-rendering', async () => {
      const { frame, win, doc } = await openPage(`/test/embed/.build/${framework}/index.html`);
      try {
        const scorecard = await until(() => doc.querySelector<ScorecardLike>('samson-scorecard'), 'the scorecard');
        await until(() => scorecard.shadowRoot && shadowText(scorecard).length > 40, 'the scorecard to render');
        // The app set the response as a property: its two answers are there.
        expect(Object.keys(scorecard.response.answers).length).to.equal(2);
        expect(scorecard.label).to.match(/Fra (React|Vue)/);

        await answerInFirstField(scorecard, 4);
        await until(() => doc.getElementById('changes')!.textContent !== '0', 'the app to receive samson-change');
        expect(doc.getElementById('answered')!.textContent).to.equal('2');

        const profile = doc.querySelector<ProfileLike>('samson-profile')!;
        await until(() => profile.shadowRoot && shadowText(profile).length > 40, 'the profile to render');

        // Re-rendering the app must neither replace the elements nor lose the answer.
        doc.getElementById('rerender')!.click();
        doc.getElementById('rerender')!.click();
        await until(() => doc.getElementById('rerender')!.textContent!.includes('(2)'), 'the app to re-render twice');
        expect(doc.querySelector('samson-scorecard')).to.equal(scorecard);
        const first = Object.values(scorecard.response.answers).find((a) => a.idea === 'Fra appen');
        expect(first, 'the idea set by the app').to.exist;
        expect(win.cspViolations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
}

describe('inside another element’s shadow root', () => {
  it('renders, binds the profile to the scorecard by id, and its events reach the page', async () => {
    const { frame, win, doc } = await openPage('/test/embed/shadow.html');
    try {
      const host = await until(() => doc.querySelector('cms-block')?.shadowRoot, 'the host block');
      const scorecard = await until(() => host.querySelector<ScorecardLike>('samson-scorecard'), 'the scorecard');
      await until(() => win.customElements.get('samson-profile') && shadowText(scorecard).length > 40, 'render');
      const profile = host.querySelector<ProfileLike>('samson-profile')!;
      await until(() => shadowText(profile).includes('7,5'), 'the profile to show the scorecard’s response');
      const heard: string[] = [];
      doc.addEventListener('samson-change', (event) => heard.push(event.type));
      await answerInFirstField(scorecard, 4);
      await until(() => heard.length > 0, 'samson-change on the document');
      // The host gave the scorecard a response with every statement at 4 (7.5); one answer
      // raised to 5 lifts the first field to 7.8 in the bound profile's summary and table.
      await until(() => shadowText(profile).includes('7,8'), 'the profile to follow the scorecard');
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('inside a CMS form', () => {
  it('posts the response JSON with the rest of the form', async () => {
    const { frame, doc } = await openPage('/test/embed/form.html');
    try {
      const scorecard = await until(() => doc.querySelector<ScorecardLike>('samson-scorecard'), 'the scorecard');
      await until(() => scorecard.shadowRoot && shadowText(scorecard).length > 40, 'the scorecard to render');
      await answerInFirstField(scorecard, 4);
      const sent = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      doc.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await sent;
      const body = await (await fetch('/__fixture/posted-form')).text();
      const fields = new URLSearchParams(body);
      expect(fields.get('municipality')).to.equal('Larvik');
      const posted = parseResponse(fields.get('samson') ?? '');
      expect(posted.ok, body).to.equal(true);
      if (!posted.ok) return;
      expect(posted.value.label).to.equal('Skjema');
      expect(Object.values(posted.value.answers).map((a) => a.rating)).to.deep.equal([5]);
    } finally {
      frame.remove();
    }
  });
});
