/**
 * The words and numbers of `<samson-profile>` for everyone who does not read the canvas: the
 * summary, what changed since the previous round, where the parties see it differently, and
 * the data table (one column per round, or one per party).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Field, Instrument } from '../../core/samson/instrument.js';
import { summarizeProfile, whatChanged, type ProfileChange } from '../../core/samson/profile.js';
import { widest, type Spread } from '../../core/samson/compare.js';
import { formatScore, formatScoreChange } from '../../i18n/number.js';
import { pointsOf, type ProfileView } from './view.js';
import { heading } from '../../base/heading.js';
import { wrapLabel } from './chart.js';
import { quoted } from '../../i18n/quote.js';

export interface Axis {
  id: string;
  /** The full name (field name or statement text). */
  name: string;
  /** What a wide chart writes at the axis; narrow charts and drill-downs write the number. */
  short: string | string[];
}

/** The axes drawn: the instrument's fields in the overview, the field's statements in a drill-down. */
export function profileAxes(instrument: Instrument, field: Field | undefined): Axis[] {
  return field
    ? field.statements.map((s) => ({ id: s.id, name: s.text, short: '' }))
    : instrument.fields.map((f) => ({ id: f.id, name: f.name, short: wrapLabel(f.name) }));
}

/** A statement's text by id, in any field; the id itself when the instrument has no such statement. */
export function statementText(instrument: Instrument, id: string): string {
  for (const field of instrument.fields) {
    const statement = field.statements.find((s) => s.id === id);
    if (statement) return statement.text;
  }
  return id;
}

/** What every text part needs: the view, the field drilled into (if any) and the axes drawn. */
export interface TextContext {
  view: ProfileView;
  /** The element's `heading-level`. */
  top: number;
  field: Field | undefined;
  axes: Axis[];
  caption: string;
  tableOpen: boolean;
  /** A statement's text by id (the overview's axes are fields, but disagreements are about statements). */
  statementName: (id: string) => string;
}

export function renderSummary(context: TextContext): TemplateResult {
  const { view, field, axes } = context;
  const { main, previous } = view;
  const summary = summarizeProfile(pointsOf(main.scores, field), previous ? pointsOf(previous.scores, field) : undefined);
  const name = (id: string) => axisName(axes, id, field !== undefined);
  const sentences: string[] = [];
  if (view.parties) sentences.push(...disagreementSentences(context));
  if (!summary.strongest || !summary.weakest) {
    sentences.push(field ? msg('Ingen utsagn har skår ennå.') : msg('Ingen handlingsfelt har skår ennå.'));
  } else if (summary.strongest.score === summary.weakest.score) {
    sentences.push(msg(str`Alt som har skår, ligger på ${formatScore(summary.strongest.score)}.`));
  } else {
    sentences.push(
      msg(
        str`Sterkest er ${name(summary.strongest.id)} (${formatScore(summary.strongest.score)}), svakest ${name(summary.weakest.id)} (${formatScore(summary.weakest.score)}).`,
      ),
    );
  }
  if (summary.biggestGap && summary.biggestGap.gap > 0) {
    const gap = summary.biggestGap;
    sentences.push(
      msg(
        str`Størst avstand mellom viktighet og skår: ${name(gap.id)} (viktighet ${formatScore(gap.importance)}, skår ${formatScore(gap.score)}).`,
      ),
    );
  } else if (summary.biggestGap) {
    sentences.push(msg('Skåren er minst like høy som viktigheten overalt.'));
  } else if (summary.strongest) {
    sentences.push(msg('Viktigheten er ikke vektet ennå.'));
  }
  if (previous && summary.largestChange) {
    const change = summary.largestChange;
    sentences.push(
      msg(
        str`Største endring fra «${previous.label}»: ${name(change.id)}, fra ${formatScore(change.before)} til ${formatScore(change.after)}.`,
      ),
    );
  } else if (previous) {
    sentences.push(msg(str`Ingen skår har endret seg fra «${previous.label}».`));
  }
  const several = view.series.length > 1 || view.kind === 'parties';
  // Not named, so no landmark: the scorecard's results and a profile beside it (`for`) show the
  // same rounds, and two regions called «Sammendrag» tell a screen reader user neither apart.
  // The headings stay for moving through the text.
  return html`<section part="summary" class="summary" id="summary">
    ${heading(context.top, 1, html`${several ? msg(str`Sammendrag for «${main.label}»`) : msg('Sammendrag')}`, { id: 'summary-title' })}
    <p>${sentences.join(' ')}</p>
  </section>`;
}

