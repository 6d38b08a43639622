// 1,000 responses to the built-in instrument aggregated in the browser with the core's own
// function (aggregateResponses: scoreResponse per response, then the means). Responses are
// generated from a fixed seed, so every run aggregates the same data. Also times validating
// the same 1,000 responses with parseResponse first, as a page loading them from JSON would.
import { samsonNb as instrument } from '../../dist/content/samson/index.js';
import { aggregateResponses } from '../../dist/core/samson/profile.js';
import { parseResponse } from '../../dist/core/samson/response.js';
import { makeResponses } from './responses.js';

const responses = makeResponses(1000);
const json = JSON.stringify(responses);

window.__aggregate = () => {
  const t0 = performance.now();
  const result = aggregateResponses(instrument, responses);
  const t1 = performance.now();
  if (result.respondents !== 1000) throw new Error('aggregation lost responses');
  return t1 - t0;
};

window.__parseAndAggregate = () => {
  const t0 = performance.now();
  const parsed = JSON.parse(json).map((r) => parseResponse(r, instrument));
  if (!parsed.every((p) => p.ok)) throw new Error('a generated response did not validate');
  const result = aggregateResponses(
    instrument,
    parsed.map((p) => p.value),
  );
  const t1 = performance.now();
  if (result.respondents !== 1000) throw new Error('aggregation lost responses');
  return t1 - t0;
};
window.__ready = true;
