// Where a problem is, said in the document's own terms: its statements, fields, values and
// indicators by name, never its path (`answers.likeverdighet-1.rating`), which stays in the
// problem (and the `*-error` event's message) for developers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { samsonNb } from '../../src/content/samson/index.js';
import { createResponse, parseResponse } from '../../src/core/samson/response.js';
import { parseInstrument } from '../../src/core/samson/instrument.js';
import { createPlan, parsePlan } from '../../src/core/soimpact/plan.js';
import { locate } from '../../src/core/locate.js';
import type { Problem } from '../../src/core/problems.js';
import { describeProblem, describeProblemForUser } from '../../src/i18n/problems.js';

const DOTTED = /\w\.\w|\[\d+\]/;
const problemsOf = (result: { ok: boolean; problems?: Problem[] }): Problem[] => (result.ok ? [] : result.problems!);

describe('problems said where they are', () => {
  it('a bad rating: the statement by its number in its field, and what a rating can be', () => {
    const response = { ...createResponse(samsonNb), answers: { 'likeverdighet-1': { rating: 7 } } };
    const [problem] = problemsOf(parseResponse(JSON.stringify(response), samsonNb));
    assert.deepEqual(problem!.path, ['answers', 'likeverdighet-1', 'rating']);
    assert.deepEqual(locate(problem!.path, { instrument: samsonNb }), [
      { kind: 'statement', number: 1, field: 'Likeverd', id: 'likeverdighet-1' },
      { kind: 'part', key: 'rating' },
    ]);
    assert.equal(
      describeProblemForUser(problem!, { instrument: samsonNb }),
      'Utsagn 1 i «Likeverd»: Vurderingen må være et tall fra 1 til 5, eller «Vet ikke / ikke relevant».',
    );
    // The developer's form keeps the path.
    assert.match(describeProblem(problem!), /^answers\.likeverdighet-1\.rating: /);
  });

  it('a weight by the value it weighs; a statement no instrument knows by its id', () => {
    const response = {
      ...createResponse(samsonNb),
      weights: { apenhet: 9 },
      answers: { 'finnes-ikke': { idea: 'x'.repeat(5000) } },
    };
    const said = problemsOf(parseResponse(JSON.stringify(response), samsonNb)).map((p) =>
      describeProblemForUser(p, { instrument: samsonNb }),
    );
    assert.ok(said.includes('Verdien «Åpenhet»: Kan være høyst 5.'), said.join('\n'));
    assert.ok(
      said.some((s) => s.startsWith('Utsagnet «finnes-ikke», ideen til tiltak: Kan ha høyst')),
      said.join('\n'),
    );
  });

  it('an instrument: fields and statements by the names the refused file gives them', () => {
    const input = structuredClone(samsonNb) as unknown as { fields: Array<{ statements: Array<{ text: string }> }> };
    input.fields[2]!.statements[1]!.text = '';
    const [problem] = problemsOf(parseInstrument(input));
    assert.equal(
      describeProblemForUser(problem!, { document: input }),
      `Utsagn 2 i «${samsonNb.fields[2]!.name}», teksten: Må ha minst 1 tegn.`,
    );
    // Without the document: by number.
    assert.equal(describeProblemForUser(problem!), 'Felt 3, utsagn 2, teksten: Må ha minst 1 tegn.');
  });

  it('a plan: the indicator by its name, the reading by its number from 1', () => {
    const plan = {
      ...createPlan({ id: 't', title: 'T' }),
      indicators: [
        {
          id: 'deltakere',
          name: 'Antall deltakere',
          level: 'output',
          unit: 'count',
          measurements: [{ date: 'i går', value: 3 }],
        },
      ],
    };
    const said = problemsOf(parsePlan(JSON.stringify(plan))).map((p) => describeProblemForUser(p, { document: plan }));
    assert.deepEqual(said, [
      'Indikatoren «Antall deltakere», måling 1, datoen: Må være en dato på formen 2025-03-31 eller 2025-03-31T12:00:00Z.',
    ]);
    for (const text of said) assert.doesNotMatch(text, DOTTED);
  });

  it('a key no rule knows is named as written, never dropped', () => {
    assert.equal(
      describeProblemForUser({ code: 'missing', path: ['guidance', 'intro', 0] }),
      'Veiledningen, avsnitt 1: Dette mangler, men må være med.',
    );
    assert.equal(describeProblemForUser({ code: 'invalid', path: ['somethingNew'] }), '«somethingNew»: Verdien er ikke gyldig.');
  });
});
