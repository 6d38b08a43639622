import { msg, str } from '@lit/localize';
import { insertByDate } from '../../core/soimpact/plan-rules.js';
import { formatPlanDate } from '../soimpact-chain/format.js';
import { fieldId } from './fields.js';
import type { PlanHost } from './indicator-editor.js';
import type { TypedText } from './typed-text.js';

/** Step 10's evaluations: a new one is added when it has a date and a text, in date order. */
export class EvaluationEditor {
  constructor(
    private readonly host: PlanHost,
    private readonly typed: TypedText,
  ) {}

  readonly add = (): void => {
    const date = this.typed.text('new.evaluation.date') ?? '';
    const text = (this.typed.text('new.evaluation.text') ?? '').trim();
    this.typed.setMessage('new.evaluation.date', date ? undefined : () => msg('Velg datoen for evalueringen.'));
    this.typed.setMessage('new.evaluation.text', text ? undefined : () => msg('Skriv hva dere fant ut og hva dere endrer.'));
    if (!date || !text) {
      this.host.focusLater(`#${fieldId(!date ? 'new.evaluation.date' : 'new.evaluation.text')}`);
      return;
    }
    this.host.commit({ ...this.host.current, evaluations: insertByDate(this.host.current.evaluations, { date, text }) });
    this.typed.clear('new.evaluation.');
    this.host.announce(msg(str`Evalueringen ${formatPlanDate(date)} er lagt til.`));
    this.host.focusLater(`#${fieldId('new.evaluation.date')}`);
  };

  remove(index: number): void {
    const plan = this.host.current;
    const removed = plan.evaluations[index];
    this.host.commit({ ...plan, evaluations: plan.evaluations.filter((_, i) => i !== index) });
    if (removed) this.host.announce(msg(str`Evalueringen ${formatPlanDate(removed.date)} er fjernet.`));
    this.host.focusLater(`#${fieldId('new.evaluation.date')}`);
  }
}
