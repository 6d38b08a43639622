/**
 * Results and report read against the round before: what moved most (fields and
 * statements, from `compareRounds`), what became of last round's actions, and the two
 * questions the method asks when a group comes back («Hva har skjedd siden sist?», «Hva har
 * vi lært siden sist?», research report ch. 7). The profile above it draws both rounds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { compareRounds } from '../../core/samson/compare.js';
import { previousRound, roundActions, type Round } from '../../core/samson/history.js';
import type { ProfileChange } from '../../core/samson/profile.js';
import { formatScore, formatScoreChange } from '../../i18n/number.js';
import { followUpStatusLabel } from './follow-up-templates.js';
import type { ScorecardView } from './view.js';
import { own } from '../../core/own.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

const MOST_FIELDS = 3;
const MOST_STATEMENTS = 5;

export function renderComparison(view: ScorecardView): TemplateResult | typeof nothing {
  const rounds = view.rounds;
  if (!rounds) return nothing;
  const history = rounds.history;
  const shown: Round = { ...rounds.shown, joint: view.response };
  const before = previousRound(history, shown.id);
  if (!before) return nothing;
  const { instrument } = view;
  const comparison = compareRounds(instrument, before, shown);
  const fieldName = new Map(instrument.fields.map((f) => [f.id, f.name]));
  const statementText = new Map(instrument.fields.flatMap((f) => f.statements.map((s) => [s.id, `${s.text}`])));
  const moved = (changes: ProfileChange[], n: number) => changes.filter((c) => c.change !== 0).slice(0, n);
  const fields = moved(comparison.fields, MOST_FIELDS);
  const statements = moved(comparison.statements, MOST_STATEMENTS);
  const actions = roundActions(instrument, before);
  const change = (c: ProfileChange) =>
    msg(str`${formatScore(c.before)} → ${formatScore(c.after)} (${formatScoreChange(c.change)})`);
  return html`<section class="block comparison" aria-labelledby=${labelledBy('compare-heading')}>
    ${heading(view.headingLevel, 1, html`${msg(str`Sammenlignet med «${before.label}»`)}`, { id: 'compare-heading' })}
    <p class="hint">
      ${msg(str`I profilen er «${shown.label}» den heltrukne, kraftige linjen og «${before.label}» den stiplede, lysere.`)}
    </p>
    ${
      comparison.overall
        ? html`<p class="compare-overall">
            ${msg(str`Samlet skår: ${formatScore(comparison.overall.before)} i «${before.label}», ${formatScore(comparison.overall.after)} nå (${formatScoreChange(comparison.overall.change)}).`)}
          </p>`
        : nothing
    }
    ${heading(view.headingLevel, 2, msg('Handlingsfeltene som endret seg mest'))}
    ${
      fields.length
        ? html`<ol class="moved">
            ${fields.map((c) => html`<li><span class="moved-name">${fieldName.get(c.id) ?? c.id}</span> <span class="moved-change">${change(c)}</span></li>`)}
          </ol>`
        : html`<p>
            ${comparison.fields.length ? msg('Ingen handlingsfelt har endret skår.') : msg('Svar på utsagnene i denne runden for å se hva som har endret seg.')}
          </p>`
    }
    ${heading(view.headingLevel, 2, msg('Utsagnene som endret seg mest'))}
    ${
      statements.length
        ? html`<ol class="moved">
            ${statements.map((c) => html`<li><span class="moved-name">${statementText.get(c.id) ?? c.id}</span> <span class="moved-change">${change(c)}</span></li>`)}
          </ol>`
        : html`<p>${msg('Ingen utsagn har endret skår ennå.')}</p>`
    }
    ${heading(view.headingLevel, 2, html`${msg(str`Tiltakene fra «${before.label}»`)}`)}
    ${
      actions.length
        ? html`<ul class="followed-up">
            ${actions.map((action) => {
              const followUp = own(shown.followUps, action.statementId);
              return html`<li>
                <p class="action-idea">${action.idea}</p>
                <p class="action-meta">
                  ${fieldName.get(action.fieldId) ?? ''} ·
                  <strong>${followUp ? followUpStatusLabel(followUp.status) : msg('ikke fulgt opp ennå')}</strong>
                  ${followUp?.note ? html`<span class="follow-up-note"> · ${followUp.note}</span>` : nothing}
                </p>
              </li>`;
            })}
          </ul>`
        : html`<p>${msg('Det ble ikke skrevet noen ideer til tiltak i forrige runde.')}</p>`
    }
    ${heading(view.headingLevel, 2, msg('Til samtalen'))}
    <ul class="questions">
      <li>${msg('Hva har skjedd siden sist?')}</li>
      <li>${msg('Hva har vi lært siden sist?')}</li>
    </ul>
  </section>`;
}
