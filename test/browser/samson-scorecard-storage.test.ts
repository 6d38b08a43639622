// Autosave and resume: every answer and idea survives a reload; the group can delete what
// is saved, after an inline confirmation; storage that throws or holds garbage never stops
// the element, and the user is told.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { parseResponse } from '../../src/core/samson/response.js';
import { until } from '../fixtures/wait.js';
import {
  givePoints,
  expectAccessible,
  openField,
  openStep,
  radio,
  rate,
  scorecard,
  settle,
  shadow,
  uniqueKey,
  visibleText,
  writeIdea,
} from '../fixtures/samson-scorecard-helpers.js';

const fields = samsonNb.fields;

/** Answers every statement of every field and writes an idea under two statements per field. */
async function fillEverything(el: SamsonScorecard): Promise<void> {
  await openStep(el, 1);
  for (const [v, value] of samsonNb.values.entries()) await givePoints(el, value.id, (v % 5) + 1);
  for (const [f, field] of fields.entries()) {
    await openField(el, f);
    for (const [s, statement] of field.statements.entries()) {
      await rate(el, statement.id, s === 2 ? 'not-relevant' : ((s + f) % 5) + 1);
      if (s < 2) await writeIdea(el, statement.id, `Idé ${f + 1}.${s + 1}: felles møteplan\nmed to linjer`);
    }
  }
}

afterEach(() => {
  localStorage.clear();
});

describe('autosave and resume', () => {
  it('a new element with the same storage key restores every answer and idea', async () => {
    const key = uniqueKey();
    const first = await scorecard(key);
    await fillEverything(first);
    const before = first.response;
    first.remove(); // disconnecting flushes the pending save

    const second = await scorecard(key);
    expect(second.response).to.deep.equal(before);
    expect(visibleText(second)).to.contain('er hentet fram igjen fra denne enheten');
    // …and the screen shows them: the checked radio and the idea in its box.
    await openField(second, 3);
    const statement = fields[3]!.statements[1]!;
    expect(radio(second, `r-${statement.id}`, ((1 + 3) % 5) + 1).checked).to.equal(true);
    expect(shadow(second).querySelector<HTMLTextAreaElement>(`#idea-${statement.id}`)!.value).to.equal(
      'Idé 4.2: felles møteplan\nmed to linjer',
    );
  });

  it('a framework binding response to undefined before it has data does not discard the restored draft', async () => {
    const key = uniqueKey();
    const first = await scorecard(key);
    await openField(first, 0);
    await rate(first, fields[0]!.statements[0]!.id, 2);
    first.remove();
    const el = document.createElement('samson-scorecard');
    el.storageKey = key;
    el.response = undefined;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.response.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 2 });
    } finally {
      el.remove();
    }
  });

  it('saves shortly after an edit and at once on pagehide, without waiting for a disconnect', async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    await openField(el, 0);
    await rate(el, fields[0]!.statements[0]!.id, 4);
    expect(localStorage.getItem(key)).to.equal(null); // debounced
    window.dispatchEvent(new Event('pagehide'));
    const saved = parseResponse(localStorage.getItem(key)!, samsonNb);
    expect(saved.ok && saved.value.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 4 });
    await rate(el, fields[0]!.statements[1]!.id, 2);
    const savedLater = () => {
      const later = parseResponse(localStorage.getItem(key)!, samsonNb);
      return later.ok && later.value.answers[fields[0]!.statements[1]!.id]?.rating === 2;
    };
    expect(savedLater(), 'not saved at once (debounced)').to.equal(false);
    await until(savedLater, 'the debounced save of the second rating');
  });

  it('uses samskaping:<instrument id> when no storage-key is given', async () => {
    const el = await fixture<SamsonScorecard>(html`<samson-scorecard></samson-scorecard>`);
    await openField(el, 0);
    await rate(el, fields[0]!.statements[0]!.id, 5);
    el.remove();
    expect(localStorage.getItem('samskaping:samson')).to.contain('"rating":5');
  });

  it('autosave="false" neither reads nor writes storage', async () => {
    const key = uniqueKey();
    const seeded = await scorecard(key);
    await openField(seeded, 0);
    await rate(seeded, fields[0]!.statements[0]!.id, 3);
    seeded.remove();
    const stored = localStorage.getItem(key);

    const el = await fixture<SamsonScorecard>(html`<samson-scorecard storage-key=${key} autosave="false"></samson-scorecard>`);
    expect(el.autosave).to.equal(false);
    expect(el.response.answers).to.deep.equal({});
    await openField(el, 0);
    await rate(el, fields[0]!.statements[1]!.id, 1);
    el.remove();
    expect(localStorage.getItem(key)).to.equal(stored);
    expect(shadow(el).querySelector('#delete-saved')).to.equal(null);
  });
});

