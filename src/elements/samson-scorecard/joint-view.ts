/**
 * The joint view («Der vi ser det ulikt»): per field and statement each party's answer and
 * the spread, first the statements where the parties lie two or more scale points apart
 * («Er det sprikende oppfatninger om dette?», handbook H:1360-1362), where the group agrees a
 * joint answer and an idea for action — and the report's page with the same numbers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Instrument, Statement } from '../../core/samson/instrument.js';
import type { Rating, Response } from '../../core/samson/response.js';
import type { PartySpread, Spread } from '../../core/samson/compare.js';
import { own } from '../../core/own.js';
import { formatNumber, formatScore } from '../../i18n/number.js';
import { agreementOptions, renderAgreementScale, renderIdeaBox } from './input-templates.js';
import type { PartiesController } from './party-controller.js';
import { heading } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

interface Found {
  statement: Statement;
  number: number;
  fieldName: string;
}

function statementsById(instrument: Instrument): Map<string, Found> {
  return new Map(
    instrument.fields.flatMap((field) =>
      field.statements.map((statement, i) => [statement.id, { statement, number: i + 1, fieldName: field.name }] as const),
    ),
  );
}

/** "1", "vet ikke", "–" (not answered): a party's rating as short text. */
function ratingText(rating: Rating | undefined): string {
  if (rating === undefined) return '–';
  return rating === 'not-relevant' ? msg('vet ikke') : String(rating);
}

function answersLine(spread: Spread): string {
  return spread.values.map((v) => `${v.party} ${ratingText(v.rating)}`).join(' · ');
}

function pointsText(points: number): string {
  return points === 1 ? msg('1 poeng fra hverandre') : msg(str`${formatNumber(points)} poeng fra hverandre`);
}

/** In the results step when the round has two parties or more. */
export function renderJointView(
  parties: PartiesController,
  response: Response,
  locked: boolean,
  top: number,
): TemplateResult | typeof nothing {
  const spread = parties.spread;
  if (!spread) return nothing;
  const instrument = parties.instrument;
  const found = statementsById(instrument);
  const disputed = parties.disputed;
  const together = !parties.party;
  return html`
    <section part="joint-view" class="block joint-view" aria-labelledby=${labelledBy('joint-heading')}>
      ${heading(top, 1, msg('Der vi ser det ulikt'), { id: 'joint-heading' })}
      <p>${msg(str`${spread.parties.length} parter har svart hver for seg: ${spread.parties.join(', ')}.`)}</p>
      ${
        disputed.length
          ? html`${heading(top, 2, msg('Her ser dere det ulikt: snakk om dette først'), { id: 'talk-first' })}
              <p class="hint">
                ${msg('Utsagnene der partene ligger to poeng eller mer fra hverandre på skalaen, størst avstand først.')}
                ${
                  together
                    ? msg(
                        'Bli enige om et felles svar og gjerne en idé til tiltak: det blir rundens felles svar, og svarene til partene blir liggende ved siden av.',
                      )
                    : msg('Velg «Svar sammen nå» for å sette felles svar her.')
                }
              </p>
              <ol class="disputed" aria-labelledby="talk-first">
                ${disputed.map((item) => renderDisputed(parties, item, found.get(item.id), response, together && !locked))}
              </ol>`
          : html`<p class="agreed">${msg('Partene ligger ikke to poeng eller mer fra hverandre på noe utsagn.')}</p>`
      }
      ${renderProfile(parties, instrument)} ${renderAllStatements(instrument, spread, top)}
    </section>
  `;
}

function renderDisputed(
  parties: PartiesController,
  item: Spread,
  found: Found | undefined,
  joint: Response,
  editable: boolean,
): TemplateResult {
  if (!found) return html``;
  const answer = own(joint.answers, item.id);
  const name = `joint-${item.id}`;
  return html`<li class="disputed-item">
    <p class="disputed-text">${found.statement.text}</p>
    <p class="disputed-meta">${found.fieldName} · ${pointsText(item.points)}</p>
    <ul class="party-answers">
      ${item.values.map((v) => html`<li><span class="party-name">${v.party}</span> <span class="value">${ratingText(v.rating)}</span></li>`)}
    </ul>
    ${
      editable
        ? html`<fieldset class="joint-answer">
            <legend>${msg(str`Felles svar på utsagn ${found.number} i ${found.fieldName}`)}</legend>
            ${renderAgreementScale(false, name, agreementOptions(), answer?.rating, (rating) => parties.agree(item.id, { ...answer, rating }))}
            ${renderIdeaBox(`joint-idea-${item.id}`, answer?.idea ?? '', false, (idea) => parties.agree(item.id, { ...answer, idea }))}
          </fieldset>`
        : answer?.rating !== undefined
          ? html`<p class="joint-agreed">${msg(str`Felles svar: ${ratingText(answer.rating)}`)}</p>`
          : nothing
    }
  </li>`;
}

