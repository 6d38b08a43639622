// The report as the document a municipality hands its council: the same pages whether the
// print button or the browser's Print (Ctrl+P, which fires `beforeprint`) started it, at any
// step and in any layout; only the report prints, never the host page around it; a running
// header and page numbers; page 1 holds the title, the round, who took part and the overall
// picture; each field's score is printed once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { formatScore } from '../../src/i18n/number.js';
import { twoRoundHistory } from '../../src/content/samson/two-rounds.js';
import { settle, shadow, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';

const steps = scorecardSteps(samsonNb);

function profileChart(el: SamsonScorecard): Chart | undefined {
  const canvas = shadow(el).querySelector('samson-profile')?.shadowRoot?.querySelector('canvas');
  return canvas ? Chart.getChart(canvas) : undefined;
}

interface PdfText {
  pages: number;
  text: string;
}
const flat = (text: string) => text.replace(/\s+/g, ' ');
const HOST_TEXT = ['VERTSMENY', 'Vertstekst før skjemaet', 'VERTSBUNNTEKST'];

function filled(el: SamsonScorecard): void {
  const r = el.response;
  for (const value of samsonNb.values) r.weights[value.id] = 4;
  samsonNb.fields.forEach((field, f) =>
    field.statements.forEach((s, i) => {
      r.answers[s.id] = {
        rating: (((i + f) % 5) + 1) as 1 | 2 | 3 | 4 | 5,
        ...(i % 3 === 0 ? { idea: `Tiltak ${f + 1}.${i + 1}: møte med frivilligsentralen` } : {}),
      };
    }),
  );
  r.label = 'Runde 2';
  r.participants = 'Kari Nordmann (kommunen), Ola Hansen (frivilligsentralen)';
  el.response = r;
}

async function hostPage(): Promise<{ page: HTMLElement; el: SamsonScorecard }> {
  const page = await fixture<HTMLElement>(
    html`<div class="host-page">
      <header>VERTSMENY Hjem · Ansatte · Skjema</header>
      <div class="columns">
        <aside>VERTSMENY venstre</aside>
        <main>
          <p>Vertstekst før skjemaet.</p>
          <samson-scorecard storage-key=${uniqueKey()}></samson-scorecard>
        </main>
      </div>
      <footer>VERTSBUNNTEKST</footer>
    </div>`,
  );
  const el = page.querySelector('samson-scorecard')!;
  await el.updateComplete;
  filled(el);
  await settle(el);
  return { page, el };
}

async function printed(save?: string): Promise<PdfText & { flat: string; pageTexts: string[] }> {
  const pdf = (await executeServerCommand('pdf-text', save ? { save } : {})) as PdfText;
  return { ...pdf, flat: flat(pdf.text), pageTexts: pdf.text.split('\f').map(flat) };
}

describe('the printed report', function () {
  this.timeout(120_000);
  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
    localStorage.clear();
  });

  it('prints the same report-only document from the print button on the report and from Ctrl+P on a field in presenter layout', async () => {
    const { el } = await hostPage();
    el.goToStep(stepIndex(steps, 'report'));
    await settle(el);
    // As a group sees the report before it presses the button: with its profile drawn.
    await waitUntil(() => profileChart(el) !== undefined, 'the report profile is drawn');
    const nativePrint = window.print;
    // What the browser's print does first; the PDF below is what its dialog would save.
    window.print = () => window.dispatchEvent(new Event('beforeprint'));
    try {
      [...shadow(el).querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent?.trim() === 'Skriv ut rapporten')!
        .click();
    } finally {
      window.print = nativePrint;
    }
    await settle(el);
    const fromButton = await printed('/tmp/shots-fixes/report-button.pdf');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);

    el.layout = 'presenter';
    el.goToStep(stepIndex(steps, 'field', 1));
    await settle(el);
    expect(shadow(el).querySelector('.report')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint')); // what Ctrl+P does first
    await settle(el);
    const fromField = await printed('/tmp/shots-fixes/field-ctrlp.pdf');

    expect(fromButton.pages, 'a paginated document').to.be.greaterThan(2);
    expect(fromField.pages, `pages from a field (${fromField.pages}) = from the button (${fromButton.pages})`).to.equal(
      fromButton.pages,
    );
    // The same document, word for word, page for page (the presenter layout's large type must not leak into print).
    // Chromium prints a canvas drawn while printing as vector text (the axis numbers) and one
    // drawn before as an image; both show the same chart, so its numbers are left out here.
    const withoutChartNumbers = (pages: string[]) => pages.map((page) => page.replace(/(\d+\s*)+$/, '').trim());
    expect(withoutChartNumbers(fromField.pageTexts), 'the same text on every page').to.deep.equal(
      withoutChartNumbers(fromButton.pageTexts),
    );
    for (const pdf of [fromButton, fromField]) {
      for (const text of HOST_TEXT) expect(pdf.flat, `host text «${text}»`).not.to.contain(text);
      for (const control of ['Presentasjonsvisning', 'Skriv ut rapporten', 'Neste utsagn', 'Tast 1–5'])
        expect(pdf.flat).not.to.contain(control);
      // Running header and page numbers on every page.
      pdf.pageTexts.forEach((page, i) => {
        expect(page, `page ${i + 1} header`).to.contain('Runde 2');
        expect(page, `page ${i + 1} number`).to.contain(`Side ${i + 1} / ${pdf.pages}`);
      });
    }
    // Page 1: title, round, who took part, the overall picture and three priorities.
    const first = fromButton.pageTexts[0]!;
    for (const part of [samsonNb.title, 'Runde 2', 'Kari Nordmann (kommunen)', 'Samlet skår', 'Tre prioriteringer']) {
      expect(first, `page 1 has «${part}»`).to.contain(part);
    }
    expect(first).not.to.contain('Handlingsplan');
    // Page 1 ends the cover: the last priority is on it, and page 2 starts the action plan.
    expect(fromButton.pageTexts[1]).to.contain('Handlingsplan');
    // Each field's score is printed once.
    const detail = fromButton.flat.slice(fromButton.flat.indexOf('Handlingsfeltene i detalj'));
    const score = el.result.scores.fields[0]!.score!;
    const line = `Skår: ${formatScore(score)}`;
    expect(detail).to.contain(line);
    expect(fromButton.flat.split(line).length - 1, `«${line}» once`).to.equal(1);
    await executeServerCommand('screenshot', { path: '/tmp/shots-fixes/t-print-media.png', fullPage: true, media: 'print' });
  });

  it('a second round prints its comparison once, and the cover still ends with the three priorities', async () => {
    const { el } = await hostPage();
    el.history = twoRoundHistory(samsonNb);
    await settle(el);
    el.goToStep(stepIndex(steps, 'field', 0)); // Ctrl+P on a statement with last time's answer
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const pdf = await printed('/tmp/shots-fixes/two-rounds.pdf');
    for (const text of HOST_TEXT) expect(pdf.flat, `host text «${text}»`).not.to.contain(text);
    const cover = pdf.pageTexts[0]!;
    expect(cover).to.contain('Tre prioriteringer');
    expect(cover).to.contain('Profil: skår og viktighet');
    // The profile's own "what changed" list would say the report's comparison again, with the same numbers.
    expect(pdf.flat).not.to.contain('Endringer fra «Runde 1» til «Runde 2»');
    expect(pdf.flat.split('Sammenlignet med «Runde 1»').length - 1, 'the comparison once').to.equal(1);
    expect(pdf.flat).to.contain('Tiltakene fra «Runde 1»');
  });
});
