// The schemas are built on first use, not at import (issue 17: the scorecard's first render
// validates nothing without a draft, and building every schema was ~10 % of its script time),
// and a lazily built schema behaves as the eager one did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { types } from 'node:util';
import * as z from '../../src/core/zod.js';
import { lazyObject } from '../../src/core/lazy-schema.js';
import * as core from '../../src/core/index.js';
import { samsonNb } from '../../src/content/samson/index.js';

/**
 * Whether an object schema's shape has been built: zod (4.6) keeps the shape it was given behind
 * an accessor (`get.raw`) until its first read; a lazy one is lazyObject's Proxy until then.
 */
const shapeRead = (schema: z.ZodMiniType): boolean => {
  const def = (schema as unknown as { _zod: { def: object } })._zod.def;
  const get = Object.getOwnPropertyDescriptor(def, 'shape')?.get as { raw?: unknown } | undefined;
  return !(get && types.isProxy(get.raw));
};

// Runs first: nothing else in this file (or in what it imports) has used a schema yet.
test('importing the core builds none of the object schemas', () => {
  const objects = Object.entries(core).filter(
    ([name, value]) => name.endsWith('Schema') && value instanceof z.ZodMiniObject,
  ) as Array<[string, z.ZodMiniObject]>;
  assert.ok(objects.length >= 30, `${objects.length} object schemas exported`);
  assert.deepEqual(
    objects.filter(([, schema]) => shapeRead(schema)).map(([name]) => name),
    [],
  );
  // The built-in instrument is the library's own checked content: not run through zod at load.
  assert.equal(shapeRead(core.instrumentSchema), false);
  assert.ok(samsonNb.fields.length > 0);
});

test('a lazy object is built once, on first use, and parses like z.object', () => {
  let builds = 0;
  const lazy = lazyObject(() => {
    builds++;
    return { id: z.string(), n: z.optional(z.int()), inner: z.object({ x: z.string().check(z.maxLength(3)) }) };
  });
  const eager = z.object({ id: z.string(), n: z.optional(z.int()), inner: z.object({ x: z.string().check(z.maxLength(3)) }) });
  assert.equal(builds, 0);
  assert.ok(lazy instanceof z.ZodMiniObject);
  for (const input of [{ id: 'a', inner: { x: 'b' }, extra: 1 }, { id: 'a', inner: { x: 'bcde' } }, { id: 1 }, null]) {
    assert.deepEqual(lazy.safeParse(input), eager.safeParse(input));
  }
  assert.equal(builds, 1);
  assert.deepEqual(Object.keys(lazy.shape), ['id', 'n', 'inner']);
  assert.equal(lazy.shape.id, lazy.shape.id);
  assert.deepEqual(z.toJSONSchema(lazy), z.toJSONSchema(eager));
  const extended = z.extend(lazy, { more: z.string() });
  assert.deepEqual(extended.parse({ id: 'a', inner: { x: '1' }, more: 'm' }), { id: 'a', inner: { x: '1' }, more: 'm' });
  const refined = lazy.check(z.refine((value) => value.id !== 'no'));
  assert.equal(refined.safeParse({ id: 'no', inner: { x: '' } }).success, false);
  assert.equal(builds, 1);
});

test('a lazy object with checks refines like z.object(…).check(…), still unbuilt until used', () => {
  let builds = 0;
  const refine = z.refine<{ from: number; to: number }>((value) => value.from <= value.to, { message: 'from after to' });
  const lazy = lazyObject(() => {
    builds++;
    return { from: z.number(), to: z.number() };
  }, refine);
  const eager = z.object({ from: z.number(), to: z.number() }).check(refine);
  assert.equal(builds, 0);
  assert.equal(shapeRead(lazy), false);
  for (const input of [{ from: 1, to: 2 }, { from: 3, to: 2 }, { from: 'a' }]) {
    assert.deepEqual(lazy.safeParse(input), eager.safeParse(input));
  }
  assert.equal(builds, 1);
  assert.deepEqual(z.toJSONSchema(lazy), z.toJSONSchema(eager));
});

test('the published schemas parse what they parsed when built eagerly', () => {
  const response = core.createResponse(samsonNb, 'Runde 1', new Date('2026-01-01T00:00:00Z'));
  assert.deepEqual(core.responseSchema.parse(response), response);
  assert.equal(core.parseInstrument(samsonNb).ok, true);
  assert.equal(core.responseSchema.safeParse({ ...response, label: 'x'.repeat(201) }).success, false);
  assert.ok(shapeRead(core.responseSchema));
});
