import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/soimpact-planner/define.js';
import type { SoimpactPlanner } from '../src/elements/soimpact-planner/soimpact-planner.js';
import { demoPlansNb } from '../src/content/soimpact/index.js';
import type { ImpactPlan } from '../src/core/soimpact/plan.js';

interface Args {
  plan?: ImpactPlan;
  storageKey?: string;
  autosave?: boolean;
  readonly?: boolean;
  preview?: boolean;
  required?: boolean;
  /** Not an attribute: the story opens this step (0–9) with `goToStep()`. */
  step?: number;
}

const meta: Meta<Args> = {
  title: 'SoImpact/Planner',
  component: 'soimpact-planner',
  render: (args) =>
    html`<soimpact-planner
      .plan=${args.plan}
      storage-key=${args.storageKey ?? 'storybook:soimpact-plan'}
      autosave=${args.autosave === false ? 'false' : 'true'}
      preview=${args.preview === false ? 'false' : 'true'}
      ?readonly=${args.readonly}
      ?required=${args.required}
      @soimpact-change=${(e: CustomEvent) => console.log('soimpact-change', e.detail)}
      @soimpact-complete=${(e: CustomEvent) => console.log('soimpact-complete', e.detail)}
      @soimpact-error=${(e: CustomEvent) => console.log('soimpact-error', e.detail)}
    ></soimpact-planner>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<SoimpactPlanner>('soimpact-planner');
    if (!el || args.step === undefined) return;
    await el.updateComplete;
    el.goToStep(args.step);
  },
  argTypes: {
    storageKey: { control: 'text' },
    autosave: { control: 'boolean' },
    readonly: { control: 'boolean' },
    preview: { control: 'boolean' },
    required: { control: 'boolean' },
    step: { control: { type: 'number', min: 0, max: 9 } },
    plan: { control: 'object' },
  },
  args: { autosave: false, preview: true },
  parameters: {
    docs: {
      description: {
        component:
          'The ten SoImpact steps with the documents’ guidance in nb, da and en. Every edit dispatches `soimpact-change` with the whole plan; the plan is one JSON document that `<soimpact-chain>` and `<soimpact-chart>` render.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A fresh plan, as a social entrepreneur meets it the first time. */
export const Empty: Story = {};

/** The job-seeker course (clearly illustrative figures), opened at step 5: indicators and the five pieces of advice. */
export const Indicators: Story = {
  args: { plan: demoPlansNb['job-course'], step: 4 },
};

/** Step 9: a year of monthly measurements, entered one by one or imported from CSV. */
export const Measurements: Story = {
  args: { plan: demoPlansNb['job-course'], step: 8 },
};

/** Boost Refugee as the handbook prints it, read-only: navigation and export still work. */
export const ReadOnly: Story = {
  args: { plan: demoPlansNb['boost-refugee'], readonly: true, step: 4 },
};

/** Autosave on: reload the story and the draft comes back; the delete control removes it. */
export const Autosave: Story = {
  args: { autosave: true, storageKey: 'storybook:soimpact-autosave' },
};

/** In a narrow column (a CMS sidebar): the step list wraps above the form. */
export const Narrow: Story = {
  args: { plan: demoPlansNb['job-course'] },
  render: (args) => html`<div style="max-width: 24rem">${meta.render!(args, {} as never)}</div>`,
};
