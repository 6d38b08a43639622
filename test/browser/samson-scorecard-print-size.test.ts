// The report's spider profile is drawn at the paper's size. `beforeprint` comes while the page
// still has its screen layout, so a chart drawn then was printed at its screen size and shrunk
// onto the paper: from a phone-narrow or a wide screen alike, the field names came out at 6 pt.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import '../../src/elements/samson-profile/define.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { settle, shadow, uniqueKey } from '../fixtures/samson-scorecard-helpers.js';
import { whenLaidOutForPrint } from '../fixtures/print-media.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';

function profileCanvas(el: SamsonScorecard): HTMLCanvasElement | null | undefined {
  return shadow(el).querySelector('samson-profile')?.shadowRoot?.querySelector('canvas');
}

interface OnPaper {
  box: { width: number; height: number };
  chart: { width: number; height: number };
}

/** The profile's box and chart now. */
function profileOnPage(el: SamsonScorecard): OnPaper {
  const canvas = profileCanvas(el)!;
  const chart = Chart.getChart(canvas)!;
  const box = canvas.parentElement!;
  return {
    box: { width: box.clientWidth, height: box.clientHeight },
    chart: { width: chart.width, height: chart.height },
  };
}

describe('the printed profile', function () {
  this.timeout(120_000);
  afterEach(() => localStorage.clear());

  for (const screenWidth of [360, 1200]) {
    it(`is drawn at the paper's size, not at the screen's (${screenWidth} px wide on screen)`, async () => {
      // As a host page sizes it for the screen (a phone's column, a wide page); on paper it is the page's width.
      const page = await fixture<HTMLElement>(
        html`<div>
          <style>
            @media screen {
              .sized {
                display: block;
                width: ${screenWidth}px;
              }
            }
          </style>
          <samson-scorecard class="sized" storage-key=${uniqueKey()}></samson-scorecard>
        </div>`,
      );
      const el = page.querySelector('samson-scorecard')!;
      await el.updateComplete;
      const response = el.response;
      samsonNb.fields.forEach((field, f) =>
        field.statements.forEach((s, i) => (response.answers[s.id] = { rating: (((i + f) % 5) + 1) as 1 | 2 | 3 | 4 | 5 })),
      );
      el.response = response;
      el.goToStep(stepIndex(scorecardSteps(samsonNb), 'report'));
      await settle(el);
      await waitUntil(() => {
        const canvas = profileCanvas(el);
        return canvas && Chart.getChart(canvas);
      }, 'the report profile is drawn on screen');
      const onScreen = Chart.getChart(profileCanvas(el)!)!.width;

      const paper = whenLaidOutForPrint(() => profileOnPage(el));
      await executeServerCommand('pdf-text');
      const { box, chart } = await paper;
      expect(Math.abs(box.width - onScreen), 'the paper is another width than the screen').to.be.greaterThan(40);
      expect(chart.width, 'the chart is as wide as its box on paper').to.be.closeTo(Math.floor(box.width), 1);
      expect(chart.height, 'and as high').to.be.closeTo(Math.floor(box.height), 1);
    });
  }
});
