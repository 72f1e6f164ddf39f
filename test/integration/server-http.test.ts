import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('HTTP surface', () => {
  it('GET /health answers while the process lives', async () => {
    const res = await fetch(`${api.server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready answers 200 when Neo4j answers a query', async () => {
    const res = await fetch(`${api.server.url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers { __typename } over POST with the statement count in extensions and a request id header', async () => {
    const res = await api.gql('{ __typename }', undefined, { 'x-request-id': 'test-req-1' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ __typename: 'Query' });
    expect(res.body.extensions.newsgraph.cypherStatements).toBe(0);
    expect(res.headers.get('x-request-id')).toBe('test-req-1');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a query over GET (GraphQL over HTTP) when a preflight header is present', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('answers an unknown path with 404 naming the API path', async () => {
    const missing = await fetch(`${api.server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Nothing at /nope. The API is at /graphql.' });
  });

  it('answers malformed JSON with 400 and a message naming the problem, not a stack trace', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].message).toMatch(/^Request body is not valid JSON/);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const res = await api.gql('{ entity(id: ');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('sends CORS headers only for configured origins', async () => {
    const res = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const other = await startTestApi({ CORS_ORIGINS: 'https://dash.example' });
    try {
      const ok = await fetch(other.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://dash.example', 'access-control-request-method': 'POST' },
      });
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    } finally {
      await other.stop();
    }
  });
});
