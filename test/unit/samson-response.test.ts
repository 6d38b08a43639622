import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPath } from '../../src/core/problems.js';
import { describeProblem } from '../../src/i18n/problems.js';
import { createResponse, parseResponse, withAnswer, RESPONSE_FORMAT } from '../../src/core/samson/response.js';
import { samsonNb } from '../../src/content/samson/index.js';

const firstId = samsonNb.fields[0]!.statements[0]!.id;

describe('response parsing', () => {
  it('round-trips a response through JSON', () => {
    const response = withAnswer(createResponse(samsonNb, 'Runde 1'), firstId, { rating: 4, idea: 'Møtes på biblioteket' });
    const result = parseResponse(JSON.stringify(response), samsonNb);
    assert.deepEqual(result, { ok: true, value: response });
  });

  it('drops unknown properties instead of refusing the file', () => {
    const response = { ...createResponse(samsonNb), comment: 'from a later version' };
    const result = parseResponse(response);
    assert.equal(result.ok, true);
    assert.equal(result.ok && 'comment' in result.value, false);
  });

  it('lists every problem with its path', () => {
    const response = createResponse(samsonNb) as any;
    response.answers = { [firstId]: { rating: 7 }, 'Bad Id': { rating: 2 } };
    response.weights = { apenhet: 0 };
    response.createdAt = 'yesterday';
    const result = parseResponse(response);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const paths = result.problems.map((p) => formatPath(p.path));
    assert.ok(paths.includes(`answers.${firstId}.rating`), paths.join());
    assert.ok(paths.includes('weights.apenhet'), paths.join());
    assert.ok(paths.includes('createdAt'), paths.join());
    assert.ok(
      paths.some((p) => p.startsWith('answers')),
      paths.join(),
    );
  });

  it('says a value of the wrong type is of the wrong type, and only an absent one is missing', () => {
    const response = createResponse(samsonNb) as any;
    response.label = 2026;
    response.weights = { apenhet: '3' };
    delete response.createdAt;
    const result = parseResponse(response);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const codes = Object.fromEntries(result.problems.map((p) => [formatPath(p.path), p.code]));
    assert.deepEqual(codes, { label: 'wrong-type', 'weights.apenhet': 'wrong-type', createdAt: 'missing' });
    assert.equal(describeProblem(result.problems.find((p) => p.code === 'wrong-type')!), 'label: Skal være tekst.');
  });

  it('refuses a newer format with a message that says so', () => {
    const result = parseResponse({ ...createResponse(samsonNb), format: 'samson-response@2' });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.problems[0]!.code, 'newer-format');
    assert.match(describeProblem(result.problems[0]!), /nyere versjon/);
  });

  it('refuses a file of another kind and text that is not JSON', () => {
    const other = parseResponse({ format: 'soimpact-plan@1' });
    assert.equal(!other.ok && other.problems[0]!.code, 'unknown-format');
    const notJson = parseResponse('{ "format": ');
    assert.equal(!notJson.ok && notJson.problems[0]!.code, 'not-json');
  });

  it('refuses answers to another instrument', () => {
    const response = { ...createResponse(samsonNb), instrument: { id: 'annet-skjema', version: '1' } };
    const result = parseResponse(response, samsonNb);
    assert.equal(!result.ok && result.problems[0]!.code, 'other-instrument');
  });

  it('keeps the format constant that the schema publishes', () => {
    assert.equal(createResponse(samsonNb).format, RESPONSE_FORMAT);
  });

  it('clears an answer completely when both rating and idea are removed', () => {
    let response = withAnswer(createResponse(samsonNb), firstId, { rating: 3, idea: 'x' });
    response = withAnswer(response, firstId, { rating: undefined, idea: '' });
    assert.deepEqual(response.answers, {});
  });
});