/** The field and the statement(s) the parties are furthest apart on, with who said what. */
function disagreementSentences({ view, field, axes, statementName }: TextContext): string[] {
  const { spread } = view.parties!;
  const out: string[] = [];
  if (!field) {
    const fieldSpread = widest(spread.fields);
    if (fieldSpread) {
      out.push(
        msg(
          str`Størst uenighet mellom partene om handlingsfeltet ${axisName(axes, fieldSpread.id, false)}: ${range(fieldSpread)}.`,
        ),
      );
    } else if (spread.parties.length > 1) {
      out.push(msg('Partene gir handlingsfeltene samme skår.'));
    }
  }
  const statements = spread.statements.filter((s) => !field || s.fieldId === field.id);
  const widestStatement = widest(statements);
  if (widestStatement) {
    const where = field ? axisName(axes, widestStatement.id, true) : quoted(statementName(widestStatement.id));
    out.push(msg(str`Størst uenighet om et utsagn: ${where}, ${range(widestStatement)}.`));
  }
  return out;
}

/** "fra 0 (kommunen) til 10 (innbyggerne)" */
function range(spread: Spread): string {
  const scored = spread.values.filter((v) => v.score !== null);
  const low = scored.find((v) => v.score === spread.lowest)!;
  const high = scored.find((v) => v.score === spread.highest)!;
  return msg(str`fra ${formatScore(spread.lowest!)} (${low.party}) til ${formatScore(spread.highest!)} (${high.party})`);
}

/**
 * «Her ser dere det ulikt»: the statements on which the parties lie two or more scale points
 * apart, widest first — the ones to talk about before agreeing a joint answer.
 */
export function renderDisagreements({ view, top, field, axes, statementName }: TextContext): TemplateResult | typeof nothing {
  if (!view.parties || view.parties.names.length < 2) return nothing;
  const list = view.parties.spread.statements.filter((s) => s.disagree && (!field || s.fieldId === field.id));
  return html`<section part="disagreements" class="changes disagreements">
    ${heading(top, 1, msg('Her ser dere det ulikt: snakk om dette først'), { id: 'disagreements-title' })}
    ${
      list.length
        ? html`<ol>
            ${list.map(
              (s) =>
                html`<li>
                  ${field ? axisName(axes, s.id, true, true) : statementName(s.id)}
                  <span class="value"
                    >${s.values.map((v) => `${v.party} ${typeof v.rating === 'number' ? v.rating : '–'}`).join(' · ')}</span
                  >
                </li>`,
            )}
          </ol>`
        : html`<p>${msg('Ingen utsagn der partene ligger to eller flere skalapunkter fra hverandre.')}</p>`
    }
  </section>`;
}