describe('deleting saved answers', () => {
  it('asks inline first, cancels on "Avbryt", deletes on "Ja, slett svarene"', async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    await openField(el, 0);
    await rate(el, fields[0]!.statements[0]!.id, 5);
    await writeIdea(el, fields[0]!.statements[0]!.id, 'Lunsj sammen');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(key)).not.to.equal(null);

    const nativeConfirm = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm must not be used');
    };
    try {
      shadow(el).querySelector<HTMLButtonElement>('#delete-saved')!.click();
      await settle(el);
      expect(visibleText(el)).to.contain('Det kan ikke angres');
      expect(shadow(el).activeElement?.id).to.equal('confirm-cancel');
      await expectAccessible(el, 'the delete confirmation');
      shadow(el).querySelector<HTMLButtonElement>('#confirm-cancel')!.click();
      await settle(el);
      expect(el.response.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 5, idea: 'Lunsj sammen' });
      expect(localStorage.getItem(key)).not.to.equal(null);

      shadow(el).querySelector<HTMLButtonElement>('#delete-saved')!.click();
      await settle(el);
      const changed = oneEvent(el, 'samson-change');
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.confirm button')]
        .find((b) => b.textContent?.includes('Ja, slett'))!
        .click();
      const detail = (await changed).detail;
      await settle(el);
      expect(detail.response.answers).to.deep.equal({});
      expect(el.response.answers).to.deep.equal({});
      expect(localStorage.getItem(key)).to.equal(null);
      expect(visibleText(el)).to.contain('De lagrede svarene er slettet fra denne enheten.');
    } finally {
      window.confirm = nativeConfirm;
    }
    // A reload finds nothing to restore.
    el.remove();
    const again = await scorecard(key);
    expect(again.response.answers).to.deep.equal({});
  });
});

describe('storage that fails', () => {
  it('keeps working in memory and says so when localStorage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const el = await scorecard();
      expect(visibleText(el)).to.contain('Svarene kan ikke lagres i denne nettleseren');
      await openField(el, 1);
      await rate(el, fields[1]!.statements[0]!.id, 2);
      await writeIdea(el, fields[1]!.statements[0]!.id, 'Ny møteplass');
      window.dispatchEvent(new Event('pagehide'));
      await settle(el);
      expect(el.response.answers[fields[1]!.statements[0]!.id]).to.deep.equal({ rating: 2, idea: 'Ny møteplass' });
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('eksporter svarene til en fil');
      await expectAccessible(el, 'the storage notice');
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('tells the user when only saving fails (a full quota) and keeps the answers', async () => {
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const el = await scorecard();
      expect(visibleText(el)).not.to.contain('kan ikke lagres');
      await openField(el, 0);
      await rate(el, fields[0]!.statements[0]!.id, 1);
      window.dispatchEvent(new Event('pagehide'));
      await settle(el);
      expect(visibleText(el)).to.contain('Svarene kan ikke lagres i denne nettleseren');
      expect(el.response.answers[fields[0]!.statements[0]!.id]).to.deep.equal({ rating: 1 });
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  for (const [what, stored] of [
    ['not JSON', '{"format": "samson-response@1", "answers": {'],
    ['the wrong shape', JSON.stringify({ format: 'samson-response@1', answers: 'many' })],
  ] as const) {
    it(`starts empty with a notice when the saved draft is ${what}, and saves over it`, async () => {
      const key = uniqueKey();
      localStorage.setItem(key, stored);
      const el = await scorecard(key);
      expect(el.response.answers).to.deep.equal({});
      expect(visibleText(el)).to.contain('De lagrede svarene på denne enheten kunne ikke leses');
      await openField(el, 0);
      await rate(el, fields[0]!.statements[0]!.id, 3);
      el.remove();
      expect(parseResponse(localStorage.getItem(key)!, samsonNb).ok).to.equal(true);
    });
  }
});
