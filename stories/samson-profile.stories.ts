import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/samson-profile/define.js';
import '../src/elements/samson-scorecard/define.js';
import { samsonNb } from '../src/content/samson/index.js';
import { createResponse, withAnswer, withWeight, type Rating, type Response } from '../src/core/samson/response.js';
import type { PartiesMode, ProfileCompare } from '../src/elements/samson-profile/samson-profile.js';
import {
  agreeJointAnswer,
  createHistory,
  startNextRound,
  withAction,
  withJointResponse,
  withPartyResponse,
  type History,
} from '../src/core/samson/history.js';

interface Args {
  responses?: readonly Response[];
  history?: History;
  parties?: PartiesMode;
  field?: string;
  compare?: ProfileCompare;
  showImportance?: boolean;
  aggregate?: boolean;
  /** Not an attribute: put the profile in a narrow column. */
  narrow?: boolean;
}

/**
 * A response in which statement `s` of field `f` is rated `rating(f, s)` and the four values
 * are weighted `weights`. Illustrative numbers, not from any real collaboration.
 */
function round(label: string, date: string, weights: number[], rating: (f: number, s: number) => Rating | undefined): Response {
  const at = new Date(date);
  let response = createResponse(samsonNb, label, at);
  samsonNb.values.forEach((value, v) => (response = withWeight(response, value.id, weights[v]!, at)));
  samsonNb.fields.forEach((field, f) =>
    field.statements.forEach((statement, s) => {
      const r = rating(f, s);
      if (r !== undefined) response = withAnswer(response, statement.id, { rating: r }, at);
    }),
  );
  return response;
}

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n))) as 1 | 2 | 3 | 4 | 5;

/** Time 1 — and Time 2, stronger on forankring and weaker on kommunikasjon (sub-themes 2, 4 and 7), as in the report's Figur 6–7. */
const time1 = round('Tidspunkt 1', '2025-02-10T10:00:00Z', [5, 4, 4, 3], (f, s) =>
  clamp(3 + ((f + s) % 3) - 1 + (f === 3 ? -1 : 0)),
);
const time2 = round('Tidspunkt 2', '2025-09-15T10:00:00Z', [5, 5, 4, 4], (f, s) => {
  if (f === 3) return clamp(4 + (s % 2));
  if (f === 2) return [1, 4, 3].includes(s) || s === 6 ? 2 : 4;
  return clamp(3 + ((f + s) % 3) - 1);
});

/**
 * Three parties of one collaboration answering on their own: alike on most statements, but on
 * kommunikasjon's third statement the municipality says 1, the volunteer centre 3 and the
 * residents 5 — the statement the joint view lists first.
 */
const disputed = samsonNb.fields[2]!.statements[2]!.id;
const partyResponse = (party: string, p: number, weights: number[]): Response => ({
  ...round('', '2025-05-05T10:00:00Z', weights, (f, s) => {
    if (f === 2 && s === 2) return ([1, 3, 5] as const)[p];
    return clamp(3 + ((f + s + p) % 3 === 0 ? 1 : 0) - (f === 5 && p === 0 ? 1 : 0));
  }),
  party,
});
const parties = [
  partyResponse('Kommunen', 0, [4, 3, 4, 5]),
  partyResponse('Frivilligsentralen', 1, [5, 5, 4, 3]),
  partyResponse('Innbyggerne', 2, [5, 5, 5, 3]),
];

/** The same three parties in one round of a history, with the joint answer they agreed on the disputed statement. */
function threePartyHistory(): History {
  let history = createHistory(samsonNb, 'Runde 1', new Date('2025-05-05T10:00:00Z'));
  for (const party of parties) history = withPartyResponse(history, 'r1', party);
  history = withJointResponse(history, 'r1', { ...parties[1]!, party: undefined });
  return agreeJointAnswer(history, 'r1', disputed, { rating: 3, idea: 'Felles møteplan, på skift mellom kontorene' });
}

/** Round 1 and round 2 of one collaboration, with an action agreed in round 1. */
function twoRoundHistory(): History {
  let history = withJointResponse(createHistory(samsonNb, 'Runde 1', new Date('2025-02-10T10:00:00Z')), 'r1', time1);
  history = withAction(history, 'r1', disputed, { owner: 'Frivilligsentralen', due: '2025-06-30', quadrant: 'keep-new' });
  history = startNextRound(history, { now: new Date('2025-09-15T10:00:00Z') });
  return withJointResponse(history, 'r2', time2);
}

