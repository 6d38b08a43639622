// A test-only endpoint whose answer a test sets: PUT /__fixture/<name>?status=500&type=text/csv
// with a body, then GET /__fixture/<name> returns it. Lets browser tests drive loading,
// refresh and failure paths against a real HTTP server on localhost. A form POSTed to
// /__fixture/<name> is stored the same way, so a test can read what a CMS form sent.
const fixtures = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function testServerPlugin() {
  return {
    name: 'test-fixtures',
    async serve(context) {
      if (!context.path.startsWith('/__fixture/')) return undefined;
      const name = context.path.slice('/__fixture/'.length);
      if (context.method === 'POST') {
        fixtures.set(name, { body: await readBody(context.req), status: 200, type: 'text/plain' });
        return { body: '<!doctype html><title>Sent</title><p>Sent.</p>', type: 'text/html' };
      }
      if (context.method === 'PUT') {
        fixtures.set(name, {
          body: await readBody(context.req),
          status: Number(context.query.status ?? 200),
          type: String(context.query.type ?? 'application/json'),
        });
        return { body: 'ok', type: 'text/plain' };
      }
      const fixture = fixtures.get(name);
      if (!fixture) {
        context.status = 404;
        return { body: 'not found', type: 'text/plain' };
      }
      context.status = fixture.status;
      return { body: fixture.body, type: fixture.type };
    },
  };
}
