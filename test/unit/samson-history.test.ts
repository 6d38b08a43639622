import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { z } from '../../src/core/zod.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { formatPath } from '../../src/core/problems.js';
import {
  createResponse,
  parseResponse,
  withAnswer,
  withWeight,
  type Rating,
  type Response,
} from '../../src/core/samson/response.js';
import {
  agreeJointAnswer,
  createHistory,
  currentRound,
  deleteRound,
  groupActions,
  HISTORY_FORMAT,
  historySchema,
  lastTime,
  nextRoundLabel,
  parseHistory,
  renameRound,
  roundActions,
  startNextRound,
  withAction,
  withFollowUp,
  withJointResponse,
  withPartyRenamed,
  withPartyResponse,
} from '../../src/core/samson/history.js';
import { compareRounds, disagreements, partySpread, widest } from '../../src/core/samson/compare.js';
import { mergeImports } from '../../src/core/samson/merge.js';
import { publishedSchemas } from '../../src/core/schemas.js';

const instrument = samsonNb;
const statements = instrument.fields.flatMap((f) => f.statements.map((s) => ({ id: s.id, fieldId: f.id })));
const [s1, s2, s3] = statements;
const t0 = new Date('2026-03-01T09:00:00Z');
const t1 = new Date('2026-09-01T09:00:00Z');

function answered(label: string, rating: (i: number) => Rating | undefined, extra: Partial<Response> = {}): Response {
  let r = { ...createResponse(instrument, label, t0), ...extra };
  statements.forEach((s, i) => {
    const value = rating(i);
    if (value !== undefined) r = withAnswer(r, s.id, { rating: value }, t0);
  });
  for (const v of instrument.values) r = withWeight(r, v.id, 4, t0);
  return r;
}

const ratingArb: fc.Arbitrary<Rating | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant('not-relevant' as const),
  fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Rating>,
);
const responseArb = (party?: string): fc.Arbitrary<Response> =>
  fc
    .array(ratingArb, { minLength: statements.length, maxLength: statements.length })
    .map((ratings) => answered('Runde 1', (i) => ratings[i], party ? { party } : {}));

describe('samson-history: reading', () => {
  it('round-trips a history with rounds, parties, follow-ups and actions through JSON', () => {
    let h = withJointResponse(
      createHistory(instrument, 'Runde 1', t0),
      'r1',
      withAnswer(
        answered('x', () => 4),
        s1!.id,
        { rating: 2, idea: 'Møtes på biblioteket' },
      ),
    );
    h = withAction(h, 'r1', s1!.id, { owner: 'Kari', due: '2026-05-31', quadrant: 'keep-new' });
    h = withPartyResponse(
      h,
      'r1',
      answered('', () => 3, { party: 'kommunen' }),
    );
    h = startNextRound(h, { now: t1 });
    h = withFollowUp(h, 'r2', s1!.id, { status: 'started', note: 'Første møte holdt' });
    const parsed = parseHistory(JSON.stringify(h), instrument);
    assert.deepEqual(parsed, { ok: true, value: h });
  });

  it('opens a single samson-response@1 file as a one-round history, joint or a party', () => {
    const joint = answered('Høst 2026', () => 5);
    const h = parseHistory(JSON.stringify(joint));
    assert.ok(h.ok);
    assert.equal(h.value.rounds.length, 1);
    assert.equal(h.value.rounds[0]!.label, 'Høst 2026');
    assert.deepEqual(h.value.rounds[0]!.joint.answers, joint.answers);
    assert.deepEqual(h.value.rounds[0]!.parties, []);

    const party = parseHistory({ ...answered('', () => 2), party: ' frivilligheten ' });
    assert.ok(party.ok);
    const round = party.value.rounds[0]!;
    assert.equal(round.label, 'Runde 1');
    assert.deepEqual(round.joint.answers, {});
    assert.equal(round.joint.party, undefined);
    assert.equal(round.parties[0]!.party, 'frivilligheten');
    assert.equal(round.parties[0]!.answers[s1!.id]!.rating, 2);
  });

  it("opens today's response files unchanged (no party field) and they still parse as responses", () => {
    const today = JSON.parse(JSON.stringify(answered('Tidspunkt 1', (i) => ((i % 5) + 1) as Rating)));
    assert.equal('party' in today, false);
    assert.ok(parseResponse(today, instrument).ok);
    assert.ok(parseHistory(today, instrument).ok);
  });

  it('drops unknown fields at every level', () => {
    const h = createHistory(instrument, 'Runde 1', t0) as any;
    h.comment = 'later version';
    h.rounds[0].mood = 'good';
    h.rounds[0].joint.extra = 1;
    const parsed = parseHistory(h);
    assert.ok(parsed.ok);
    assert.equal('comment' in parsed.value, false);
    assert.equal('mood' in parsed.value.rounds[0]!, false);
    assert.equal('extra' in parsed.value.rounds[0]!.joint, false);
  });

  it('refuses newer formats with a problem, and other files as another kind', () => {
    const newer = parseHistory({ ...createHistory(instrument), format: 'samson-history@2' });
    assert.equal(newer.ok, false);
    assert.equal(!newer.ok && newer.problems[0]!.code, 'newer-format');
    const newerResponse = parseHistory({ ...createResponse(instrument), format: 'samson-response@3' });
    assert.equal(!newerResponse.ok && newerResponse.problems[0]!.code, 'newer-format');
    const plan = parseHistory({ format: 'soimpact-plan@1' });
    assert.equal(!plan.ok && plan.problems[0]!.code, 'unknown-format');
  });

  it('lists problems with their paths: duplicate round ids, a party without a name, another instrument', () => {
    const h = startNextRound(createHistory(instrument, 'Runde 1', t0), { now: t1 }) as any;
    h.rounds[1].id = 'r1';
    h.rounds[0].parties = [{ ...createResponse(instrument) }];
    h.rounds[1].joint.instrument.id = 'other';
    const parsed = parseHistory(h);
    assert.equal(parsed.ok, false);
    const paths = !parsed.ok ? parsed.problems.map((p) => `${p.code} ${formatPath(p.path)}`) : [];
    assert.ok(paths.includes('duplicate-id rounds[1].id'), paths.join());
    assert.ok(paths.includes('missing rounds[0].parties[0].party'), paths.join());
    assert.ok(paths.includes('other-instrument rounds[1].joint.instrument.id'), paths.join());
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (input) => {
        const result = parseHistory(input);
        assert.equal(typeof result.ok, 'boolean');
      }),
    );
    const hostile = {
      get format(): string {
        throw new Error('boom');
      },
    };
    assert.equal(parseHistory(hostile).ok, false);
  });

  it('is published as a JSON Schema', () => {
    assert.equal(publishedSchemas['samson-history'], historySchema);
    const json = z.toJSONSchema(historySchema, { target: 'draft-2020-12' }) as { properties: Record<string, unknown> };
    assert.ok(json.properties['rounds']);
  });
});

