// The report as the document a municipality hands its council. The print button prints the
// report alone, with a running header and page numbers; page 1 holds the title, the round, who
// took part and the overall picture; each field's score is printed once. The browser's Print
// (Ctrl+P, which fires `beforeprint`) at any step and in any layout prints the host page as it
// is, its text and other elements included, with the report in place of the scorecard's form.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { formatScore } from '../../src/i18n/number.js';
import { twoRoundHistory } from '../../src/content/samson/two-rounds.js';
import '../../src/elements/soimpact-chain/define.js';
import type { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';
import { emulatePrint, fontPt } from '../fixtures/print-media.js';
import { pressPrintButton, settle, shadow, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';
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

  it('the print button prints the report alone: no host page, a running header and page numbers', async () => {
    const { el } = await hostPage();
    el.goToStep(stepIndex(steps, 'report'));
    await settle(el);
    // As a group sees the report before it presses the button: with its profile drawn.
    await waitUntil(() => profileChart(el) !== undefined, 'the report profile is drawn');
    pressPrintButton(el);
    await settle(el);
    const pdf = await printed('/tmp/shots-fixes/report-button.pdf');
    expect(pdf.pages, 'a paginated document').to.be.greaterThan(2);
    for (const text of HOST_TEXT) expect(pdf.flat, `host text «${text}»`).not.to.contain(text);
    for (const control of ['Presentasjonsvisning', 'Skriv ut rapporten', 'Neste utsagn', 'Tast 1–5'])
      expect(pdf.flat).not.to.contain(control);
    // Running header and page numbers on every page.
    pdf.pageTexts.forEach((page, i) => {
      expect(page, `page ${i + 1} header`).to.contain('Runde 2');
      expect(page, `page ${i + 1} number`).to.contain(`Side ${i + 1} / ${pdf.pages}`);
    });
    // Page 1: title, round, who took part, the overall picture and three priorities.
    const first = pdf.pageTexts[0]!;
    for (const part of [samsonNb.title, 'Runde 2', 'Kari Nordmann (kommunen)', 'Samlet skår', 'Tre prioriteringer']) {
      expect(first, `page 1 has «${part}»`).to.contain(part);
    }
    expect(first).not.to.contain('Handlingsplan');
    // Page 1 ends the cover: the last priority is on it, and page 2 starts the action plan.
    expect(pdf.pageTexts[1]).to.contain('Handlingsplan');
    // Each field's score is printed once.
    const detail = pdf.flat.slice(pdf.flat.indexOf('Handlingsfeltene i detalj'));
    const score = el.result.scores.fields[0]!.score!;
    const line = `Skår: ${formatScore(score)}`;
    expect(detail).to.contain(line);
    expect(pdf.flat.split(line).length - 1, `«${line}» once`).to.equal(1);

    // After that print, the browser's Print is the host page's own again.
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const next = await printed();
    for (const text of HOST_TEXT) expect(next.flat, `host text «${text}» on the next Ctrl+P`).to.contain(text);
    expect(next.flat, 'no running header from the report').not.to.contain(`Side 1 / ${next.pages}`);
  });

  it('the browser’s Print on a shared CMS page keeps the page and its other elements, with the report in place of the form', async () => {
    const { page, el } = await hostPage();
    const chain = document.createElement('soimpact-chain') as SoimpactChain;
    chain.plan = demoPlansNb['boost-refugee'];
    page.querySelector('main')!.append(chain);
    await chain.updateComplete;
    el.layout = 'presenter';
    el.goToStep(stepIndex(steps, 'field', 1));
    await settle(el);
    expect(shadow(el).querySelector('.report')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint')); // what Ctrl+P does first
    await settle(el);
    await emulatePrint(async () => {
      for (const part of [...page.querySelectorAll('header, aside, main > p, footer'), el, chain])
        expect(getComputedStyle(part).display, `${part.localName} is printed`).not.to.equal('none');
      expect(shadow(el).querySelector('.report'), 'the report is rendered').not.to.equal(null);
      expect(shadow(el).querySelector('.statement'), 'the form is not').to.equal(null);
      // The presenter layout's large type does not leak into print.
      expect(fontPt(shadow(el).querySelector('.report-document > *')!)).to.equal(10.5);
    });
    await executeServerCommand('screenshot', {
      path: '/tmp/shots-fixes/t-print-shared-page.png',
      fullPage: true,
      media: 'print',
    });
    const pdf = await printed('/tmp/shots-fixes/shared-page-ctrlp.pdf');
    for (const text of HOST_TEXT) expect(pdf.flat, `host text «${text}»`).to.contain(text);
    for (const part of [samsonNb.title, 'Runde 2', 'Tre prioriteringer', 'Handlingsplan', 'Handlingsfeltene i detalj'])
      expect(pdf.flat, `the report has «${part}»`).to.contain(part);
    for (const control of ['Presentasjonsvisning', 'Skriv ut rapporten', 'Neste utsagn', 'Tast 1–5'])
      expect(pdf.flat).not.to.contain(control);
    expect(pdf.flat, 'the chain beside it').to.contain('Samfunnsverdi');
    expect(pdf.flat).to.contain('Jo lenger til høyre i kjeden');
    expect(pdf.pages, 'a sane number of pages').to.be.within(3, 12);
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
    for (const text of HOST_TEXT) expect(pdf.flat, `host text «${text}»`).to.contain(text);
    const cover = pdf.pageTexts.find((text) => text.includes(samsonNb.title))!;
    expect(cover).to.contain('Tre prioriteringer');
    expect(cover).to.contain('Profil: skår og viktighet');
    // The profile's own "what changed" list would say the report's comparison again, with the same numbers.
    expect(pdf.flat).not.to.contain('Endringer fra «Runde 1» til «Runde 2»');
    expect(pdf.flat.split('Sammenlignet med «Runde 1»').length - 1, 'the comparison once').to.equal(1);
    expect(pdf.flat).to.contain('Tiltakene fra «Runde 1»');
  });
});
