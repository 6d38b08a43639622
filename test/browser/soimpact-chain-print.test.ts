// "Enkle, illustrative figurer, alt samlet på én side" (003:1143-1145): Chromium's own print
// to PDF puts the handbook's chain on one page, with every figure readable in the PDF text, in
// type a reader can read (10 pt and up); a plan with many indicators may take a second page.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { emulatePrint, fontPt } from '../fixtures/print-media.js';
import '../../src/elements/soimpact-chain/define.js';
import type { SoimpactChain } from '../../src/elements/soimpact-chain/soimpact-chain.js';
import { demoPlansNb } from '../../src/content/soimpact/index.js';

interface PdfText {
  pages: number;
  text: string;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function printed(plan: unknown): Promise<{ pdf: PdfText; text: string }> {
  const el = await fixture<SoimpactChain>(html`<soimpact-chain .plan=${plan}></soimpact-chain>`);
  await el.updateComplete;
  const pdf = (await executeServerCommand('pdf-text')) as PdfText;
  return { pdf, text: flat(pdf.text) };
}

/** Every element of the chain that shows text of its own on paper. */
function printedText(el: SoimpactChain): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (node) =>
      node.getClientRects().length > 0 &&
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
  );
}

describe('<soimpact-chain> in print', function () {
  this.timeout(60_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('prints every text at 10 pt or more, in rows of columns that fit A4 portrait without clipping', async () => {
    await setViewport({ width: 794, height: 1123 }); // A4 at 96 dpi
    const el = await fixture<SoimpactChain>(html`<soimpact-chain .plan=${demoPlansNb['boost-refugee']}></soimpact-chain>`);
    await el.updateComplete;
    await emulatePrint(async () => {
      const texts = printedText(el);
      expect(texts.length, 'text on paper').to.be.greaterThan(30);
      for (const node of texts)
        expect(fontPt(node), `«${node.textContent!.trim().slice(0, 40)}» (${node.className})`).to.be.at.least(9.99);
      const host = el.getBoundingClientRect();
      const columns = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.column')];
      expect(columns).to.have.length(6);
      const rows = new Set(columns.map((column) => Math.round(column.getBoundingClientRect().top)));
      expect(rows.size, 'the six columns wrap into two rows').to.equal(2);
      for (const column of columns) {
        const box = column.getBoundingClientRect();
        expect(box.right, `${column.dataset.column} within the page`).to.be.at.most(host.right + 0.5);
        expect(box.width, `${column.dataset.column} is a readable column`).to.be.greaterThan(150);
        for (const part of column.querySelectorAll<HTMLElement>('*'))
          expect(part.scrollWidth, `nothing clipped in ${column.dataset.column}`).to.be.at.most(part.clientWidth + 1 || Infinity);
      }
    });
    await executeServerCommand('screenshot', { path: '/tmp/shots-fixes/chain-print-794.png', fullPage: true, media: 'print' });
  });

  it('in a narrow column of the host page (a sidebar), prints as one column', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 18rem"><soimpact-chain .plan=${demoPlansNb['boost-refugee']}></soimpact-chain></div>`,
    );
    const el = box.querySelector<SoimpactChain>('soimpact-chain')!;
    await el.updateComplete;
    await emulatePrint(() => {
      const lefts = new Set(
        [...el.shadowRoot!.querySelectorAll('.column')].map((c) => Math.round(c.getBoundingClientRect().left)),
      );
      expect(lefts.size, 'one column').to.equal(1);
      for (const node of printedText(el))
        expect(node.scrollWidth, 'nothing clipped').to.be.at.most(node.clientWidth + 1 || Infinity);
    });
  });

  it('puts Boost Refugee on one A4 page with every printed figure and the attribution caution', async () => {
    const { pdf, text } = await printed(demoPlansNb['boost-refugee']);
    expect(pdf.pages).to.equal(1);
    for (const figure of ['534', '349', '212', '46', '48']) expect(text).to.contain(figure);
    expect(text).to.contain('Ikke målt ennå');
    expect(text).to.contain('Jo lenger til høyre i kjeden');
    for (const column of ['Innsatsfaktorer', 'Aktiviteter', 'Resultater', 'Virkninger', 'Effekter', 'Samfunnsverdi']) {
      expect(text).to.contain(column);
    }
  });

  it('puts the job-seeker course, with a year of measurements, on two pages at most, no indicator split', async () => {
    const plan = demoPlansNb['job-course'];
    await setViewport({ width: 794, height: 1123 });
    const { pdf, text } = await printed(plan);
    await executeServerCommand('screenshot', {
      path: '/tmp/shots-fixes/chain-job-course-print-794.png',
      fullPage: true,
      media: 'print',
    });
    // Eight indicators at a readable size take the second row onto a second page, whole.
    expect(pdf.pages).to.be.within(1, 2);
    expect(text).to.contain('oppdiktet');
    const pages = pdf.text.split('\f').map(flat);
    for (const indicator of plan.indicators) {
      const name = flat(indicator.name).slice(0, 20);
      expect(text).to.contain(name);
      expect(pages.filter((page) => page.includes(name)).length, `«${name}» on one page`).to.equal(1);
    }
  });
});
