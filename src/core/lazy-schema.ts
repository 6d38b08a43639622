/**
 * Schemas built when they are first used rather than when their module is imported. zod
 * constructs every schema node eagerly (a few microseconds each, a few hundred of them in the
 * core), and the scorecard's first render validates nothing when there is no draft: building
 * them at import was ~10 % of its script time (bench/RESULTS.md, wave 5).
 *
 * {@link lazyObject} returns a real `z.object` — `.parse`, `.safeParse`, `.shape`, `z.infer`,
 * `z.extend` and `instanceof` work as before — whose shape is built on zod's first read of it
 * (the first parse, `.shape`, the JSON Schema build). zod 4 reads a shape lazily itself (that is
 * how getters in `z.object` make recursive schemas work) and copies it once on that first read.
 */
import * as z from './zod.js';

/** A value built on the first call and kept. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * A shape object whose properties are built on first access: a Proxy over the built shape,
 * so every way zod reads a shape (spread, `Reflect.ownKeys`, descriptors, `in`) sees it whole.
 */
function deferredShape<Shape extends object>(build: () => Shape): Shape {
  const shape = once(build);
  return new Proxy({} as Shape, {
    get: (_, key) => Reflect.get(shape(), key),
    has: (_, key) => Reflect.has(shape(), key),
    ownKeys: () => Reflect.ownKeys(shape()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(shape(), key),
  });
}

type LazyObject<Shape extends z.core.$ZodLooseShape> = ReturnType<typeof z.object<Shape>>;

/**
 * `z.object(build())`, with `build` run on the schema's first use instead of now. Refinements
 * go in `checks` (`lazyObject(build, z.refine(…))`), not in `.check(…)`: that copies the
 * definition, and with it reads (builds) the shape at once.
 */
export function lazyObject<Shape extends z.core.$ZodLooseShape>(
  build: () => Shape,
  ...checks: Array<z.core.$ZodCheck<z.output<LazyObject<Shape>>>>
): LazyObject<Shape> {
  if (!checks.length) return z.object(deferredShape(build));
  // What `z.object(shape).check(...checks)` constructs, without the copy.
  return new z.ZodMiniObject({ type: 'object', shape: deferredShape(build), checks }) as unknown as LazyObject<Shape>;
}
