// The results step, reachable at any time: what is still missing (with a way there), field
// scores with the half-answered rule, important-but-weak priorities and the action plan.
import { expect } from '@open-wc/testing';
import type { SamsonScorecard } from '../../src/elements/samson-scorecard/samson-scorecard.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import {
  givePoints,
  openField,
  openStep,
  rate,
  scorecard,
  settle,
  shadow,
  writeIdea,
} from '../fixtures/samson-scorecard-helpers.js';

const fields = samsonNb.fields;
const RESULTS = stepIndex(scorecardSteps(samsonNb), 'results');

function row(el: SamsonScorecard, fieldName: string): string {
  const rows = [...shadow(el).querySelectorAll('table.scores tbody tr')];
  const found = rows.find((r) => r.querySelector('th')!.textContent!.trim() === fieldName);
  if (!found) throw new Error(`no row for ${fieldName}`);
  return found.textContent!.replace(/\s+/g, ' ').trim();
}

afterEach(() => localStorage.clear());

describe('results', () => {
  it('a field gets a score once half of its relevant statements are answered; "vet ikke" does not count', async () => {
    const el = await scorecard();
    await openField(el, 0);
    for (const statement of fields[0]!.statements.slice(0, 3)) await rate(el, statement.id, 5);
    await openStep(el, RESULTS);
    expect(row(el, fields[0]!.name)).to.contain('ingen skår ennå');
    expect(row(el, fields[0]!.name)).to.contain(`3 av ${fields[0]!.statements.length}`);

    await openField(el, 0);
    await rate(el, fields[0]!.statements[3]!.id, 3);
    await rate(el, fields[0]!.statements[4]!.id, 3); // 5 of 9: half of SAMSON 1.1's likeverd
    // Kommunikasjon: 3 of 7 "vet ikke", 2 rated — two of four relevant is half.
    await openField(el, 2);
    for (const statement of fields[2]!.statements.slice(0, 3)) await rate(el, statement.id, 'not-relevant');
    await rate(el, fields[2]!.statements[3]!.id, 2);
    await rate(el, fields[2]!.statements[4]!.id, 4);
    await openStep(el, RESULTS);
    expect(row(el, fields[0]!.name)).to.match(/\b8\b/); // (10 + 10 + 10 + 5 + 5) / 5
    expect(row(el, fields[2]!.name)).to.contain('5'); // (2.5 + 7.5) / 2
    expect(row(el, fields[2]!.name)).not.to.contain('ingen skår');
    // The bar width comes from the score through a custom property (CSSOM, no style markup).
    const bar = shadow(el).querySelector<HTMLElement>('table.scores tbody tr .bar')!;
    expect(bar.style.getPropertyValue('--score')).to.equal('80%');
    expect(shadow(el).querySelector('.overall')!.textContent).to.contain('ingen skår ennå');
  });

  it('lists what is still missing, and each item leads there with focus on the heading', async () => {
    const el = await scorecard();
    await openField(el, 1);
    for (const statement of fields[1]!.statements) await rate(el, statement.id, 3);
    await openStep(el, RESULTS);
    const missing = shadow(el).querySelector('.missing')!.textContent!.replace(/\s+/g, ' ');
    expect(missing).to.contain('Vekting: 4 av 4 verdier er ikke vektet.');
    expect(missing).to.contain(`${fields[2]!.name}: 7 av 7 utsagn er ikke besvart.`);
    expect(missing).not.to.contain(`${fields[1]!.name}:`);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.missing button')]
      .find((b) => b.textContent!.includes(fields[2]!.name))!
      .click();
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('step-heading');
    expect(shadow(el).activeElement?.textContent).to.equal(fields[2]!.name);
  });

  it('puts important-but-weak statements first, and groups every idea by field', async () => {
    const el = await scorecard();
    await openStep(el, 1);
    await givePoints(el, 'demokrati', 8);
    await givePoints(el, 'ledelse', 2);
    await openField(el, 0);
    await rate(el, 'likeverdighet-10', 1); // demokrati: importance 10, score 0
    await rate(el, 'likeverdighet-4', 4); // demokrati: importance 10, score 7.5
    await rate(el, 'likeverdighet-2', 1); // ledelse 2.5 and åpenhet, given no points, 0: importance 1.3, score 0
    await writeIdea(el, 'likeverdighet-4', 'Innbyggerne leder annethvert møte');
    await openField(el, 2);
    await writeIdea(el, 'kommunikasjon-7', 'Nyhetsbrev hver måned');
    await openStep(el, RESULTS);

    const priorities = [...shadow(el).querySelectorAll('.priorities li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(priorities).to.have.length(3);
    expect(priorities[0]).to.contain(fields[0]!.statements[2]!.text);
    expect(priorities[0]).to.contain('viktighet 10,0, skår 0,0, avstand 10,0');
    expect(priorities[1]).to.contain('avstand 2,5');
    expect(priorities[2]).to.contain('avstand 1,3');

    const groups = [...shadow(el).querySelectorAll('.action-field')];
    expect(groups.map((g) => g.querySelector('h4')!.textContent)).to.deep.equal([fields[0]!.name, fields[2]!.name]);
    expect(groups[0]!.textContent).to.contain('Innbyggerne leder annethvert møte');
    expect(groups[0]!.textContent).to.contain('(Delvis enig)');
    expect(groups[1]!.textContent).to.contain('Nyhetsbrev hver måned');
    expect(groups[1]!.textContent).to.contain('(ikke besvart)');
  });
});
