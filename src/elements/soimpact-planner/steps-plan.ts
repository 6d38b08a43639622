/**
 * The plan's own texts: steps 1–4 (the problem, goals, target groups, activities and the
 * theory of change) and the measurement plan of step 6, as template functions.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { dateValue, stepTextSchema, type ImpactPlan } from '../../core/soimpact/plan.js';
import { maxLengthOf } from '../../core/salvage.js';
import { planTextLimit } from '../../core/soimpact/plan-rules.js';
import { renderField, type Apply, type FieldLock, type FieldResult } from './fields.js';
import type { TypedText } from './typed-text.js';

export interface PlanStepsView {
  plan: ImpactPlan;
  typed: TypedText;
  /** What the user may do with the fields; 'print' renders their values as text. */
  readonly: FieldLock;
  commit(next: ImpactPlan): void;
}

type PlanText =
  'organisation' | 'problem' | 'goals' | 'targetGroups' | 'activities' | 'theoryOfChange' | 'inputs' | 'measurementPlan';

function text(view: PlanStepsView, name: PlanText, label: string, kind: 'text' | 'textarea' = 'textarea'): FieldResult {
  return renderField(view.typed, view.readonly, {
    key: `plan.${name}`,
    label,
    kind,
    value: view.plan[name] ?? '',
    maxLength: planTextLimit(name),
    apply: (typed) => {
      view.commit({ ...view.plan, [name]: typed });
      return null;
    },
  });
}

function period(view: PlanStepsView, end: 'from' | 'to', label: string): FieldResult {
  const apply: Apply = (date) => {
    const next = { ...view.plan.period };
    if (date) next[end] = date;
    else delete next[end];
    if (next.from && next.to && dateValue(next.to) < dateValue(next.from)) return () => msg('Til-datoen kommer før fra-datoen.');
    view.typed.setMessage(end === 'from' ? 'plan.period.to' : 'plan.period.from', undefined);
    const plan: ImpactPlan = { ...view.plan, period: next };
    if (!next.from && !next.to) delete plan.period;
    view.commit(plan);
    return null;
  };
  return renderField(view.typed, view.readonly, {
    key: `plan.period.${end}`,
    label,
    kind: 'date',
    value: view.plan.period?.[end] ?? '',
    apply,
  });
}

export function renderPlanStep(view: PlanStepsView, id: 'problem' | 'goals' | 'target-groups' | 'activities'): TemplateResult {
  switch (id) {
    case 'problem':
      return html`
        <fieldset>
          <legend>${msg('Om innsatsen')}</legend>
          ${renderField(view.typed, view.readonly, {
            key: 'plan.title',
            label: msg('Navn på innsatsen'),
            kind: 'text',
            value: view.plan.title,
            maxLength: planTextLimit('title'),
            required: true,
            apply: (title) => {
              if (!title.trim()) return () => msg('Skriv et navn på innsatsen.');
              view.commit({ ...view.plan, title });
              return null;
            },
          })}
          ${text(view, 'organisation', msg('Hvem står bak (organisasjon, kommune, partnerskap)'), 'text')}
          <div class="pair">${period(view, 'from', msg('Fra dato'))} ${period(view, 'to', msg('Til dato'))}</div>
        </fieldset>
        ${text(view, 'problem', msg('Samfunnsproblemet'))}
      `;
    case 'goals':
      return html`${text(view, 'goals', msg('Overordnede mål'))}`;
    case 'target-groups':
      return html`${text(view, 'targetGroups', msg('Målgrupper og hva de trenger'))}`;
    case 'activities':
      return html`
        ${text(view, 'inputs', msg('Innsatsfaktorer: ressursene som legges inn'))}
        ${text(view, 'activities', msg('Hovedaktiviteter'))}
        ${text(view, 'theoryOfChange', msg('Endringsteori: hvordan fører aktivitetene til endring?'))}
        ${renderField(view.typed, view.readonly, {
          key: 'plan.societalValue',
          label: msg('Samfunnsverdi: hvilken langsiktig verdi for samfunnet, og hvilken forskning støtter sammenhengen?'),
          kind: 'textarea',
          value: view.plan.societalValue?.text ?? '',
          maxLength: maxLengthOf(stepTextSchema),
          apply: (typed) => {
            view.commit({ ...view.plan, societalValue: { text: typed, references: view.plan.societalValue?.references ?? [] } });
            return null;
          },
        })}
      `;
  }
}

export function renderMeasurementPlan(view: PlanStepsView): FieldResult {
  return text(view, 'measurementPlan', msg('Måleplan: hvem samler inn hvilke data, hvem følger med, når og hvordan'));
}