function renderProfile(parties: PartiesController, instrument: Instrument): TemplateResult | typeof nothing {
  if (!customElements.get('samson-profile')) return nothing;
  const mode = parties.profileMode;
  const choose = (next: 'lines' | 'band') => {
    parties.profileMode = next;
    parties.requestUpdate();
  };
  return html`<div class="profile joint-profile">
    <fieldset class="profile-mode no-print">
      <legend>${msg('Vis partene i profilen som')}</legend>
      <label class="check" part=${mode === 'lines' ? 'option checked' : 'option'}
        ><input type="radio" name="profile-mode" .checked=${live(mode === 'lines')} @change=${() => choose('lines')} />
        ${msg('én linje per part')}</label
      >
      <label class="check" part=${mode === 'band' ? 'option checked' : 'option'}
        ><input type="radio" name="profile-mode" .checked=${live(mode === 'band')} @change=${() => choose('band')} />
        ${msg('felles linje med spennet mellom partene')}</label
      >
    </fieldset>
    <samson-profile
      .instrument=${instrument}
      .history=${parties.history}
      round=${parties.round.id}
      parties=${mode}
    ></samson-profile>
  </div>`;
}

function renderAllStatements(instrument: Instrument, spread: PartySpread, top: number): TemplateResult {
  const byId = new Map(spread.statements.map((s) => [s.id, s]));
  return html`${heading(top, 2, msg('Alle utsagn, per handlingsfelt'), { id: 'all-statements' })}
  ${instrument.fields.map((field, f) => {
    const fieldSpread = spread.fields[f]!;
    return html`<details class="field-spread">
      <summary>
        ${field.name} ·
        ${
          fieldSpread.lowest === null
            ? msg('ingen skår ennå')
            : msg(str`skår fra ${formatScore(fieldSpread.lowest)} til ${formatScore(fieldSpread.highest ?? fieldSpread.lowest)}`)
        }
      </summary>
      <ol class="statement-spreads">
        ${field.statements.map((statement) => {
          const s = byId.get(statement.id);
          return html`<li class=${s?.disagree ? 'disagree' : ''}>
            <span class="statement-text">${statement.text}</span>
            <span class="value">${s ? answersLine(s) : ''}</span>
            ${
              s && s.values.filter((v) => v.score !== null).length >= 2
                ? html`<span class="points">${pointsText(s.points)}</span>`
                : nothing
            }
          </li>`;
        })}
      </ol>
    </details>`;
  })}`;
}

/** The report's page «Der vi ser det ulikt»: who answered, where they lie apart and what the group agreed. */
export function renderPartiesReport(parties: PartiesController, joint: Response, top: number): TemplateResult | typeof nothing {
  const spread = parties.spread;
  if (!spread) return nothing;
  const instrument = parties.instrument;
  const found = statementsById(instrument);
  const disputed = parties.disputed;
  return html`
    <section class="block report-parties" aria-labelledby=${labelledBy('report-parties-heading')}>
      ${heading(top, 1, msg('Der vi ser det ulikt'), { id: 'report-parties-heading' })}
      <p>${msg(str`${spread.parties.length} parter svarte hver for seg: ${spread.parties.join(', ')}.`)}</p>
      ${
        disputed.length
          ? html`<table class="report-disputed">
              <caption>
                ${msg('Utsagnene der partene ligger to poeng eller mer fra hverandre, størst avstand først')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Utsagn')}</th>
                  ${spread.parties.map((name) => html`<th scope="col">${name}</th>`)}
                  <th scope="col">${msg('Felles svar')}</th>
                </tr>
              </thead>
              <tbody>
                ${disputed.map((item) => {
                  const answer = own(joint.answers, item.id);
                  const f = found.get(item.id);
                  return html`<tr>
                    <th scope="row">
                      ${f?.statement.text ?? item.id}
                      <span class="report-meta">${f?.fieldName ?? ''} · ${pointsText(item.points)}</span>
                    </th>
                    ${item.values.map((v) => html`<td data-label=${v.party}>${ratingText(v.rating)}</td>`)}
                    <td data-label=${msg('Felles svar')}>
                      ${ratingText(answer?.rating)}${answer?.idea?.trim() ? html`<span class="report-idea">${answer.idea}</span>` : nothing}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : html`<p>${msg('Partene ligger ikke to poeng eller mer fra hverandre på noe utsagn.')}</p>`
      }
      <table class="report-field-spread">
        <caption>
          ${msg('Skår per handlingsfelt og part (0–10)')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Handlingsfelt')}</th>
            ${spread.parties.map((name) => html`<th scope="col">${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${instrument.fields.map((field, f) => {
            const row = spread.fields[f]!;
            return html`<tr>
              <th scope="row">${field.name}</th>
              ${row.values.map((v) => html`<td data-label=${v.party}>${v.score === null ? '–' : formatScore(v.score)}</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
  `;
}
