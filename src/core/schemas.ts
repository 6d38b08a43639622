/**
 * Every data shape the library exchanges with a page, by the name its JSON Schema gets in
 * `dist/schemas/<name>.schema.json`. The zod schemas are the source; the JSON Schemas are
 * generated from them at build time.
 */
import { instrumentSchema } from './samson/instrument.js';
import { responseSchema } from './samson/response.js';
import { historySchema } from './samson/history.js';
import { samsonResultSchema, scoresSchema } from './samson/scoring.js';
import { planSchema } from './soimpact/plan.js';
import { measurementListSchema } from './soimpact/measurements.js';

export const publishedSchemas = {
  'samson-instrument': instrumentSchema,
  'samson-response': responseSchema,
  'samson-history': historySchema,
  'samson-scores': scoresSchema,
  'samson-result': samsonResultSchema,
  'soimpact-plan': planSchema,
  'soimpact-measurements': measurementListSchema,
} as const;
