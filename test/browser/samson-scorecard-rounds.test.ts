// The SAMSON cycle inside the scorecard: a finished round is kept, the next one starts with
// the same weights and empty answers, every round survives a reload, and a `for=` profile
// draws them all — the current round bold and solid, the earlier one dashed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { Chart } from 'chart.js';
import type { History } from '../../src/core/samson/history.js';
import {
  deepActive,
  expectAccessible,
  givePoints,
  openField,
  openStep,
  press,
  rate,
  scorecard,
  setLanguage,
  settle,
  shadow,
  tabUntil,
  type,
  uniqueKey,
  visibleText,
  writeIdea,
  buttonNamed,
} from '../fixtures/samson-scorecard-helpers.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { openSecondTab } from '../fixtures/second-tab.js';

const steps = scorecardSteps(samsonNb);
const RESULTS = stepIndex(steps, 'results');
const REPORT = stepIndex(steps, 'report');

/** Rates every statement of every field in the element. */
async function answerAll(el: SamsonScorecard, rating: number): Promise<void> {
  for (const [f, field] of fields.entries()) {
    await openField(el, f);
    for (const statement of field.statements) await rate(el, statement.id, rating);
  }
}

function $(el: SamsonScorecard, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function pick(el: SamsonScorecard, selector: string, value: string): void {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function radarLines(profile: SamsonProfile) {
  const canvas = profile.shadowRoot!.querySelector('canvas');
  const chart = canvas ? (Chart.getChart(canvas) as Chart<'radar'> | undefined) : undefined;
  return (chart?.data.datasets ?? []).filter((d) => d.order !== 100);
}

/** Clicks a button and catches the download link the element creates in its shadow root. */
async function download(el: SamsonScorecard, button: HTMLElement): Promise<{ name: string; text: string }> {
  let link: HTMLAnchorElement | undefined;
  const catchDownload = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.download) {
      link = target;
      event.preventDefault();
    }
  };
  shadow(el).addEventListener('click', catchDownload, true);
  try {
    button.click();
  } finally {
    shadow(el).removeEventListener('click', catchDownload, true);
  }
  expect(link, 'a download link').to.exist;
  const blob = await (await fetch(link!.href)).blob();
  return { name: link!.download, text: await blob.text() };
}

