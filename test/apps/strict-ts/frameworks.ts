// The generated JSX, Svelte and Vue element types (dist/frameworks/, from the manifest) compile
// in a strict app with skipLibCheck off, and type attributes and event details.
import type { CustomElements as JsxElements } from 'samskaping-elements/jsx';
import type { CustomElements as SvelteElements } from 'samskaping-elements/svelte';
import type { CustomElements as VueElements } from 'samskaping-elements/vue';

const chain: JsxElements['soimpact-chain'] = {
  label: 'Fra JSX',
  'onsoimpact-select': (event) => console.log(event.detail.indicatorId, event.detail.level),
};
const profile: SvelteElements['samson-profile'] = {
  compare: 'side-by-side',
  'onsamson-profile-select': (event) => console.log(event.detail.fieldId),
};
// @ts-expect-error: compare is 'overlay' | 'side-by-side'
const wrong: JsxElements['samson-profile'] = { compare: 'stacked' };
type VueChart = VueElements['soimpact-chart'];
void [chain, profile, wrong, null as unknown as VueChart];

// The Svelte file extends the global svelteHTML namespace a Svelte app's templates read.
const inTemplate: svelteHTML.IntrinsicElements['soimpact-chart'] = { level: 'outcome' };
void inTemplate;