const meta: Meta<Args> = {
  title: 'SAMSON/Profile',
  component: 'samson-profile',
  render: (args) =>
    html`<style>
        .story-narrow {
          max-width: 380px;
        }
      </style>
      <div class=${args.narrow ? 'story-narrow' : ''}>
        <samson-profile
          .responses=${args.responses ?? []}
          .history=${args.history}
          parties=${args.parties ?? 'lines'}
          field=${args.field ?? ''}
          compare=${args.compare ?? 'overlay'}
          show-importance=${args.showImportance === false ? 'false' : 'true'}
          ?aggregate=${args.aggregate}
          @samson-profile-select=${(e: CustomEvent) => console.log('samson-profile-select', e.detail)}
          @samson-error=${(e: CustomEvent) => console.log('samson-error', e.detail)}
        ></samson-profile>
      </div>`,
  argTypes: {
    field: { control: 'select', options: ['', ...samsonNb.fields.map((f) => f.id)] },
    compare: { control: 'inline-radio', options: ['overlay', 'side-by-side'] },
    showImportance: { control: 'boolean' },
    aggregate: { control: 'boolean' },
    narrow: { control: 'boolean' },
    parties: { control: 'inline-radio', options: ['lines', 'band', 'off'] },
    responses: { control: 'object' },
    history: { control: 'object' },
  },
  args: { showImportance: true, compare: 'overlay' },
  parameters: {
    docs: {
      description: {
        component:
          'The SAMSON spider profile: the seven fields of action on 0–10, the score as a bold line and the group’s own importance as the grey area behind it. Choose a field (on the chart or in the list) to see its statements; give several responses to compare rounds or parties. The summary, the “what changed” list and the data table carry the same numbers as the canvas. Numbers in these stories are illustrative.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<Args>;

/** One round: the score line over the grey importance area. */
export const OneRound: Story = {
  args: { responses: [time1] },
};

/** Two points in time overlaid (solid and dashed), with what rose and fell most. */
export const TwoRounds: Story = {
  args: { responses: [time1, time2] },
};

/**
 * A two-round collaboration as one `samson-history@1` document: the current round (Runde 2)
 * is the bold solid line, Runde 1 dashed and lighter behind it; the table has a column per round.
 */
export const TwoRoundCollaboration: Story = {
  args: { history: twoRoundHistory() },
};

/** The same two rounds side by side, as the report's Figur 6 prints them. */
export const TwoRoundsSideBySide: Story = {
  args: { responses: [time1, time2], compare: 'side-by-side' },
};

/**
 * Three parties answering on their own (one statement answered 1 / 3 / 5): one line each, told
 * apart by colour, dash pattern and point shape; the summary names where they disagree most,
 * and «Her ser dere det ulikt» lists that statement first.
 */
export const ThreeParties: Story = {
  args: { responses: parties },
};

/** The same round as a band from the lowest to the highest party around the joint answer they agreed (`parties="band"`). */
export const ThreePartiesBand: Story = {
  args: { history: threePartyHistory(), parties: 'band' },
};

/** The three parties as one mean profile (`aggregate`). */
export const ThreePartiesMean: Story = {
  args: { responses: parties, aggregate: true },
};

/** Drill-down into kommunikasjon (Figur 7): the seven sub-themes numbered on the axes and listed beside the chart. */
export const DrillDown: Story = {
  args: { responses: [time1, time2], field: 'kommunikasjon' },
};

/** A response with a rating out of range and one from another instrument: a message, `samson-error`, and the valid round still drawn. */
export const ErrorState: Story = {
  args: {
    responses: [
      time1,
      { ...time2, answers: { ...time2.answers, 'kommunikasjon-2': { rating: 9 as 5 } } },
      { ...time2, label: 'Annet verktøy', instrument: { id: 'et-annet-verktoy', version: '1' } },
    ],
  },
};

/** No responses yet: a calm empty state, not an error. */
export const Empty: Story = {
  args: { responses: [] },
};

/** Bound live to a scorecard on the same page with `for`: answer a statement and the profile follows. */
export const FollowingAScorecard: Story = {
  render: () =>
    html`<samson-scorecard id="story-card" autosave="false" .response=${time1}></samson-scorecard>
      <samson-profile for="story-card"></samson-profile>`,
};

/** In a narrow column: the axes are numbered and the field list below names them. */
export const NarrowContainer: Story = {
  args: { responses: [time1, time2], narrow: true },
};
