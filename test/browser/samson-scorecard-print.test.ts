// The report replaces the original tool's PDF: Chromium's print to PDF must hold every idea
// for action (checked in the PDF's own text), none of the screen controls, and markup typed
// as an idea must print as the characters typed.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  givePoints,
  openField,
  openStep,
  pressPrintButton,
  rate,
  scorecard,
  settle,
  shadow,
  writeIdea,
} from '../fixtures/samson-scorecard-helpers.js';
import { emulatePrint } from '../fixtures/print-media.js';

const fields = samsonNb.fields;
const XSS = '<img src=x onerror=alert(1)>';
const REPORT = stepIndex(scorecardSteps(samsonNb), 'report');

interface PdfText {
  pages: number;
  text: string;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

afterEach(() => localStorage.clear());

describe('print to PDF', function () {
  this.timeout(60_000);

  it('contains every idea for action, on one page each, and no screen controls', async () => {
    const el = await scorecard();
    el.label = 'Time 1';
    await openStep(el, 1);
    for (const value of samsonNb.values) await givePoints(el, value.id, 5);
    const ideas: string[] = [];
    for (const [f, field] of fields.entries()) {
      await openField(el, f);
      for (const [s, statement] of field.statements.entries()) {
        await rate(el, statement.id, (s % 5) + 1);
        if (s % 3 === 0) {
          const idea = f === 4 && s === 3 ? XSS : `Tiltak ${f + 1}-${s + 1}: avtal neste møte hos frivilligsentralen`;
          ideas.push(idea);
          await writeIdea(el, statement.id, idea);
        }
      }
    }
    await openStep(el, REPORT);
    await settle(el);
    expect(shadow(el).querySelectorAll('.report .action').length).to.equal(ideas.length);

    const pdf = (await executeServerCommand('pdf-text')) as PdfText;
    const pages = pdf.text.split('\f').map(flat);
    const all = flat(pdf.text);
    expect(pdf.pages, 'a paginated document').to.be.greaterThan(1);
    for (const idea of ideas) {
      expect(all, idea).to.contain(idea);
      expect(
        pages.some((page) => page.includes(idea)),
        `${idea} is not split over two pages`,
      ).to.equal(true);
    }
    // Date, label, scores, priorities and the field names are in the report.
    expect(all).to.contain('Rapport');
    expect(all).to.contain('Time 1');
    expect(all).to.contain('Handlingsfeltene i detalj');
    expect(all).to.contain('Tre prioriteringer: viktig, men svakt');
    for (const field of fields) expect(all).to.contain(field.name);
    // Navigation, tools and the print button are screen-only.
    for (const control of ['Slett lagrede svar', 'Eksporter svarene', 'Skriv ut rapporten', 'Tilbake', 'utsagn besvart']) {
      expect(all).not.to.contain(control);
    }
    expect(shadow(el).querySelectorAll('img').length).to.equal(0);
  });
});

describe('print controls', () => {
  it('the print button calls window.print', async () => {
    const el = await scorecard();
    await openStep(el, REPORT);
    let printed = 0;
    pressPrintButton(el, () => {
      printed++;
    });
    expect(printed).to.equal(1);
  });

  it('printing from any step prints the report, then returns to the step', async () => {
    const el = await scorecard();
    await openField(el, 1);
    await writeIdea(el, fields[1]!.statements[0]!.id, 'Skrevet i feltet');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(shadow(el).querySelector('.report')!.textContent).to.contain('Skrevet i feltet');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(shadow(el).querySelector('.report')).to.equal(null);
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal(fields[1]!.name);
  });

  it('the browser’s Print with two scorecards on the page prints both reports and hides neither', async () => {
    const first = await scorecard();
    const second = await scorecard();
    try {
      await openField(second, 1);
      shadow(second).querySelector<HTMLElement>('#step-heading')!.focus();
      window.dispatchEvent(new Event('beforeprint'));
      await settle(first);
      await settle(second);
      await emulatePrint(() => {
        for (const el of [first, second]) {
          expect(getComputedStyle(el).display, 'printed').not.to.equal('none');
          expect(shadow(el).querySelector('.report'), 'its report, in place of its form').not.to.equal(null);
        }
      });
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      first.remove();
      second.remove();
    }
  });

  it('the print button prints its own scorecard’s report alone, and only until the print is done', async () => {
    const first = await scorecard();
    const second = await scorecard();
    try {
      await openStep(second, REPORT);
      pressPrintButton(second);
      await settle(second);
      await emulatePrint(() => {
        expect(getComputedStyle(second).display).not.to.equal('none');
        expect(getComputedStyle(first).display, 'the other scorecard').to.equal('none');
      });
      window.dispatchEvent(new Event('afterprint'));
      await settle(second);
      await emulatePrint(() => expect(getComputedStyle(first).display, 'after the print').not.to.equal('none'));
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      first.remove();
      second.remove();
    }
  });
});
