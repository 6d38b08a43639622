// A strict TypeScript app (NodeNext resolution, skipLibCheck off) that uses the package by
// name, only through its exports map, as an app in node_modules would.
import 'samskaping-elements/samson-scorecard/define';
import { setLocale, type SamsonResult, type ErrorDetail } from 'samskaping-elements';
import { loadElement, parsePlan, type SoimpactChart } from 'samskaping-elements/bundle';

// Events bubble and are composed: listening on document and window is typed too.
document.addEventListener('samson-change', (event) => {
  const result: SamsonResult = event.detail;
  console.log(event.detail.response, result);
});
window.addEventListener('soimpact-error', (event) => {
  const detail: ErrorDetail = event.detail;
  console.log(detail.problems.length);
});
document.querySelector('samson-scorecard')?.addEventListener('samson-complete', (event) => console.log(event.detail.scores));
document.body.addEventListener('soimpact-select', (event) => console.log(event.detail));

const profile = document.querySelector('samson-profile');
if (profile) profile.compare = 'side-by-side';
// @ts-expect-error: compare is 'overlay' | 'side-by-side'
if (profile) profile.compare = 'stacked';
// @ts-expect-error: the event map types the detail; there is no such field
document.addEventListener('samson-change', (event) => event.detail.noSuchField);

const chart: SoimpactChart | null = document.querySelector('soimpact-chart');
void chart;
// The bundle loads an element's class on demand; the classes are types only in its exports.
void loadElement('soimpact-chart').then((Chart) => {
  const created: SoimpactChart = new Chart();
  void parsePlan(created.plan);
});
// @ts-expect-error: not one of the library's tags
void loadElement('samson-chart');
void setLocale('en');