describe('samson-history: rounds', () => {
  it('starts the next round with the same weights, no answers and the next label, keeping the earlier round', () => {
    let h = withJointResponse(
      createHistory(instrument, 'Runde 1', t0),
      'r1',
      answered('', () => 4),
    );
    h = startNextRound(h, { now: t1 });
    assert.equal(h.rounds.length, 2);
    const [first, second] = h.rounds;
    assert.equal(first!.closedAt, t1.toISOString());
    assert.equal(Object.keys(first!.joint.answers).length, statements.length);
    assert.equal(second!.label, 'Runde 2');
    assert.equal(second!.id, 'r2');
    assert.deepEqual(second!.joint.weights, first!.joint.weights);
    assert.deepEqual(second!.joint.answers, {});
    assert.equal(second!.startedAt, t1.toISOString());
    assert.equal(currentRound(h), second);
  });

  it('counts on the last number of a label, or falls back to the given word', () => {
    assert.equal(nextRoundLabel('Runde 2', 3), 'Runde 3');
    assert.equal(nextRoundLabel('Time 1', 2), 'Time 2');
    assert.equal(nextRoundLabel('Høst 2026', 2), 'Høst 2027');
    assert.equal(nextRoundLabel('Oppstart', 2, 'Round'), 'Round 2');
    assert.equal(nextRoundLabel('Runde 9 (vår)', 10), 'Runde 10 (vår)');
  });

  it('renames a round (its id stays) and deletes one, but never the only one', () => {
    let h = startNextRound(createHistory(instrument, 'Runde 1', t0), { now: t1 });
    h = renameRound(h, 'r1', '  Oppstart  ');
    assert.equal(h.rounds[0]!.label, 'Oppstart');
    assert.equal(h.rounds[0]!.joint.label, 'Oppstart');
    assert.equal(renameRound(h, 'r1', '   '), h);
    const deleted = deleteRound(h, 'r1');
    assert.ok(deleted.ok);
    assert.deepEqual(
      deleted.value.rounds.map((r) => r.id),
      ['r2'],
    );
    const only = deleteRound(deleted.value, 'r2');
    assert.equal(!only.ok && only.problems[0]!.code, 'too-small');
    assert.equal(!deleteRound(h, 'nope').ok, true);
    // A new round after a deletion does not reuse an id in use.
    const next = startNextRound(deleted.value, { now: t1 });
    assert.deepEqual(
      next.rounds.map((r) => r.id),
      ['r2', 'r3'],
    );
  });

  it('property: starting rounds never changes earlier rounds and keeps ids unique', () => {
    fc.assert(
      fc.property(fc.array(responseArb(), { minLength: 1, maxLength: 5 }), (responses) => {
        let h = createHistory(instrument, 'Runde 1', t0);
        const snapshots: string[] = [];
        responses.forEach((response, i) => {
          if (i > 0) h = startNextRound(h, { now: new Date(t0.getTime() + i * 86_400_000) });
          h = withJointResponse(h, currentRound(h).id, response);
          snapshots.push(JSON.stringify(currentRound(h).joint.answers));
        });
        assert.equal(h.rounds.length, responses.length);
        assert.deepEqual(
          h.rounds.map((r) => JSON.stringify(r.joint.answers)),
          snapshots,
        );
        assert.equal(new Set(h.rounds.map((r) => r.id)).size, h.rounds.length);
        assert.deepEqual(
          h.rounds.map((r) => r.label),
          responses.map((_, i) => `Runde ${i + 1}`),
        );
        assert.ok(parseHistory(JSON.parse(JSON.stringify(h)), instrument).ok);
      }),
      { numRuns: 40 },
    );
  });

  it("follows up last round's actions and shows what the group said last time", () => {
    let h = withJointResponse(
      createHistory(instrument, 'Runde 1', t0),
      'r1',
      withAnswer(
        answered('', () => 2),
        s2!.id,
        { rating: 1, idea: 'Felles kalender' },
      ),
    );
    h = withAction(h, 'r1', s2!.id, { owner: '  Ola ', quadrant: 'stop-known' });
    h = startNextRound(h, { now: t1 });
    h = withFollowUp(h, 'r2', s2!.id, { status: 'done', note: '   ' });
    const last = lastTime(h, 'r2');
    assert.deepEqual(last.get(s2!.id), {
      rating: 1,
      idea: 'Felles kalender',
      plan: { owner: 'Ola', quadrant: 'stop-known' },
      followUp: { status: 'done' },
    });
    assert.deepEqual(last.get(s1!.id), { rating: 2 });
    assert.equal(lastTime(h, 'r1').size, 0);
    h = withFollowUp(h, 'r2', s2!.id, undefined);
    assert.deepEqual(currentRound(h).followUps, {});
    assert.equal(withAction(h, 'r1', s2!.id, { owner: ' ' }).rounds[0]!.actions[s2!.id], undefined);
  });

  it("lists the round's actions grouped by field and by keep/stop × known/new", () => {
    let h = createHistory(instrument, 'Runde 1', t0);
    let joint = withAnswer(currentRound(h).joint, s1!.id, { idea: 'A' });
    joint = withAnswer(joint, s3!.id, { idea: 'B' });
    h = withJointResponse(h, 'r1', joint);
    h = withAction(h, 'r1', s3!.id, { quadrant: 'keep-known' });
    const actions = roundActions(instrument, currentRound(h));
    assert.deepEqual(
      actions.map((a) => a.idea),
      ['A', 'B'],
    );
    const { byField, byQuadrant } = groupActions(actions);
    assert.equal(byField.get(s1!.fieldId)!.length, s1!.fieldId === s3!.fieldId ? 2 : 1);
    assert.deepEqual(
      byQuadrant.get('keep-known')!.map((a) => a.idea),
      ['B'],
    );
    assert.deepEqual(
      byQuadrant.get('none')!.map((a) => a.idea),
      ['A'],
    );
  });

  it("agrees a joint answer and keeps the parties' answers beside it", () => {
    let h = createHistory(instrument, 'Runde 1', t0);
    h = withPartyResponse(
      h,
      'r1',
      answered('', () => 1, { party: 'kommunen' }),
    );
    h = withPartyResponse(
      h,
      'r1',
      answered('', () => 5, { party: 'frivilligheten' }),
    );
    h = agreeJointAnswer(h, 'r1', s1!.id, { rating: 3, idea: 'Snakke om det på neste møte' }, t1);
    const round = currentRound(h);
    assert.deepEqual(round.joint.answers[s1!.id], { rating: 3, idea: 'Snakke om det på neste møte' });
    assert.equal(round.joint.updatedAt, t1.toISOString());
    assert.deepEqual(
      round.parties.map((p) => p.answers[s1!.id]!.rating),
      [1, 5],
    );
    // Replacing a party's response is matched by its name, ignoring case.
    h = withPartyResponse(
      h,
      'r1',
      answered('', () => 2, { party: 'Kommunen' }),
    );
    assert.deepEqual(
      currentRound(h).parties.map((p) => p.party),
      ['Kommunen', 'frivilligheten'],
    );
  });

  it('renames a party in its place among the parties, without a second entry under the new name', () => {
    let h = createHistory(instrument, 'Runde 1', t0);
    for (const [party, rating] of [
      ['NAV', 1],
      ['Bydelen', 3],
      ['Frivilligheten', 5],
    ] as const)
      h = withPartyResponse(
        h,
        'r1',
        answered('', () => rating, { party }),
      );
    const renamed = { ...currentRound(h).parties[0]!, party: 'NAV Drammen' };
    // While the label is typed, the history read also holds the response on screen under its new label, last.
    const read = withPartyResponse(h, 'r1', renamed);
    assert.deepEqual(
      currentRound(withPartyRenamed(read, 'r1', 'NAV', renamed)).parties.map((p) => [p.party, p.answers[s1!.id]!.rating]),
      [
        ['NAV Drammen', 1],
        ['Bydelen', 3],
        ['Frivilligheten', 5],
      ],
    );
    assert.deepEqual(
      currentRound(withPartyRenamed(h, 'r1', 'nobody', { ...renamed, party: 'Innbyggerne' })).parties.map((p) => p.party),
      ['NAV', 'Bydelen', 'Frivilligheten', 'Innbyggerne'],
      'a party that was not there is added last',
    );
  });
});

