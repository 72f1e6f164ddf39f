import { randomBytes } from 'node:crypto';

import { startTestApi, type TestApi } from '../support/api';

/**
 * Malformed and hostile requests: each gets a coded 4xx (or a coded GraphQL error),
 * never a 5xx, a stack trace or a driver message, and the server keeps serving.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.stop());

const JSON_TYPE = { 'content-type': 'application/json' };
const body = (value: unknown) => JSON.stringify(value);
const CASES: Array<[string, RequestInit]> = [
  ['broken JSON', { method: 'POST', headers: JSON_TYPE, body: '{"query": "{ stats { entityCount } }"' }],
  ['empty JSON body', { method: 'POST', headers: JSON_TYPE, body: '' }],
  ['no content type', { method: 'POST', body: body({ query: '{ __typename }' }) }],
  ['text/plain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }],
  [
    'form encoding',
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=x' },
  ],
  ['query is a number', { method: 'POST', headers: JSON_TYPE, body: body({ query: 42 }) }],
  ['query is an object', { method: 'POST', headers: JSON_TYPE, body: body({ query: { a: 1 } }) }],
  ['body is a string', { method: 'POST', headers: JSON_TYPE, body: body('{ __typename }') }],
  ['body is null', { method: 'POST', headers: JSON_TYPE, body: 'null' }],
  [
    'variables is a string',
    { method: 'POST', headers: JSON_TYPE, body: body({ query: '{ __typename }', variables: 'x' }) },
  ],
  [
    'variables is an array',
    { method: 'POST', headers: JSON_TYPE, body: body({ query: '{ __typename }', variables: [1] }) },
  ],
  [
    'variable of the wrong type',
    {
      method: 'POST',
      headers: JSON_TYPE,
      body: body({ query: 'query($id: ID!) { entity(id: $id) { id } }', variables: { id: { $gt: '' } } }),
    },
  ],
  ['a 1 MB token', { method: 'POST', headers: JSON_TYPE, body: body({ query: `{ ${'a'.repeat(999_000)} }` }) }],
  ['over 1 MB', { method: 'POST', headers: JSON_TYPE, body: body({ query: `{ ${'a'.repeat(1_100_000)} }` }) }],
  [
    'fragment cycle',
    {
      method: 'POST',
      headers: JSON_TYPE,
      body: body({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    },
  ],
  [
    'batched array',
    { method: 'POST', headers: JSON_TYPE, body: body([{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
  ],
  ['random bytes', { method: 'POST', headers: JSON_TYPE, body: randomBytes(4096) }],
  ['random bytes, no type', { method: 'POST', body: randomBytes(4096) }],
  [
    'huge variables',
    {
      method: 'POST',
      headers: JSON_TYPE,
      body: body({ query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: 'x'.repeat(900_000) } }),
    },
  ],
  [
    'deeply nested variables',
    {
      method: 'POST',
      headers: JSON_TYPE,
      body: `{"query":"query($a: [ID]) { __typename }","variables":{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    },
  ],
  [
    'a wide array variable',
    {
      method: 'POST',
      headers: JSON_TYPE,
      body: `{"query":"query($a: [ID]) { x }","variables":{"a":[${'0,'.repeat(400_000)}0]}}`,
    },
  ],
  [
    'unknown operation name',
    { method: 'POST', headers: JSON_TYPE, body: body({ query: 'query A { __typename }', operationName: 'B' }) },
  ],
  [
    'operation name is a number',
    { method: 'POST', headers: JSON_TYPE, body: body({ query: '{ __typename }', operationName: 7 }) },
  ],
  ['GET with a mutation-like query', { method: 'GET' }],
  ['PUT', { method: 'PUT', headers: JSON_TYPE, body: body({ query: '{ __typename }' }) }],
];

describe('bad input gets a coded 4xx, never a 5xx, a stack trace or a driver message', () => {
  it.each(CASES)('%s', async (_name, init) => {
    const url = init.method === 'GET' ? `${api.url}?query=${encodeURIComponent('mutation { x }')}` : api.url;
    const res = await fetch(url, { ...init, headers: { 'apollo-require-preflight': '1', ...init.headers } });
    const text = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(text).not.toMatch(
      /stacktrace|\bat .+\.(ts|js):\d+|node_modules|neo4j-driver|Neo4jError|INTERNAL_SERVER_ERROR/,
    );
    const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(parsed.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  });

  it('keeps serving afterwards', async () => {
    expect((await api.gql('{ stats { entityCount } }')).body.data.stats.entityCount).toBeGreaterThan(0);
  });
});
