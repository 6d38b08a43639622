// The built-in content is JSON. The lazily loaded languages are validated by their schemas when
// they load; the bokmål copies in the entry are not (that would cost the first render zod's
// time), so this checks that they pass the same schemas, and come out the same as validated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { samsonNb } from '../../src/content/samson/index.js';
import { instrumentFromWords } from '../../src/content/samson/structure.js';
import { soimpactStepsNb } from '../../src/content/soimpact/steps.js';
import { planFromParts } from '../../src/content/soimpact/assemble.js';
import { parseStepContent } from '../../src/core/soimpact/steps.js';
import { LOCALES } from '../../src/i18n/locale.js';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('built-in content (JSON)', () => {
  it('the bokmål instrument in the entry passes the instrument schema unchanged', () => {
    const checked = instrumentFromWords(json('src/content/samson/nb.json'));
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.problems));
    assert.deepEqual(checked.value, samsonNb);
  });

  it('the bokmål steps in the entry pass the steps schema unchanged', () => {
    const checked = parseStepContent(json('src/content/soimpact/steps.nb.json'));
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.problems));
    assert.deepEqual(checked.value, soimpactStepsNb);
  });

  it('every language file of every kind exists for every locale in lit-localize.json and passes its schema', () => {
    for (const locale of LOCALES) {
      const samson = instrumentFromWords(json(`src/content/samson/${locale}.json`));
      assert.ok(samson.ok, `samson ${locale}`);
      assert.equal(samson.value.locale, locale);
      assert.ok(parseStepContent(json(`src/content/soimpact/steps.${locale}.json`)).ok, `steps ${locale}`);
      for (const id of ['boost-refugee', 'job-course']) {
        const plan = planFromParts(
          json(`src/content/soimpact/${id}.structure.json`),
          json(`src/content/soimpact/${id}.${locale}.json`),
        );
        assert.ok(plan.ok, `${id} ${locale}`);
      }
    }
    const files = readdirSync('src/content/soimpact').filter((name) => name.endsWith('.json'));
    assert.equal(files.length, 3 * LOCALES.length + 2, files.join());
  });

  it('a translation cannot change a demo plan’s numbers: they come from the one structure file', () => {
    const structure = json('src/content/soimpact/job-course.structure.json');
    const words = json('src/content/soimpact/job-course.en.json') as { indicators: Record<string, object> };
    const indicators = { ...words.indicators, participants: { name: 'Participants', target: { value: 1 } } };
    const plan = planFromParts(structure, { ...words, indicators });
    assert.ok(plan.ok);
    const participants = plan.value.indicators.find((indicator) => indicator.id === 'participants')!;
    assert.equal(participants.name, 'Participants');
    assert.equal(participants.target!.value, 120);
    const missing = planFromParts(structure, { ...words, title: '' });
    assert.ok(!missing.ok);
    assert.deepEqual(missing.problems[0]!.path, ['title']);
  });
});
