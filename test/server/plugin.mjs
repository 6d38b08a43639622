// A test-only endpoint whose answer a test sets: PUT /__fixture/<name>?status=500&type=text/csv
// with a body, then GET /__fixture/<name> returns it (404 until set). Lets browser tests drive
// loading, refresh and failure paths against a real HTTP server on localhost. A form POSTed
// to /__fixture/<name> is stored the same way, so a test can read what a CMS form sent.
// It is a middleware, not a plugin, so that the status a test asks for is the one sent.
const fixtures = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function testFixtureMiddleware(context, next) {
  if (!context.path.startsWith('/__fixture/')) return next();
  const name = context.path.slice('/__fixture/'.length);
  if (context.method === 'POST') {
    fixtures.set(name, { body: await readBody(context.req), status: 200, type: 'text/plain' });
    context.status = 200;
    context.type = 'text/html';
    context.body = '<!doctype html><title>Sent</title><p>Sent.</p>';
    return undefined;
  }
  if (context.method === 'PUT') {
    fixtures.set(name, {
      body: await readBody(context.req),
      status: Number(context.query.status ?? 200),
      type: String(context.query.type ?? 'application/json'),
    });
    context.status = 200;
    context.type = 'text/plain';
    context.body = 'ok';
    return undefined;
  }
  const fixture = fixtures.get(name);
  context.status = fixture?.status ?? 404;
  context.type = fixture?.type ?? 'text/plain';
  context.body = fixture?.body ?? 'not found';
  return undefined;
}
