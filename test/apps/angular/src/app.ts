// An Angular app as a municipality's developers would write it: CUSTOM_ELEMENTS_SCHEMA lets the
// template use the tags; static attributes, a [property] binding and (event) listeners.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'samskaping-elements/soimpact-chain/define';
import 'samskaping-elements/samson-scorecard/define';
import type { ImpactPlan, SamsonResult, SoimpactSelectDetail } from 'samskaping-elements';
import jobCourse from 'samskaping-elements/demo-data/job-course.nb.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <soimpact-chain label="Jobbsøkerkurset fra Angular" [plan]="plan" (soimpact-select)="onSelect($event)"></soimpact-chain>
      <p>
        Valgt indikator: <output id="selected">{{ selected() }}</output>
      </p>
      <samson-scorecard label="Fra Angular" [autosave]="false" (samson-change)="onChange($event)"></samson-scorecard>
      <p>
        Endringer: <output id="changes">{{ changes() }}</output>, merket: <output id="label">{{ responseLabel() }}</output>
      </p>
    </main>
  `,
})
export class App {
  readonly plan = jobCourse as ImpactPlan;
  readonly selected = signal('–');
  readonly changes = signal(0);
  readonly responseLabel = signal('–');

  onSelect(event: Event): void {
    const { indicatorId, level } = (event as CustomEvent<SoimpactSelectDetail>).detail;
    this.selected.set(`${indicatorId} (${level})`);
  }

  onChange(event: Event): void {
    const { response } = (event as CustomEvent<SamsonResult>).detail;
    this.changes.update((count) => count + 1);
    this.responseLabel.set(response.label);
  }
}
