import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/samson-scorecard/define.js';
import '../src/elements/samson-profile/define.js';
import type { SamsonScorecard } from '../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../src/content/samson/index.js';
import { createResponse, withAnswer, withWeight, type Rating, type Response } from '../src/core/samson/response.js';
import { createHistory, withPartyResponse, type History } from '../src/core/samson/history.js';

/**
 * Three parties who answered on their own — the municipality, the voluntary sector and the
 * residents — in one round. They agree on most statements, but lie 1 / 3 / 5 apart on one
 * in «Ledelse og styring», and 2 / 4 / 5 on another: the joint view lists those first.
 */
function threeParties(): History {
  const parties = ['kommunen', 'frivilligheten', 'innbyggerne'] as const;
  let history = createHistory(samsonNb, 'Runde 1', new Date('2026-03-01T09:00:00Z'));
  parties.forEach((party, p) => {
    let response: Response = { ...createResponse(samsonNb, 'Runde 1', new Date(`2026-03-0${p + 2}T10:00:00Z`)), party };
    samsonNb.values.forEach((value, v) => (response = withWeight(response, value.id, ((v + p) % 3) + 3)));
    samsonNb.fields.forEach((field, f) =>
      field.statements.forEach((statement, s) => {
        let rating: Rating = ((f + s + p) % 2) + 3;
        if (f === 2 && s === 3) rating = ([1, 3, 5] as const)[p];
        if (f === 5 && s === 1) rating = ([2, 4, 5] as const)[p];
        if (f === 0 && s === 2 && p === 1) rating = 'not-relevant';
        response = withAnswer(response, statement.id, { rating });
      }),
    );
    history = withPartyResponse(history, 'r1', response);
  });
  return history;
}

interface Args {
  history: History;
  step: number;
}

const meta: Meta<Args> = {
  title: 'SAMSON/Scorecard/Parties',
  component: 'samson-scorecard',
  render: (args) =>
    html`<samson-scorecard
      autosave="false"
      .history=${args.history}
      @samson-change=${(e: CustomEvent) => console.log('samson-change', e.detail)}
      @samson-error=${(e: CustomEvent) => console.log('samson-error', e.detail)}
    ></samson-scorecard>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<SamsonScorecard>('samson-scorecard');
    if (!el) return;
    await el.updateComplete;
    el.goToStep(args.step);
  },
  args: { history: threeParties(), step: samsonNb.fields.length + 2 },
  argTypes: { step: { control: { type: 'number', min: 0, max: 10 } }, history: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          "Answering by party: each party fills in the scorecard on its own (on its own device, or in turn with «Neste part»), the answers come together without a server (several files at once, or a share link that carries one response in the URL fragment), and the joint view «Der vi ser det ulikt» lists first the statements where the parties lie two or more scale points apart. There the group agrees a joint answer; the parties' answers stay beside it.",
      },
    },
  },
};

export default meta;
type Story = StoryObj<Args>;

/** Three parties: the joint view on the results step, with the profile drawing one line per party. */
export const ThreeParties: Story = { name: 'three parties' };

/** The same round in the report: the page «Der vi ser det ulikt». */
export const ThreePartiesReport: Story = { name: 'three parties: report', args: { step: samsonNb.fields.length + 3 } };
