import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/samson-scorecard/define.js';
import type { SamsonScorecard } from '../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../src/content/samson/index.js';
import type { Instrument } from '../src/core/samson/instrument.js';
import { createResponse, withAnswer, withWeight, type Response } from '../src/core/samson/response.js';
import { twoRoundHistory } from '../src/content/samson/two-rounds.js';
import '../src/elements/samson-profile/define.js';

interface Args {
  instrument?: Instrument;
  instrumentSrc?: string;
  response?: Response;
  label?: string;
  storageKey?: string;
  autosave?: boolean;
  readonly?: boolean;
  /** Not an attribute: the story opens this step with `goToStep()`. */
  step?: number;
}

/** A round a group has worked through: every value weighted, most statements answered, some ideas for action. */
function workedThrough(): Response {
  let response = createResponse(samsonNb, 'Time 1', new Date('2025-03-04T09:00:00Z'));
  const weights = [5, 4, 3, 5];
  samsonNb.values.forEach((value, v) => (response = withWeight(response, value.id, weights[v]!)));
  const ideas = [
    'Møtes på biblioteket annenhver gang, ikke bare på rådhuset.',
    'Lage en felles visjon på ett ark sammen med innbyggerne.',
    'Innføre en fast runde om hvordan vi snakker sammen.',
    'Invitere kommunedirektøren til neste samling.',
    'Dele på møteledelsen.',
    'Kartlegge ressursene i nabolaget før neste søknad.',
    'Spørre frivilligsentralen om hvem som kan bidra med språkhjelp.',
  ];
  samsonNb.fields.forEach((field, f) => {
    field.statements.forEach((statement, s) => {
      if (f === 6 && s > 5) return; // the last field is half done
      const rating = s === 4 ? 'not-relevant' : ((((s * 3 + f) % 5) + 1) as 1 | 2 | 3 | 4 | 5);
      response = withAnswer(response, statement.id, { rating, ...(s === 0 ? { idea: ideas[f] } : {}) });
    });
  });
  return response;
}

const localInstrument: Instrument = {
  ...samsonNb,
  id: 'bydel-samson',
  version: '2025.1',
  title: 'SAMSON for bydelsutvalget (kort versjon)',
  values: samsonNb.values,
  fields: samsonNb.fields.slice(0, 3).map((field) => ({ ...field, statements: field.statements.slice(0, 4) })),
};

const meta: Meta<Args> = {
  title: 'SAMSON/Scorecard',
  component: 'samson-scorecard',
  render: (args) =>
    html`<samson-scorecard
      .instrument=${args.instrument}
      .response=${args.response}
      instrument-src=${args.instrumentSrc ?? ''}
      label=${args.label ?? ''}
      storage-key=${args.storageKey ?? ''}
      autosave=${args.autosave === false ? 'false' : 'true'}
      ?readonly=${args.readonly}
      @samson-change=${(e: CustomEvent) => console.log('samson-change', e.detail)}
      @samson-complete=${(e: CustomEvent) => console.log('samson-complete', e.detail)}
      @samson-error=${(e: CustomEvent) => console.log('samson-error', e.detail)}
    ></samson-scorecard>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<SamsonScorecard>('samson-scorecard');
    if (!el || args.step === undefined) return;
    await el.updateComplete;
    el.goToStep(args.step);
  },
  argTypes: {
    label: { control: 'text' },
    storageKey: { control: 'text' },
    autosave: { control: 'boolean' },
    readonly: { control: 'boolean' },
    instrumentSrc: { control: 'text' },
    step: { control: { type: 'number', min: 0, max: 10 } },
    instrument: { control: 'object' },
    response: { control: 'object' },
  },
  args: { autosave: false },
  parameters: {
    docs: {
      description: {
        component:
          'The questionnaire a group fills in together: introduction → value weighting → the seven fields of action → results → a printable report. Answers autosave in `localStorage` (turn off with `autosave="false"`), move between devices as a JSON file, and reach the page through `samson-change` and `samson-complete`. The stories start with autosave off so they never pick up each other’s answers.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<Args>;

/** A fresh scorecard with the built-in SAMSON in the page's language. */
export const NewRound: Story = {
  args: { label: 'Time 1' },
};

/** Autosave on, with its own storage key: reload the story and the answers come back. */
export const WithAutosave: Story = {
  args: { autosave: true, storageKey: 'storybook:samson-scorecard' },
};

/** A field of action mid-way: statements, the five-point scale plus "vet ikke", and ideas for action. */
export const FieldInProgress: Story = {
  args: { response: workedThrough(), step: 4 },
};

/** Results: what is still missing, scores with the half-answered rule, priorities and the action plan. */
export const Results: Story = {
  args: { response: workedThrough(), step: 9 },
};

/** The report as it prints (use the print button, or print the story to PDF). */
export const Report: Story = {
  args: { response: workedThrough(), step: 10 },
};

/** Review mode: nothing can be changed, imported or deleted. */
export const Readonly: Story = {
  args: { response: workedThrough(), readonly: true, step: 9 },
};

/** A municipality's own shorter instrument, validated by the same schema. */
export const LocalInstrument: Story = {
  args: { instrument: localInstrument },
};

/** An instrument URL that does not answer: a visible message, `samson-error`, and the built-in SAMSON stays. */
export const InstrumentSrcMissing: Story = {
  args: { instrumentSrc: '/does-not-exist/instrument.json' },
};

/** On a phone: the layout follows the container, so the same element works in a narrow CMS column. */
export const NarrowContainer: Story = {
  args: { response: workedThrough(), step: 2 },
  render: (args) =>
    html`<style>
        .story-narrow {
          max-width: 360px;
        }
      </style>
      <div class="story-narrow">${meta.render!(args, {} as never)}</div>`,
};

/** Inside a CMS form: with `name` the response JSON is the form value, and `required` blocks sending until all is answered. */
export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        console.log('form data', Object.fromEntries(new FormData(e.target as HTMLFormElement)));
      }}
    >
      <samson-scorecard name="samson" required autosave="false" label="Skjema"></samson-scorecard>
      <button>Send inn</button>
    </form>`,
};

/**
 * A collaboration in its second round: the results compare with «Runde 1» (the profile draws
 * the current round solid and bold, the earlier one dashed), list what moved most and what
 * became of the spring's actions, and the list of rounds opens, renames, exports or deletes
 * one. The profile below follows the scorecard with `for=`. Open a field to see last time's
 * answer and action under every statement.
 */
export const TwoRounds: Story = {
  args: { step: 9 },
  render: () =>
    html`<samson-scorecard
        id="two-rounds"
        autosave="false"
        .history=${twoRoundHistory(samsonNb)}
        @samson-round=${(e: CustomEvent) => console.log('samson-round', e.detail)}
        @samson-change=${(e: CustomEvent) => console.log('samson-change', e.detail)}
      ></samson-scorecard>
      <samson-profile for="two-rounds"></samson-profile>`,
};
