// Responses to the built-in bokmål SAMSON generated from a fixed seed (mulberry32), so every
// run works on the same data: ~90 % of statements answered (some "not relevant"), ~10 % with
// an idea, ~90 % of the values weighted.
import { samsonNb as instrument } from '../../dist/content/samson/index.js';

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeResponses(n, seed = 7) {
  const next = random(seed);
  const stamp = '2026-01-01T00:00:00.000Z';
  const responses = [];
  for (let i = 0; i < n; i++) {
    const weights = {};
    for (const value of instrument.values) if (next() < 0.9) weights[value.id] = 1 + Math.floor(next() * 5);
    const answers = {};
    for (const field of instrument.fields) {
      for (const statement of field.statements) {
        const r = next();
        if (r < 0.1) continue;
        const answer = { rating: r < 0.15 ? 'not-relevant' : 1 + Math.floor(next() * 5) };
        if (next() < 0.1) answer.idea = 'Et forslag til tiltak';
        answers[statement.id] = answer;
      }
    }
    responses.push({
      format: 'samson-response@1',
      instrument: { id: instrument.id, version: instrument.version },
      label: `Deltaker ${i + 1}`,
      createdAt: stamp,
      updatedAt: stamp,
      weights,
      answers,
    });
  }
  return responses;
}
