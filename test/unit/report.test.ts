import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createResponse, parseResponse, withAnswer, withWeight } from '../../src/core/samson/response.js';
import { actionPlan, answeredIn, exportFileName, missingAnswers, nextLabel, nextRound } from '../../src/core/samson/report.js';
import { samsonNb } from '../../src/content/samson/index.js';

const fields = samsonNb.fields;
const at = new Date('2026-03-01T10:00:00.000Z');

describe('action plan', () => {
  it('lists every idea under its field, in the instrument order, with the statement number', () => {
    let response = createResponse(samsonNb, 'Time 1', at);
    response = withAnswer(response, fields[3]!.statements[2]!.id, { idea: 'Invitere rådmannen', rating: 2 });
    response = withAnswer(response, fields[0]!.statements[1]!.id, { idea: 'Møtes på biblioteket' });
    response = withAnswer(response, fields[0]!.statements[0]!.id, { rating: 5 });
    response = withAnswer(response, fields[0]!.statements[4]!.id, { idea: '   ' });
    const plan = actionPlan(samsonNb, response);
    assert.deepEqual(
      plan.map((g) => [g.field.id, g.items.map((i) => [i.number, i.idea, i.rating])]),
      [
        [fields[0]!.id, [[2, 'Møtes på biblioteket', undefined]]],
        [fields[3]!.id, [[3, 'Invitere rådmannen', 2]]],
      ],
    );
  });

  it('keeps markup-looking text exactly as typed', () => {
    const idea = '<img src=x onerror=alert(1)>';
    const response = withAnswer(createResponse(samsonNb), fields[1]!.statements[0]!.id, { idea });
    assert.equal(actionPlan(samsonNb, response)[0]!.items[0]!.idea, idea);
  });
});

describe('what is missing', () => {
  it('names unweighted values and unanswered statements; "not relevant" counts as answered', () => {
    let response = withWeight(createResponse(samsonNb), samsonNb.values[0]!.id, 4);
    for (const s of fields[0]!.statements) response = withAnswer(response, s.id, { rating: 'not-relevant' });
    response = withAnswer(response, fields[1]!.statements[0]!.id, { rating: 3 });
    const missing = missingAnswers(samsonNb, response);
    assert.equal(missing.complete, false);
    assert.deepEqual(
      missing.values.map((v) => v.id),
      samsonNb.values.slice(1).map((v) => v.id),
    );
    assert.deepEqual(missing.fields[0]!.field.id, fields[1]!.id);
    assert.equal(missing.fields[0]!.index, 1);
    assert.equal(missing.fields[0]!.unanswered.length, fields[1]!.statements.length - 1);
    assert.equal(missing.fields.length, fields.length - 1);
    assert.equal(answeredIn(fields[0]!, response), fields[0]!.statements.length);
    assert.equal(answeredIn(fields[1]!, response), 1);
  });

  it('is complete when every value is weighted and every statement answered', () => {
    let response = createResponse(samsonNb);
    for (const v of samsonNb.values) response = withWeight(response, v.id, 3);
    for (const f of fields) for (const s of f.statements) response = withAnswer(response, s.id, { rating: 2 });
    assert.deepEqual(missingAnswers(samsonNb, response), { values: [], fields: [], complete: true });
  });
});

describe('a new round', () => {
  it('counts the label up and keeps a label without a number', () => {
    assert.equal(nextLabel('Time 1'), 'Time 2');
    assert.equal(nextLabel('Runde 9'), 'Runde 10');
    assert.equal(nextLabel('Frivilligsentralen'), 'Frivilligsentralen');
    assert.equal(nextLabel(''), '');
  });

  it('keeps the weights, drops answers, ideas and completion, and takes new dates', () => {
    let previous = createResponse(samsonNb, 'Time 1', at);
    previous = withWeight(previous, samsonNb.values[1]!.id, 5, at);
    previous = withAnswer(previous, fields[0]!.statements[0]!.id, { rating: 4, idea: 'Felles møteplan' }, at);
    previous = { ...previous, completedAt: at.toISOString() };
    const now = new Date('2026-09-01T08:00:00.000Z');
    const round = nextRound(previous, samsonNb, now);
    assert.equal(round.label, 'Time 2');
    assert.deepEqual(round.weights, { [samsonNb.values[1]!.id]: 5 });
    assert.deepEqual(round.answers, {});
    assert.equal(round.completedAt, undefined);
    assert.equal(round.createdAt, now.toISOString());
    assert.equal(round.updatedAt, now.toISOString());
    assert.equal(parseResponse(round, samsonNb).ok, true);
  });
});

describe('export file name', () => {
  it('is the instrument id, the label as ASCII and the date', () => {
    const response = createResponse(samsonNb, 'Øvre Årdal – Time 1!', at);
    assert.equal(exportFileName(response, at), 'samson-ovre-ardal-time-1-2026-03-01.json');
    assert.equal(exportFileName(createResponse(samsonNb, '', at), at), 'samson-2026-03-01.json');
  });

  it('never holds characters a file system refuses', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (label) => {
        const name = exportFileName(createResponse(samsonNb, label, at), at);
        assert.match(name, /^[a-z0-9-]+\.json$/);
        assert.ok(name.length <= 100);
      }),
    );
  });
});
