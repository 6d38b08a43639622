// Ctrl+P on a fresh page, at a step before the results (Chart.js never loaded here), must print
// the report with its spider profile drawn: the scorecard loads Chart.js ahead once the page
// defines <samson-profile>, and the profile the report creates when printing has begun draws
// within beforeprint's turn, unanimated — the page is laid out for print before any other task.
// A file of its own: every other scorecard test file may load Chart.js earlier on its page.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/samson-profile/define.js';
import { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { printChunks } from '../../src/elements/samson-scorecard/chunks.js';
import { openField, rate, scorecard, shadow } from '../fixtures/samson-scorecard-helpers.js';
import { whenLaidOutForPrint } from '../fixtures/print-media.js';

afterEach(() => localStorage.clear());

/** How many pixels of a canvas hold paint (any alpha): 0 for a canvas never drawn on. */
function inkedPixels(canvas: HTMLCanvasElement): number {
  if (!canvas.width || !canvas.height) return 0;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let inked = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
  return inked;
}

interface Printed {
  report: boolean;
  canvases: number;
  inked: number;
}

/** What the page holds now: what the paper gets, read when the page is laid out for print. */
function printedNow(host: HTMLElement): Printed {
  const root = host.shadowRoot!;
  const canvases = [...(root.querySelector('.report samson-profile')?.shadowRoot?.querySelectorAll('canvas') ?? [])];
  return {
    report: root.querySelector('.report') !== null,
    canvases: canvases.length,
    inked: canvases.reduce((sum, canvas) => sum + inkedPixels(canvas), 0),
  };
}

describe('the browser’s Print before the chart was ever drawn', function () {
  this.timeout(60_000);

  it('prints the report with its profile drawn', async () => {
    // Nothing else on this page loads Chart.js: the spy sees whether the scorecard asks for it ahead.
    const original = SamsonProfile.preloadCharts;
    let preloaded: Promise<void> | undefined;
    SamsonProfile.preloadCharts = () => (preloaded = original.call(SamsonProfile));
    try {
      const el = await scorecard();
      await openField(el, 0);
      for (const statement of samsonNb.fields[0]!.statements) await rate(el, statement.id, 4);
      expect(shadow(el).querySelector('samson-profile'), 'no profile on a field step').to.equal(null);
      await waitUntil(() => preloaded !== undefined, 'the scorecard loads Chart.js ahead of a print', { timeout: 5000 });
      await preloaded;
      // The report's own chunks are preloaded at the same idle moment (samson-scorecard-print.test.ts).
      await waitUntil(() => printChunks.every((chunk) => chunk.loaded !== undefined), 'the report is loaded ahead too');

      const printed = whenLaidOutForPrint(() => printedNow(el));
      // Chromium's own print path (page.pdf()): beforeprint, layout for print, afterprint.
      const pdf = (await executeServerCommand('pdf-text')) as { text: string };
      const paper = await printed;
      expect(paper.report, 'the report is what prints').to.equal(true);
      expect(paper.canvases, 'the report holds the profile’s canvas').to.equal(1);
      expect(paper.inked, 'the profile’s canvas is drawn when the page is laid out for print').to.be.greaterThan(1000);
      expect(pdf.text).to.contain('Samlet bilde');
      expect(shadow(el).querySelector('.report'), 'after printing, the field step again').to.equal(null);
    } finally {
      SamsonProfile.preloadCharts = original;
    }
  });
});
