import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/soimpact-chart/define.js';
import { demoPlansNb } from '../src/content/soimpact/index.js';
import { createPlan, type ImpactPlan } from '../src/core/soimpact/plan.js';
import { measurementsToCsv } from '../src/core/soimpact/csv.js';

interface Args {
  plan?: ImpactPlan;
  src?: string;
  indicator?: string;
  level?: '' | 'output' | 'outcome' | 'impact';
  refresh?: number;
  label?: string;
  description?: string;
  source?: string;
  notes?: string;
}

/** A blob URL stands in for the entrepreneur's own data file. */
const fileUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

const jobCourse = demoPlansNb['job-course'];

const tenThousand: ImpactPlan = {
  ...createPlan({ id: 'many', title: '10 000 målinger (syntetiske)' }, new Date('2025-01-01T00:00:00Z')),
  illustrative: true,
  indicators: [
    {
      id: 'visits',
      name: 'Besøk per time',
      level: 'output',
      unit: 'count',
      baseline: { value: 40, date: '2024-01-01' },
      target: { value: 90, date: '2025-02-28' },
      measurements: Array.from({ length: 10_000 }, (_, i) => ({
        date: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
        value: Math.round(50 + 30 * Math.sin(i / 150) + ((i * 7919) % 13)),
      })),
    },
  ],
};

const meta: Meta<Args> = {
  title: 'SoImpact/Chart',
  component: 'soimpact-chart',
  render: (args) =>
    html`<soimpact-chart
      .plan=${args.plan}
      src=${args.src ?? ''}
      indicator=${args.indicator ?? ''}
      level=${args.level ?? ''}
      refresh=${args.refresh ?? 0}
      label=${args.label ?? ''}
      description=${args.description ?? ''}
      source=${args.source ?? ''}
      notes=${args.notes ?? ''}
      @soimpact-data=${(e: CustomEvent) => console.log('soimpact-data', e.detail)}
      @soimpact-error=${(e: CustomEvent) => console.log('soimpact-error', e.detail)}
    ></soimpact-chart>`,
  argTypes: {
    level: { control: 'select', options: ['', 'output', 'outcome', 'impact'] },
    refresh: { control: { type: 'number', min: 0 } },
    plan: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The live impact chart for an entrepreneur’s own website. Give it a `plan`, or point `src` at a plan (JSON), a JSON list of measurements or a CSV file with the columns `indicator,date,value,note`; `refresh` re-reads it. One panel per unit on a shared time axis, baseline and target lines labelled at their end, single readings as large figures, tooltips on hover, touch and keyboard (Tab to a panel, then the arrow keys), and buttons for the data (CSV) and the image (PNG). A failed refresh keeps the last good data and says so.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<Args>;

/** The illustrative job-seeker course, every measured indicator: one panel per unit (count, days, percent, scale). */
export const JobSeekerCourse: Story = {
  args: { plan: jobCourse, description: 'Hvordan kurset går, målt hver måned.', notes: 'Tallene er oppdiktet.' },
};

/** One indicator against its baseline and target, with the labels at the lines' ends. */
export const OneIndicator: Story = {
  args: { plan: jobCourse, indicator: 'participants', label: 'Deltakere på kurset' },
};

/** A first reading: the number large, with baseline, target and «71 av 120 · 59 % av veien». */
export const SingleReading: Story = {
  args: {
    plan: {
      ...createPlan({ id: 'first', title: 'Første måling' }, new Date('2025-01-01T00:00:00Z')),
      indicators: [
        {
          id: 'participants',
          name: 'Antall deltakere',
          level: 'output',
          unit: 'count',
          baseline: { value: 0, date: '2024-12-31' },
          target: { value: 120, date: '2027-12-31' },
          measurements: [{ date: '2025-06-30', value: 71 }],
        },
      ],
    },
  },
};

/** Every outcome indicator, including one whose target is a decrease (days to first interview). */
export const OutcomesWithADecrease: Story = {
  args: { plan: jobCourse, level: 'outcome' },
};

/** Boost Refugee as the handbook prints it: five final results, shown as figures. */
export const BoostRefugee: Story = {
  args: { plan: demoPlansNb['boost-refugee'] },
};

/** Measurements from a CSV file (semicolons and decimal commas, as a Norwegian spreadsheet saves). */
export const FromCsv: Story = {
  args: {
    src: fileUrl(measurementsToCsv(jobCourse, { delimiter: ';' }), 'text/csv'),
    indicator: 'interview-confidence',
  },
};

/** A CSV file with a column missing: the message says which, in the page's language. */
export const BadCsv: Story = {
  args: { src: fileUrl('indicator;when;value\ndeltakere;2025-01-31;12\n', 'text/csv') },
};

/** A URL that does not answer: the element says so and dispatches `soimpact-error`. */
export const NetworkError: Story = {
  args: { src: '/does-not-exist/measurements.json', refresh: 30 },
};

/** 10,000 hourly measurements, decimated as they are drawn. */
export const TenThousandMeasurements: Story = {
  args: { plan: tenThousand },
};