describe('comparing rounds and parties', () => {
  it('compares two rounds: the fields and statements that moved most come first', () => {
    const before = answered('', () => 3);
    const after = withAnswer(
      answered('', () => 3),
      s2!.id,
      { rating: 5 },
    );
    const c = compareRounds(instrument, before, after);
    assert.deepEqual(c.statements[0], { id: s2!.id, before: 5, after: 10, change: 5 });
    assert.equal(c.statements[1]!.change, 0);
    assert.equal(c.fields[0]!.id, s2!.fieldId);
    assert.ok(c.fields[0]!.change > 0);
    assert.ok(c.overall && c.overall.change > 0);
  });

  it('three parties answering 1, 3 and 5 put that statement first, 2 scale points or more apart', () => {
    const parties = ['kommunen', 'frivilligheten', 'innbyggerne'].map((party, p) =>
      answered('', (i) => (i === 5 ? ([1, 3, 5][p] as Rating) : i === 9 ? ([2, 3, 3][p] as Rating) : 4), { party }),
    );
    const spread = partySpread(instrument, parties);
    assert.deepEqual(spread.parties, ['kommunen', 'frivilligheten', 'innbyggerne']);
    const first = spread.statements[0]!;
    assert.equal(first.id, statements[5]!.id);
    assert.deepEqual(
      first.values.map((v) => v.rating),
      [1, 3, 5],
    );
    assert.equal(first.lowest, 0);
    assert.equal(first.highest, 10);
    assert.equal(first.points, 4);
    assert.equal(first.disagree, true);
    assert.deepEqual(
      disagreements(spread).map((s) => s.id),
      [statements[5]!.id],
    );
    // The rest keep the instrument's order.
    assert.equal(spread.statements[1]!.id, statements[0]!.id);
    const s9 = spread.statements.find((s) => s.id === statements[9]!.id)!;
    assert.equal(s9.points, 1);
    assert.equal(s9.disagree, false);
    assert.equal(widest(spread.fields)!.id, statements[5]!.fieldId);
  });

  it("property: a statement is flagged exactly when two parties' ratings lie 2 or more apart", () => {
    fc.assert(
      fc.property(fc.array(responseArb('p'), { minLength: 1, maxLength: 4 }), (responses) => {
        const parties = responses.map((r, i) => ({ ...r, party: `p${i}` }));
        const spread = partySpread(instrument, parties);
        assert.equal(spread.statements.length, statements.length);
        let seenAgree = false;
        for (const s of spread.statements) {
          const numbers = s.values.flatMap((v) => (typeof v.rating === 'number' ? [v.rating] : []));
          const expected = numbers.length >= 2 && Math.max(...numbers) - Math.min(...numbers) >= 2;
          assert.equal(s.disagree, expected);
          if (!s.disagree) seenAgree = true;
          else assert.equal(seenAgree, false, 'flagged statements come first');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('merging imported files', () => {
  const party = (name: string, rating: Rating, at = t0) => ({
    ...answered('', () => rating, { party: name }),
    createdAt: at.toISOString(),
  });

  it('merges three party files given at once into one round with three parties', () => {
    const files = [party('kommunen', 1), party('frivilligheten', 3), party('innbyggerne', 5)].map((r) => JSON.stringify(r));
    const { history, problems } = mergeImports(files, { instrument });
    assert.deepEqual(problems, []);
    assert.ok(history);
    assert.equal(history.rounds.length, 1);
    assert.deepEqual(
      history.rounds[0]!.parties.map((p) => p.party),
      ['kommunen', 'frivilligheten', 'innbyggerne'],
    );
    assert.ok(parseHistory(history, instrument).ok);
  });

  it('keeps every file that can be read, lists the ones that cannot, and keeps two different answers under one name', () => {
    const a = party('kommunen', 1);
    const b = party('kommunen', 4, t1);
    const { history, problems } = mergeImports([a, '{not json', b, a, { format: 'samson-response@9' }], { instrument });
    assert.deepEqual(
      problems.map((p) => `${p.code} ${formatPath(p.path)}`),
      ['not-json [1]', 'newer-format [4].format'],
    );
    assert.deepEqual(
      history!.rounds[0]!.parties.map((p) => p.party),
      ['kommunen', 'kommunen (2)'],
    );
  });

  it('numbers an unnamed file after the parties there are, with a number no party has', () => {
    let into = createHistory(instrument, 'Runde 1', t0);
    into = withPartyResponse(into, 'r1', party('2', 1));
    into = withPartyResponse(into, 'r1', party('3', 2, t1));
    const unnamed = { ...createResponse(instrument, '', t1) };
    const { history } = mergeImports([JSON.stringify(unnamed)], { instrument, into });
    assert.deepEqual(
      history!.rounds[0]!.parties.map((p) => p.party),
      ['2', '3', '4'],
    );
  });

  it('merges histories from two devices: rounds by label, parties unioned, in the order started', () => {
    let a = createHistory(instrument, 'Runde 1', t0);
    a = withPartyResponse(a, 'r1', party('kommunen', 2));
    a = withAction(a, 'r1', s1!.id, { owner: 'Kari' });
    let b = createHistory(instrument, 'runde 1', t0);
    b = withPartyResponse(b, 'r1', party('frivilligheten', 5));
    b = startNextRound(b, { now: t1 });
    const { history, problems } = mergeImports([a, JSON.stringify(b)], { instrument });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      history!.rounds.map((r) => r.label),
      ['Runde 1', 'runde 2'],
    );
    assert.deepEqual(
      history!.rounds[0]!.parties.map((p) => p.party),
      ['kommunen', 'frivilligheten'],
    );
    assert.deepEqual(history!.rounds[0]!.actions[s1!.id], { owner: 'Kari' });
    assert.ok(parseHistory(history, instrument).ok);
  });

  it('turns responses without a party into rounds when asked, ordered by date', () => {
    const spring = { ...answered('Vår', () => 2), createdAt: t0.toISOString() };
    const autumn = { ...answered('Høst', () => 4), createdAt: t1.toISOString() };
    const { history } = mergeImports([autumn, spring], { instrument, responsesAs: 'rounds' });
    assert.deepEqual(
      history!.rounds.map((r) => r.label),
      ['Vår', 'Høst'],
    );
    assert.deepEqual(
      history!.rounds.map((r) => r.id),
      ['r1', 'r2'],
    );
  });

  it('refuses files of another instrument and returns null when nothing could be read', () => {
    const other = { ...createResponse(instrument), instrument: { id: 'other', version: '1' } };
    const result = mergeImports([other], { instrument });
    assert.equal(result.history, null);
    assert.equal(result.problems[0]!.code, 'other-instrument');
  });

  it("property: merging never loses a party's answers", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), responseArb()), { minLength: 1, maxLength: 5 }), (files) => {
        const inputs = files.map(([name, r], i) => ({
          ...r,
          party: name,
          createdAt: new Date(t0.getTime() + i * 1000).toISOString(),
        }));
        const { history, problems } = mergeImports(inputs, { instrument });
        assert.deepEqual(problems, []);
        const kept = history!.rounds[0]!.parties.map((p) => JSON.stringify(p.answers)).sort();
        assert.deepEqual(kept, inputs.map((r) => JSON.stringify(r.answers)).sort());
      }),
      { numRuns: 40 },
    );
  });
});

assert.equal(HISTORY_FORMAT, 'samson-history@1');
