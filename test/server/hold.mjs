// Holds the answer to one served file until a test lets it go, so a browser test can act
// while a chunk is still on the network (a slow connection), with no timers:
//   PUT    /__hold?path=/src/x.ts            requests for /src/x.ts wait from now on
//   GET    /__hold?path=/src/x.ts&requested  answers once the page has asked for /src/x.ts
//   DELETE /__hold?path=/src/x.ts            the waiting requests are answered, later ones at once
//   DELETE /__hold?path=/src/x.ts&fail       the waiting requests fail (503, a dropped connection), later ones are answered
// Only the files listed here can be held: they are never cached, or a test file's page would
// take the copy an earlier test file's page fetched and never ask for it. Two test files run at
// once: each file holds a file of its own.
const HOLDABLE = new Set([
  '/src/elements/samson-scorecard/party-chunk.ts',
  '/src/elements/samson-scorecard/result-templates.ts',
  '/src/elements/samson-scorecard/presenter-chunk.ts',
  // The parties chunk's controller: held, it keeps the chunk (held by another file) on its way.
  '/src/elements/samson-scorecard/party-controller.ts',
]);
const holds = new Map();

function holdFor(path) {
  let hold = holds.get(path);
  if (!hold) {
    let release;
    let requested;
    hold = {
      released: new Promise((resolve) => (release = resolve)),
      asked: new Promise((resolve) => (requested = resolve)),
    };
    hold.release = release;
    hold.requested = requested;
    holds.set(path, hold);
  }
  return hold;
}

export async function holdMiddleware(context, next) {
  if (context.path === '/__hold') {
    const path = String(context.query.path ?? '');
    context.type = 'text/plain';
    if (!HOLDABLE.has(path)) {
      context.status = 400;
      context.body = `${path} is not in HOLDABLE (test/server/hold.mjs)`;
      return undefined;
    }
    if (context.method === 'PUT') holdFor(path);
    else if (context.method === 'DELETE') {
      holds.get(path)?.release(context.query.fail !== undefined);
      holds.delete(path);
    } else if (context.query.requested !== undefined) await (holds.get(path)?.asked ?? Promise.resolve());
    context.status = 200;
    context.body = 'ok';
    return undefined;
  }
  if (!HOLDABLE.has(context.path)) return next();
  const hold = holds.get(context.path);
  if (hold) {
    hold.requested();
    if (await hold.released) {
      context.status = 503;
      context.set('Cache-Control', 'no-store');
      context.body = 'held, then failed (test/server/hold.mjs)';
      return undefined;
    }
  }
  await next();
  context.set('Cache-Control', 'no-store');
  context.remove('ETag');
  context.remove('Last-Modified');
  // The test runner's cache middleware (outside this one) marks every file cacheable for a year
  // once it is served; for these files that header is refused.
  const set = context.response.set.bind(context.response);
  context.response.set = (field, value) => (String(field).toLowerCase() === 'cache-control' ? undefined : set(field, value));
  return undefined;
}
