import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADVICE_IDS, STEP_IDS, parseStepContent, type StepContent } from '../../src/core/soimpact/steps.js';
import { loadSteps } from '../../src/content/soimpact/steps.js';

const [nb, da, en, nn] = await Promise.all((['nb', 'da', 'en', 'nn'] as const).map((locale) => loadSteps(locale)));

const all: Record<string, StepContent> = { nb, nn, da, en };

for (const [locale, content] of Object.entries(all)) {
  test(`steps.${locale} validates against the schema`, () => {
    const result = parseStepContent(content);
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
    assert.equal(content.locale, locale);
  });

  test(`steps.${locale} has the ten steps and five pieces of advice in order`, () => {
    assert.deepEqual(
      content.steps.map((s) => s.id),
      [...STEP_IDS],
    );
    assert.deepEqual(
      content.steps.map((s) => s.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    assert.deepEqual(
      content.advice.map((a) => a.id),
      [...ADVICE_IDS],
    );
  });

  test(`steps.${locale} has no empty text`, () => {
    for (const step of content.steps) {
      for (const text of [step.title, step.task, ...step.guidance, step.source]) {
        assert.ok(text.trim().length > 0, `${locale} ${step.id}`);
      }
    }
    for (const advice of content.advice) {
      for (const text of [advice.title, advice.text, advice.source]) assert.ok(text.trim().length > 0, `${locale} ${advice.id}`);
    }
  });
}

test('the four locales have the same ids, guidance counts and sources', () => {
  for (const other of [nn, da, en]) {
    assert.deepEqual(
      other.steps.map((s) => [s.id, s.guidance.length, s.source]),
      nb.steps.map((s) => [s.id, s.guidance.length, s.source]),
    );
    assert.deepEqual(
      other.advice.map((a) => [a.id, a.source]),
      nb.advice.map((a) => [a.id, a.source]),
    );
  }
});

test('translations are written, not copied: no step task is identical across locales', () => {
  const copied = nb.steps.filter(
    (s, i) => s.task === da.steps[i]!.task || s.task === en.steps[i]!.task || s.task === nn.steps[i]!.task,
  );
  assert.deepEqual(copied, []);
});

test('a step out of order or with empty guidance is refused', () => {
  const swapped = { ...nb, steps: [nb.steps[1], nb.steps[0], ...nb.steps.slice(2)] };
  assert.equal(parseStepContent(swapped).ok, false);
  const empty = { ...nb, steps: [{ ...nb.steps[0]!, guidance: ['   '] }, ...nb.steps.slice(1)] };
  assert.equal(parseStepContent(empty).ok, false);
  const missing = { ...nb, advice: nb.advice.slice(0, 4) };
  assert.equal(parseStepContent(missing).ok, false);
});

test('no step or advice calls people "users" (brukere/users), in any language', () => {
  for (const [locale, content] of Object.entries(all)) {
    assert.doesNotMatch(
      JSON.stringify(content),
      /\bbruker(e|ne|nes)\b|\bbrukar(ar|ane|anes)\b|\bbruger(e|ne|nes)\b|\busers?\b/i,
      locale,
    );
  }
});
