import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';

import { readQueryExamples } from '../../src/docs/examples';
import { startTestApi, type TestApi } from '../support/api';

const root = path.join(__dirname, '..', '..');
const buildInfo = JSON.parse(readFileSync(path.join(root, 'web', 'dist', 'build-info.json'), 'utf8'));
const assetsOf = (app: string): string[] => buildInfo.apps[app].assets.map((a: { file: string }) => a.file);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

/** A request with the path sent exactly as given (fetch would normalise `..` away). */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(api.server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the playground at GET /graphql', () => {
  it('is served to a browser (Accept: text/html, no query), with the examples of docs/querying.md', async () => {
    const res = await fetch(`${api.server.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    for (const file of assetsOf('playground')) expect(html).toContain(`/assets/${file}`);
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const json = /<script id="newsgraph-examples" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const examples = readQueryExamples(path.join(root, 'docs', 'querying.md'));
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(examples)));
    expect(examples.length).toBeGreaterThan(0);
  });

  it('leaves the API alone: a GET with a query, a JSON Accept, or a POST still reach GraphQL', async () => {
    const get = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    const json = await fetch(`${api.server.url}/graphql`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(json.status).toBe(400);
    expect((await api.gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });
});

describe('the explorer and its assets', () => {
  it('serves /explore as HTML pointing at its hashed assets', async () => {
    const res = await fetch(`${api.server.url}/explore?entity=nayib-bukele`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    for (const file of assetsOf('explorer')) expect(html).toContain(`/assets/${file}`);
  });

  it('serves /review (and /review?draft=…) the same way: its own hashed assets, nothing from a CDN', async () => {
    for (const path of ['/review', '/review/', '/review?draft=draft-0123456789ab']) {
      const res = await fetch(`${api.server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
      const html = await res.text();
      for (const file of assetsOf('review')) expect(html).toContain(`/assets/${file}`);
      expect(html).not.toMatch(/https?:\/\//);
    }
  });

  it('serves each asset with its content type, gzip when asked, and cache headers for ever', async () => {
    for (const file of [...assetsOf('playground'), ...assetsOf('explorer'), ...assetsOf('review')]) {
      const res = await fetch(`${api.server.url}/assets/${file}`); // fetch asks for gzip and inflates
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect((await res.text()).length).toBe(
        readFileSync(path.join(root, 'web', 'dist', 'assets', file), 'utf8').length,
      );
    }
  });

  it('answers 404 naming the path for an unknown asset', async () => {
    const res = await fetch(`${api.server.url}/assets/nope-123.js`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('/assets/nope-123.js');
  });

  it.each([
    '/assets/../package.json',
    '/assets/..%2fpackage.json',
    '/assets/..%2F..%2Fpackage.json',
    '/assets/%2e%2e%2fplayground.html',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..\\package.json',
    '/assets/.%2e/build-info.json',
    '/assets/%00playground.html',
    '/assets//etc/passwd',
    '/assets/%2fetc%2fpasswd',
  ])('never serves a file outside web/dist/assets: %s', async (rawPath) => {
    const { status, body } = await rawGet(rawPath);
    expect([400, 404]).toContain(status);
    expect(body).not.toContain('"name": "newsgraph"');
    expect(body).not.toContain('root:');
    expect(body).not.toContain('<html');
  });
});