async function importText(el: SamsonScorecard, text: string, name = 'historikk.json'): Promise<void> {
  const input = $(el, '#import-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => shadow(el).querySelector('.offer, [role="alert"]'), 'the import offer or an error');
}

const fields = samsonNb.fields;

/** Answers the first field in the element, every statement rated `rating(s)`, an idea under the first. */
async function answerFirstField(el: SamsonScorecard, rating: (s: number) => number, idea?: string): Promise<void> {
  await openField(el, 0);
  for (const [s, statement] of fields[0]!.statements.entries()) await rate(el, statement.id, rating(s));
  if (idea) await writeIdea(el, fields[0]!.statements[0]!.id, idea);
}

afterEach(() => localStorage.clear());

describe('<samson-scorecard>: rounds', () => {
  it('has a one-round history before a second round is started, and stores nothing more than the draft', async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    await answerFirstField(el, () => 4);
    const history = el.history;
    expect(history.format).to.equal('samson-history@1');
    expect(history.rounds.map((r) => r.label)).to.deep.equal(['Runde 1']);
    expect(history.rounds[0]!.joint.answers).to.deep.equal(el.response.answers);
    el.remove();
    expect(localStorage.getItem(key)).to.not.equal(null);
    expect(localStorage.getItem(`${key}:history`)).to.equal(null);
  });

  it('starts round 2: round 1 kept with its answers, the same weights, empty answers, «Runde 2», samson-round with the history', async () => {
    const key = uniqueKey();
    const el = await scorecard(key);
    // SAMSON 1.1 weighs with shared points (the 1–5 radios of 1.0 are gone).
    await openStep(el, stepIndex(steps, 'weights'));
    await givePoints(el, samsonNb.values[0]!.id, 12);
    await givePoints(el, samsonNb.values[1]!.id, 8);
    await answerFirstField(el, () => 4, 'Felles møteplan');
    const round1 = el.response;

    const event = oneEvent(el, 'samson-round');
    el.startNewRound();
    const { detail } = await event;
    const rounds = (detail as { history: History }).history.rounds;
    expect(rounds.map((r) => r.label)).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(rounds[0]!.joint.answers).to.deep.equal(round1.answers);
    expect(rounds[0]!.closedAt).to.be.a('string');
    expect(rounds[1]!.joint.answers).to.deep.equal({});
    expect(rounds[1]!.joint.weights).to.deep.equal(round1.weights);
    expect(round1.points).to.deep.equal({ [samsonNb.values[0]!.id]: 12, [samsonNb.values[1]!.id]: 8 });
    expect(rounds[1]!.joint.points).to.deep.equal(round1.points);
    expect(el.response.points).to.deep.equal(round1.points);
    expect(el.response.label).to.equal('Runde 2');
    expect(el.response.answers).to.deep.equal({});
    // The detail is a copy: changing it changes nothing in the element.
    rounds[0]!.label = 'Endret av siden';
    expect(el.history.rounds[0]!.label).to.equal('Runde 1');
  });

  it('keeps both rounds over a reload, the second round with its own, different answers', async () => {
    const key = uniqueKey();
    const first = await scorecard(key);
    await answerFirstField(first, () => 2, 'Ukentlige møter');
    first.startNewRound();
    await settle(first);
    await answerFirstField(first, () => 5);
    const before = first.history;
    first.remove(); // disconnecting flushes the pending saves

    const second = await scorecard(key);
    const after = second.history;
    expect(after.rounds.map((r) => r.id)).to.deep.equal(['r1', 'r2']);
    expect(after.rounds[0]!.joint.answers).to.deep.equal(before.rounds[0]!.joint.answers);
    expect(after.rounds[1]!.joint.answers).to.deep.equal(before.rounds[1]!.joint.answers);
    expect(Object.values(after.rounds[1]!.joint.answers).every((a) => a.rating === 5)).to.equal(true);
    expect(second.response.label).to.equal('Runde 2');
  });

  it('a second tab follows the rounds: round 2 started and answered in one tab shows in the other, and nothing is in conflict', async () => {
    const key = uniqueKey();
    const first = await scorecard(key);
    const conflicts: string[] = [];
    const collect = (event: Event) =>
      conflicts.push(...(event as CustomEvent<{ problems: Array<{ code: string }> }>).detail.problems.map((p) => p.code));
    document.addEventListener('samson-error', collect);
    const second = await openSecondTab<SamsonScorecard>('samson-scorecard', '/src/elements/samson-scorecard/define.ts', key);
    try {
      await answerFirstField(first, () => 2, 'Ukentlige møter');
      first.startNewRound();
      await settle(first);
      await answerFirstField(first, () => 5);
      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(
        () => second.el.history.rounds.length === 2 && Object.keys(second.el.response.answers).length > 0,
        'the second tab has both rounds',
        { timeout: 8000 },
      );
      expect(second.el.response.label).to.equal('Runde 2');
      expect(second.el.history.rounds.map((r) => r.joint.answers)).to.deep.equal(
        first.history.rounds.map((r) => r.joint.answers),
      );
      expect(Object.values(second.el.response.answers).every((a) => a.rating === 5)).to.equal(true);
      // And back: an answer given in the second tab reaches the first.
      await openField(second.el, 1);
      await rate(second.el, fields[1]!.statements[0]!.id, 3);
      second.leave();
      await waitUntil(() => first.response.answers[fields[1]!.statements[0]!.id]?.rating === 3, 'the first tab has it', {
        timeout: 8000,
      });
      expect(first.history.rounds.length).to.equal(2);
    } finally {
      second.close();
      document.removeEventListener('samson-error', collect);
    }
    expect(conflicts).not.to.include('storage-conflict');
  });

  it('a `for=` profile draws both rounds: the current one solid and bold, the earlier one dashed', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <samson-scorecard id="sc" storage-key=${key}></samson-scorecard>
        <samson-profile for="sc"></samson-profile>
      </div>`,
    );
    const el = wrapper.querySelector('samson-scorecard')!;
    const profile = wrapper.querySelector<SamsonProfile>('samson-profile')!;
    await settle(el);
    for (const [f, field] of fields.entries()) {
      await openField(el, f);
      for (const statement of field.statements) await rate(el, statement.id, 2);
    }
    el.startNewRound();
    for (const [f, field] of fields.entries()) {
      await openField(el, f);
      for (const statement of field.statements) await rate(el, statement.id, 4);
    }
    const lines = () => {
      const canvas = profile.shadowRoot!.querySelector('canvas');
      const chart = canvas ? (Chart.getChart(canvas) as Chart<'radar'> | undefined) : undefined;
      return (chart?.data.datasets ?? []).filter((d) => d.order !== 100);
    };
    await waitUntil(() => lines().length === 2 && lines()[1]!.data.every((v) => v === 7.5), 'the profile draws round 2');
    const [earlier, current] = lines();
    expect([earlier!.label, current!.label]).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(earlier!.data.every((v) => v === 2.5)).to.equal(true);
    expect(current!.borderDash).to.deep.equal([]);
    expect(earlier!.borderDash).to.have.length.greaterThan(0);
    expect(current!.borderWidth).to.be.greaterThan(earlier!.borderWidth as number);
  });

  it('the `history` property opens a history, and refuses an invalid one with samson-error, keeping the answers', async () => {
    const el = await scorecard();
    await answerFirstField(el, () => 3);
    const answers = el.response.answers;
    const error = oneEvent(el, 'samson-error');
    el.history = { format: 'samson-history@1', rounds: [] } as unknown as History;
    await error;
    expect(el.response.answers).to.deep.equal(answers);

    const two = el.history;
    two.rounds.push({ ...two.rounds[0]!, id: 'r2', label: 'Høst 2026', joint: { ...two.rounds[0]!.joint, answers: {} } });
    el.history = two;
    await settle(el);
    expect(el.response.label).to.equal('Høst 2026');
    expect(el.history.rounds.map((r) => r.label)).to.deep.equal(['Runde 1', 'Høst 2026']);
  });

  it('keeps a stored history of a newer format aside, untouched, and starts from the draft', async () => {
    const key = uniqueKey();
    const newer = JSON.stringify({ format: 'samson-history@2', rounds: [{ anything: true }] });
    localStorage.setItem(`${key}:history`, newer);
    const el = await scorecard(key);
    await answerFirstField(el, () => 3);
    el.startNewRound();
    el.remove();
    const keptKey = Object.keys(localStorage).find((k) => k.startsWith(`${key}:history~newer-format-`));
    expect(keptKey, 'the newer history is copied aside').to.be.a('string');
    expect(localStorage.getItem(keptKey!)).to.equal(newer);
  });
});

describe('<samson-scorecard>: the cycle, as a group goes through it', () => {
  afterEach(async () => setLanguage('nb'));

  it('round 1 → "Start ny runde" → different answers, last time shown, an action followed up; results, report and a for= profile compare; all of it survives a reload', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <samson-scorecard id="cycle" storage-key=${key}></samson-scorecard>
        <samson-profile for="cycle"></samson-profile>
      </div>`,
    );
    const el = wrapper.querySelector('samson-scorecard')!;
    const linked = wrapper.querySelector<SamsonProfile>('samson-profile')!;
    await settle(el);
    const first = fields[0]!.statements[0]!;

    // Round 1, complete: the points shared out, every statement answered, marked as finished.
    await openStep(el, stepIndex(steps, 'weights'));
    for (const value of samsonNb.values) await givePoints(el, value.id, 5);
    await answerAll(el, 2);
    await openField(el, 0);
    await writeIdea(el, first.id, 'Felles møteplan hver måned');
    await openStep(el, RESULTS);
    expect(shadow(el).querySelector('.last-time')).to.equal(null);
    const completed = oneEvent(el, 'samson-complete');
    buttonNamed(el, 'Marker som ferdig').click();
    await completed;
    await settle(el);
    expect(shadow(el).querySelector('#finish-question'), 'a complete round finishes without asking').to.equal(null);

    const round = oneEvent(el, 'samson-round');
    $(el, '#start-round').click();
    await round;
    await settle(el);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.contain('Innledning');
    expect(shadow(el).activeElement?.id).to.equal('step-heading');

    // The new round: last time's answer and idea, quietly, under the statement.
    await openField(el, 0);
    const line = $(el, '.last-time').textContent!.replace(/\s+/g, ' ');
    expect(line).to.contain('Sist («Runde 1»):');
    expect(line).to.contain('Delvis uenig');
    expect(line).to.contain('Felles møteplan hver måned');
    pick(el, `#fu-status-${first.id}`, 'started');
    await settle(el);
    const note = $(el, `#fu-note-${first.id}`) as HTMLTextAreaElement;
    note.value = 'Første møte holdt i mai';
    note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await answerAll(el, 4);

    // Results: the embedded profile with both rounds, what moved, the follow-up, the questions.
    await openStep(el, RESULTS);
    const embedded = shadow(el).querySelector<SamsonProfile>('samson-profile')!;
    await waitUntil(() => radarLines(embedded).length === 2, 'the results profile draws both rounds');
    const [earlier, current] = radarLines(embedded);
    expect([earlier!.label, current!.label]).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(current!.borderDash).to.deep.equal([]);
    expect(earlier!.borderDash).to.have.length.greaterThan(0);
    expect(current!.borderWidth).to.be.greaterThan(earlier!.borderWidth as number);
    let shown = visibleText(el);
    expect(shown).to.contain('Sammenlignet med «Runde 1»');
    expect(shown).to.contain('Handlingsfeltene som endret seg mest');
    expect(shown).to.contain(`${fields[0]!.name} 2,5 → 7,5 (+5,0)`);
    expect(shown).to.contain('Påbegynt · Første møte holdt i mai');
    expect(shown).to.contain('Hva har skjedd siden sist?');
    expect(shown).to.contain('Hva har vi lært siden sist?');

    await openStep(el, REPORT);
    shown = visibleText(el);
    expect(shown).to.contain('Sammenlignet med «Runde 1»');
    expect(shown).to.contain('Påbegynt');
    const inReport = shadow(el).querySelector<SamsonProfile>('.report samson-profile')!;
    await waitUntil(() => radarLines(inReport).length === 2, 'the report profile draws both rounds');
    const [reportEarlier, reportCurrent] = radarLines(inReport);
    expect([reportEarlier!.label, reportCurrent!.label]).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(reportCurrent!.borderDash).to.deep.equal([]);
    expect(reportEarlier!.borderDash).to.have.length.greaterThan(0);
    expect(reportCurrent!.data.every((v) => v === 7.5)).to.equal(true);
    expect(reportEarlier!.data.every((v) => v === 2.5)).to.equal(true);

    // The for= profile outside the element follows both rounds.
    await waitUntil(
      () => radarLines(linked).length === 2 && radarLines(linked)[1]!.data.every((v) => v === 7.5),
      'the for= profile',
    );
    expect(radarLines(linked)[0]!.borderDash).to.have.length.greaterThan(0);
    expect(radarLines(linked)[1]!.borderDash).to.deep.equal([]);

    // Reload: both rounds and the follow-up are there.
    wrapper.remove();
    const again = await scorecard(key);
    const history = again.history;
    expect(history.rounds.map((r) => r.label)).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(history.rounds[1]!.followUps[first.id]).to.deep.equal({ status: 'started', note: 'Første møte holdt i mai' });
    expect(history.rounds[0]!.joint.answers[first.id]).to.deep.equal({ rating: 2, idea: 'Felles møteplan hver måned' });
    expect(history.rounds[0]!.joint.completedAt, 'round 1 stays marked as finished').to.be.a('string');
    expect(history.rounds[1]!.joint.points, 'round 2 has the same points').to.deep.equal(history.rounds[0]!.joint.points);
    await openField(again, 0);
    expect(($(again, `#fu-status-${first.id}`) as HTMLSelectElement).value).to.equal('started');
  });

  it("exports every round as one file that opens on a fresh page; a round-1 file of today's format still opens", async () => {
    const el = await scorecard();
    await answerAll(el, 3);
    el.startNewRound();
    await settle(el);
    await answerFirstField(el, () => 5);
    await openStep(el, RESULTS);
    const file = await download(el, $(el, '#export-history'));
    expect(file.name).to.match(/^samson-historikk-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text).format).to.equal('samson-history@1');
    const exported = el.history;
    el.remove();
    localStorage.clear();

    const fresh = await scorecard();
    await importText(fresh, file.text);
    expect(visibleText(fresh)).to.contain('Filen inneholder 2 runder: «Runde 1», «Runde 2»');
    $(fresh, '#history-import-accept').click();
    await settle(fresh);
    const opened = fresh.history;
    expect(opened.rounds.map((r) => r.label)).to.deep.equal(['Runde 1', 'Runde 2']);
    expect(opened.rounds.map((r) => r.joint.answers)).to.deep.equal(exported.rounds.map((r) => r.joint.answers));
    expect(fresh.response.answers).to.deep.equal(exported.rounds[1]!.joint.answers);

    // A single response file, as every version so far wrote it, opens as before.
    const round1 = await download(fresh, buttonNamed(fresh, 'Eksporter', shadow(fresh).querySelectorAll('.round')[0]!));
    expect(JSON.parse(round1.text).format).to.equal('samson-response@1');
    const other = await scorecard();
    await importText(other, round1.text, 'runde-1.json');
    $(other, '#offer-continue').click();
    await settle(other);
    expect(other.response.answers).to.deep.equal(exported.rounds[0]!.joint.answers);
    expect(other.history.rounds).to.have.length(1);
  });

  it('the list of rounds: open one read-only, rename, delete after a confirmation', async () => {
    const el = await scorecard();
    await answerFirstField(el, () => 1);
    el.startNewRound();
    await settle(el);
    await answerFirstField(el, () => 5);
    await openStep(el, RESULTS);

    $(el, '#round-open-r1').click();
    await settle(el);
    expect(visibleText(el)).to.contain('Dere ser på «Runde 1». Den kan bare leses');
    await openField(el, 0);
    const radio = shadow(el).querySelector<HTMLInputElement>(`input[name="r-${fields[0]!.statements[0]!.id}"][value="1"]`)!;
    expect(radio.checked).to.equal(true);
    expect(radio.disabled).to.equal(true);
    $(el, '#viewing-back').click();
    await settle(el);
    expect(shadow(el).querySelector('.viewing')).to.equal(null);

    await openStep(el, RESULTS);
    $(el, '#round-rename-r1').click();
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('round-name-r1');
    ($(el, '#round-name-r1') as HTMLInputElement).value = 'Vår 2026';
    buttonNamed(el, 'Lagre navnet').click();
    await settle(el);
    expect(el.history.rounds.map((r) => r.label)).to.deep.equal(['Vår 2026', 'Runde 2']);

    $(el, '#round-delete-r1').click();
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('round-delete-cancel');
    expect(visibleText(el)).to.contain('Vil dere slette «Vår 2026»');
    buttonNamed(el, 'Avbryt', $(el, '.round .confirm')).click();
    await settle(el);
    expect(el.history.rounds).to.have.length(2);
    $(el, '#round-delete-r1').click();
    await settle(el);
    buttonNamed(el, 'Ja, slett runden').click();
    await settle(el);
    expect(el.history.rounds.map((r) => r.label)).to.deep.equal(['Runde 2']);
    expect(el.response.label).to.equal('Runde 2');
  });

  it('each idea for action gets an owner, a due date and a place in the matrix; the report groups them', async () => {
    const el = await scorecard();
    await openField(el, 0);
    const [a, b] = fields[0]!.statements;
    await writeIdea(el, a!.id, 'Felles kalender');
    await writeIdea(el, b!.id, 'Slutte med parallelle møter');
    await openStep(el, RESULTS);
    const owner = $(el, `#owner-${a!.id}`) as HTMLInputElement;
    owner.value = 'Frivilligsentralen';
    owner.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const due = $(el, `#due-${a!.id}`) as HTMLInputElement;
    due.value = '2026-06-30';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    pick(el, `#quadrant-${a!.id}`, 'keep-new');
    pick(el, `#quadrant-${b!.id}`, 'stop-known');
    await settle(el);
    expect(el.history.rounds[0]!.actions[a!.id]).to.deep.equal({
      owner: 'Frivilligsentralen',
      due: '2026-06-30',
      quadrant: 'keep-new',
    });

    await openStep(el, REPORT);
    const rows = [...shadow(el).querySelectorAll('.matrix tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0]![1]).to.contain('Felles kalender (Frivilligsentralen)');
    expect(rows[1]![0]).to.contain('Slutte med parallelle møter');
    expect(visibleText(el)).to.contain('Ansvarlig: Frivilligsentralen · innen 30. juni 2026 · Gjøre mer av – noe nytt');
  });

  it('keyboard only: start the next round from the results and follow up an action', async () => {
    const el = await scorecard();
    await openField(el, 0);
    const first = fields[0]!.statements[0]!;
    await rate(el, first.id, 3);
    await writeIdea(el, first.id, 'Møteplan');
    await openStep(el, RESULTS);
    $(el, '#step-heading').focus();
    await tabUntil((node) => node.id === 'start-round', 'Start ny runde', 200);
    const round = oneEvent(el, 'samson-round');
    await press('Enter');
    await round;
    await settle(el);
    expect(deepActive()?.id).to.equal('step-heading');
    await openField(el, 0);
    $(el, '#step-heading').focus();
    await tabUntil((node) => node.id === `fu-status-${first.id}`, 'the follow-up select');
    await press('ArrowDown'); // «Gjennomført»
    await settle(el);
    await waitUntil(() => el.history.rounds[1]!.followUps[first.id]?.status === 'done', 'the follow-up from the keyboard');
    await tabUntil((node) => node.id === `fu-note-${first.id}`, 'the note');
    await type('Ferdig i april');
    await settle(el);
    expect(el.history.rounds[1]!.followUps[first.id]).to.deep.equal({ status: 'done', note: 'Ferdig i april' });
  });

  for (const lang of ['nb', 'da', 'en', 'nn'] as const) {
    it(`is axe clean in ${lang}: a statement with last time, the comparison, the list of rounds, the report`, async function () {
      this.timeout(90_000);
      await setLanguage(lang as 'nb');
      const el = await scorecard();
      await answerFirstField(el, () => 2, 'Møteplan');
      el.startNewRound();
      await settle(el);
      await answerFirstField(el, () => 4);
      await expectAccessible(el, `${lang} field with last time`);
      await openStep(el, RESULTS);
      $(el, '#round-delete-r1').click();
      await settle(el);
      await expectAccessible(el, `${lang} results with the comparison`);
      ($(el, '#round-delete-cancel') as HTMLButtonElement).click();
      await settle(el);
      $(el, '#round-open-r1').click();
      await settle(el);
      await expectAccessible(el, `${lang} an earlier round, read-only`);
      await openStep(el, REPORT);
      await expectAccessible(el, `${lang} report`);
    });
  }
});
