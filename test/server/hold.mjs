// Holds the answer to one served file until a test lets it go, so a browser test can act
// while a chunk is still on the network (a slow connection), with no timers:
//   PUT    /__hold?path=/src/x.ts            requests for /src/x.ts wait from now on
//   GET    /__hold?path=/src/x.ts&requested  answers once the page has asked for /src/x.ts
//   DELETE /__hold?path=/src/x.ts            the waiting requests are answered, later ones at once
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
    if (context.method === 'PUT') holdFor(path);
    else if (context.method === 'DELETE') {
      holds.get(path)?.release();
      holds.delete(path);
    } else if (context.query.requested !== undefined) await (holds.get(path)?.asked ?? Promise.resolve());
    context.status = 200;
    context.type = 'text/plain';
    context.body = 'ok';
    return undefined;
  }
  const hold = holds.get(context.path);
  if (hold) {
    hold.requested();
    await hold.released;
  }
  return next();
}
