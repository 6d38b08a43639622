import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/samson-scorecard/define.js';
import '../src/elements/soimpact-planner/define.js';
import '../themes/brand.css';
import { demoPlansNb } from '../src/content/soimpact/index.js';

interface Args {
  headingLevel: number;
}

/**
 * themes/brand.css on two elements inside a CMS article: variant and state parts
 * (`button primary`, `nav-item current`, `option checked`), the focus-ring tokens, the
 * `intro` and `help` slots, and `heading-level="3"` under the article's own `h2`.
 */
const meta: Meta<Args> = {
  title: 'Docs/Theming/Brand',
  args: { headingLevel: 3 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  parameters: {
    docs: {
      description: {
        component:
          'A brand theme (`themes/brand.css`) that styles the shared parts: `::part(button primary)`, `::part(nav-item current)`, `::part(option checked)`, with one focus ring (`--se-focus-ring-color`, `--se-focus-ring-width`, `--se-focus-ring-offset`). The elements sit in an article under its `h2`, so `heading-level="3"` makes their top heading an `h3`. The article\'s own words go into the `intro` and `help` slots.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Scorecard: Story = {
  render: (args) =>
    html`<article class="se-theme-brand">
      <h1>Samarbeid med frivilligheten</h1>
      <h2>Slik vurderer vi samarbeidet</h2>
      <samson-scorecard heading-level=${args.headingLevel} autosave="false">
        <p slot="intro">Kommunen bruker SAMSON i alle samarbeid med frivillige organisasjoner, to ganger i året.</p>
        <p slot="help">Spørsmål om verktøyet? Skriv til frivilligkoordinatoren, frivillig@kommune.no.</p>
      </samson-scorecard>
    </article>`,
};

export const Planner: Story = {
  render: (args) =>
    html`<article class="se-theme-brand">
      <h1>Sosialt entreprenørskap</h1>
      <h2>Planlegg effektene</h2>
      <soimpact-planner heading-level=${args.headingLevel} autosave="false" .plan=${demoPlansNb['job-course']}>
        <p slot="intro">Planen er en del av søknaden om tilskudd. Fyll ut alle ti steg.</p>
        <p slot="help">Næringsavdelingen hjelper gjerne: næring@kommune.no.</p>
      </soimpact-planner>
    </article>`,
};
