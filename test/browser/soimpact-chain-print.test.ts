// "Enkle, illustrative figurer, alt samlet på én side" (003:1143-1145): Chromium's own print
// to PDF must put the whole chain on one page, with every figure readable in the PDF text.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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

describe('<soimpact-chain> in print', function () {
  this.timeout(60_000);

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

  it('puts the job-seeker course, with a year of measurements, on one page too', async () => {
    const plan = demoPlansNb['job-course'];
    const { pdf, text } = await printed(plan);
    expect(pdf.pages).to.equal(1);
    expect(text).to.contain('oppdiktet');
    for (const indicator of plan.indicators) expect(text).to.contain(flat(indicator.name).slice(0, 20));
  });
});
