// Writes the SoImpact demo plans as the files a page would point `src` at:
// dist/demo-data/<plan>.<locale>.json (the plan) and .csv (its measurements).
import { mkdirSync, writeFileSync } from 'node:fs';
import { DEMO_PLAN_IDS, loadDemoPlan } from '../src/content/soimpact/index.js';
import { measurementsToCsv } from '../src/core/soimpact/csv.js';
import { LOCALES } from '../src/i18n/locale.js';
import { samsonNb } from '../src/content/samson/index.js';
import { twoRoundHistory } from '../src/content/samson/two-rounds.js';

mkdirSync('dist/demo-data', { recursive: true });
for (const id of DEMO_PLAN_IDS) {
  for (const locale of LOCALES) {
    const plan = await loadDemoPlan(id, locale);
    writeFileSync(`dist/demo-data/${id}.${locale}.json`, `${JSON.stringify(plan, null, 2)}\n`);
    writeFileSync(`dist/demo-data/${id}.${locale}.csv`, measurementsToCsv(plan));
  }
}
// A collaboration that went round the SAMSON cycle twice (samson-history@1), for the demo's rounds section.
writeFileSync('dist/demo-data/samson-two-rounds.json', `${JSON.stringify(twoRoundHistory(samsonNb), null, 2)}\n`);
console.log(`dist/demo-data: ${DEMO_PLAN_IDS.length} demo plans × ${LOCALES.length} languages, samson-two-rounds.json`);