export function renderChanges({ view, top, field, axes }: TextContext): TemplateResult | typeof nothing {
  const { main, previous } = view;
  if (!previous) return nothing;
  const { rises, falls } = whatChanged(pointsOf(previous.scores, field), pointsOf(main.scores, field));
  const item = (change: ProfileChange) =>
    html`<li>
      ${axisName(axes, change.id, field !== undefined, true)}: ${formatScoreChange(change.change)} (${formatScore(change.before)}
      → ${formatScore(change.after)})
    </li>`;
  return html`<section part="changes" class="changes">
    ${heading(top, 1, html`${msg(str`Endringer fra «${previous.label}» til «${main.label}»`)}`, { id: 'changes-title' })}
    ${
      rises.length || falls.length
        ? html`${
            rises.length
              ? html`<p>${msg('Steg mest:')}</p>
                  <ul>
                    ${rises.map(item)}
                  </ul>`
              : nothing
          }
          ${
            falls.length
              ? html`<p>${msg('Falt mest:')}</p>
                  <ul>
                    ${falls.map(item)}
                  </ul>`
              : nothing
          }`
        : html`<p>${msg('Ingen endringer i skår.')}</p>`
    }
  </section>`;
}

/**
 * Rounds: a score column per round (oldest first) and the current round's importance.
 * Parties: a score column per party, the joint answer when there is one, and the spread.
 */
export function renderTable({ view, field, axes, caption, tableOpen }: TextContext): TemplateResult {
  const columns: Array<{ title: string; values: Array<number | null> }> = [];
  const scoresOf = (scores: ProfileView['main']['scores']) => pointsOf(scores, field).map((p) => p.score);
  if (view.parties) {
    view.parties.names.forEach((name, i) =>
      columns.push({ title: msg(str`Skår (${name})`), values: scoresOf(view.parties!.scores[i]!) }),
    );
    if (view.parties.joint) columns.push({ title: msg('Skår (felles svar)'), values: scoresOf(view.parties.joint.scores) });
  } else {
    const several = view.series.length > 1;
    for (const series of view.series) {
      columns.push({ title: several ? msg(str`Skår (${series.label})`) : msg('Skår'), values: scoresOf(series.scores) });
    }
  }
  columns.push({
    title: view.series.length > 1 || view.parties ? msg(str`Viktighet (${view.main.label})`) : msg('Viktighet'),
    values: pointsOf(view.main.scores, field).map((p) => p.importance),
  });
  const spreads = view.parties && view.parties.names.length > 1 ? spreadByAxis(view, field) : undefined;
  // The caption names the table from outside the part that scrolls: a <caption> is as wide as
  // its table, so on a phone it would be cut at the edge with the columns (WCAG 1.4.10). The
  // scrolling part is a region that can take focus: a table wider than a phone scrolls
  // sideways, and a keyboard user must be able to scroll it.
  return html`<div part="table" class="table-block" id="table" ?hidden=${!tableOpen}>
    <p class="table-caption" id="table-caption">${caption}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
      <table aria-labelledby="table-caption">
        <thead>
          <tr>
            <th scope="col">${field ? msg('Utsagn') : msg('Handlingsfelt')}</th>
            ${columns.map((c) => html`<th scope="col">${c.title}</th>`)}
            ${spreads ? html`<th scope="col">${msg('Spenn mellom partene')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${axes.map(
            (axis, i) =>
              html`<tr>
                <th scope="row">${field ? `${i + 1}. ${axis.name}` : axis.name}</th>
                ${columns.map((c) => html`<td>${value(c.values[i])}</td>`)}
                ${spreads ? html`<td>${value(spreads.get(axis.id))}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

function spreadByAxis(view: ProfileView, field: Field | undefined): Map<string, number | null> {
  const { spread } = view.parties!;
  const items = field ? spread.statements.filter((s) => s.fieldId === field.id) : spread.fields;
  return new Map(items.map((s) => [s.id, s.values.filter((v) => v.score !== null).length > 1 ? s.spread : null]));
}

export function value(n: number | null | undefined): string {
  return n === null || n === undefined ? msg('ingen skår') : formatScore(n);
}

export function axisName(axes: readonly Axis[], id: string, numbered: boolean, startOfLine = false): string {
  const index = axes.findIndex((a) => a.id === id);
  if (index < 0) return id;
  if (!numbered) return axes[index]!.name;
  return startOfLine ? msg(str`Utsagn ${index + 1}`) : msg(str`utsagn ${index + 1}`);
}
