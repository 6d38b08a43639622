import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/soimpact-chain/define.js';
import { demoPlansNb } from '../src/content/soimpact/index.js';
import type { ImpactPlan } from '../src/core/soimpact/plan.js';

interface Args {
  plan?: ImpactPlan;
  src?: string;
  label?: string;
  /** Not an attribute: the width of the container the story puts the chain in. */
  width?: string;
}

const meta: Meta<Args> = {
  title: 'SoImpact/Chain',
  component: 'soimpact-chain',
  render: (args) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <soimpact-chain
        .plan=${args.plan}
        src=${args.src ?? ''}
        label=${args.label ?? ''}
        @soimpact-select=${(e: CustomEvent) => console.log('soimpact-select', e.detail)}
        @soimpact-error=${(e: CustomEvent) => console.log('soimpact-error', e.detail)}
      ></soimpact-chain>
    </div>`,
  argTypes: {
    src: { control: 'text' },
    label: { control: 'text' },
    width: { control: 'text' },
    plan: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Innsatsfaktorer → aktiviteter → resultater → virkninger → effekter → samfunnsverdi on one page, each indicator with its latest value against baseline and target. The band says what the documents insist on: certainty of attribution falls towards the right. Indicators are buttons that dispatch `soimpact-select`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The handbook's worked example (000:2609-2652): final results as printed, the impact indicator not measured yet. */
export const BoostRefugee: Story = {
  args: { plan: demoPlansNb['boost-refugee'] },
};

/** No plan yet: the six links as an empty, explained template. */
export const Empty: Story = {
  args: {},
};

/** The job-seeker course with illustrative baselines, targets and a year of measurements: progress bars and the numbers behind them. */
export const JobSeekerCourse: Story = {
  args: { plan: demoPlansNb['job-course'] },
};

/** In a narrow container the chain stacks top to bottom, and the caution turns with it. */
export const Narrow: Story = {
  args: { plan: demoPlansNb['boost-refugee'], width: '22rem' },
};

/** A plan that does not validate: a localized list of what is wrong, and `soimpact-error`. */
export const InvalidPlan: Story = {
  args: {
    plan: { ...demoPlansNb['boost-refugee'], title: '', indicators: [{ id: 'X', level: 'sideways' }] } as unknown as ImpactPlan,
  },
};

/** Loaded from a URL, as a CMS page would (a blob URL stands in for the entrepreneur's own file). */
export const FromSrc: Story = {
  args: {
    src: URL.createObjectURL(new Blob([JSON.stringify(demoPlansNb['boost-refugee'])], { type: 'application/json' })),
  },
};
