// Writes dist/schemas/<name>.schema.json from the zod schemas (the single source of truth).
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from '../src/core/zod.js';
import { publishedSchemas } from '../src/core/schemas.js';

mkdirSync('dist/schemas', { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas)) {
  const jsonSchema = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
    $id: `samskaping-elements/schemas/${name}.schema.json`,
    title: name,
  };
  writeFileSync(`dist/schemas/${name}.schema.json`, `${JSON.stringify(jsonSchema, null, 2)}\n`);
}
console.log(`dist/schemas: ${Object.keys(publishedSchemas).length} JSON Schemas`);
