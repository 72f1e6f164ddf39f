import pino from 'pino';

import { GraphClient } from '../../src/graph';
import { startTestApi, type TestApi } from '../support/api';
import { FixtureGraph } from '../support/fixture-graph';

let api: TestApi;
const f = new FixtureGraph('apilim');
beforeAll(async () => {
  api = await startTestApi({ MAX_QUERY_DEPTH: '7', MAX_QUERY_COST: '5000', MAX_ALIASES: '3', MAX_TOKENS: '200' });
  await f.write(api.driver);
  // An entity whose stored kind is not one the schema knows: resolving it is an internal error.
  await api.driver.executeQuery(`CREATE (:Entity {id: $id, kind: 'Bogus', name: 'broken', aliases: []})`, {
    id: f.id('broken'),
  });
});
afterAll(async () => {
  await f.remove(api.driver);
  await api.stop();
});

const codeOf = (res: any) => res.body.errors?.[0]?.extensions?.code;

describe('limits refuse abusive operations before they reach Neo4j, naming the limit', () => {
  it('maxQueryDepth', async () => {
    const res = await api.gql(
      `{ entity(id: "nayib-bukele") { relationships { edges { other { relationships { edges { other { id } } } } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({
      message: 'Query depth 8 exceeds the limit maxQueryDepth = 7.',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxQueryDepth', value: 7 },
    });
    expect(res.body.extensions.newsgraph.cypherStatements).toBe(0);
  });

  it('maxQueryCost, with list sizes multiplying', async () => {
    const res = await api.gql(
      `{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { id } } } } } } }`,
    );
    expect(codeOf(res)).toBe('LIMIT_EXCEEDED');
    expect(res.body.errors![0]!.message).toMatch(/^Estimated query cost \d+ exceeds the limit maxQueryCost = 5000/);
    const small = await api.gql(
      `{ entities(first: 5) { edges { node { relationships(first: 5) { edges { node { id } } } } } } }`,
    );
    expect(small.body.errors).toBeUndefined();
  });

  it('maxQueryCost counts page sizes given as variables', async () => {
    const q = `query($n: Int) { entities(first: $n) { edges { node { relationships(first: $n) { edges { node { id } } } } } } }`;
    expect(codeOf(await api.gql(q, { n: 90 }))).toBe('LIMIT_EXCEEDED');
    expect((await api.gql(q, { n: 3 })).body.errors).toBeUndefined();
  });

  it('maxAliases', async () => {
    const res = await api.gql(
      `{ a: stats { entityCount } b: stats { entityCount } c: stats { entityCount } d: stats { entityCount } }`,
    );
    expect(res.body.errors![0]).toMatchObject({
      message: 'The query uses 4 aliases; the limit maxAliases = 3.',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxAliases' },
    });
  });

  it('maxTokens', async () => {
    const res = await api.gql(`{ ${Array.from({ length: 250 }, () => '__typename').join(' ')} }`);
    expect(res.body.errors![0]).toMatchObject({
      message: 'The query has more than 200 tokens; the limit maxTokens = 200.',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxTokens', value: 200 },
    });
  });

  it('maxPageSize and fan-out', async () => {
    expect(codeOf(await api.gql(`{ entities(first: 101) { totalCount } }`))).toBe('LIMIT_EXCEEDED');
    const fan = await api.gql(`{ neighbourhood(id: "nayib-bukele", fanOut: 100000) { truncated } }`);
    expect(fan.body.errors![0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxFanOut' } });
  });
});

describe('errors', () => {
  it('mask what is unexpected: a generic message and code, no stack, no internals', async () => {
    const res = await api.gql(`query { entity(id: "${f.id('broken')}") { id name } }`);
    expect(res.body.errors).toHaveLength(1);
    const error = res.body.errors![0]!;
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.message).toMatch(/^Internal server error/);
    expect(JSON.stringify(res.body)).not.toMatch(/Bogus|stack|\.ts:/);
  });

  it('log what they mask with the request id, so the response can be traced', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const traced = await startTestApi({}, logger);
    try {
      const res = await traced.gql(`{ entity(id: "${f.id('broken')}") { id } }`, undefined, {
        'x-request-id': 'trace-me-42',
      });
      expect(res.body.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unexpected error (masked in the response)');
      expect(logged).toMatchObject({ requestId: 'trace-me-42', level: 50 });
      expect(JSON.stringify(logged)).toMatch(/Bogus/);
    } finally {
      await traced.stop();
    }
  });

  it('report an unknown field as a validation error naming it', async () => {
    const res = await api.gql(`{ entity(id: "x") { shoeSize } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(res.body.errors![0]!.message).toMatch(/shoeSize/);
  });

  it('report a malformed scalar argument as bad input naming the value', async () => {
    const res = await api.gql(`{ entities(filter: { activeIn: { from: "April 2025" } }) { totalCount } }`);
    expect(res.body.errors![0]!.message).toMatch(/April 2025/);
  });

  it('turn a transaction that outlives the timeout into TIMEOUT with the limit', async () => {
    const client = new GraphClient(api.driver, { database: null, timeoutMs: 200 });
    await expect(
      client.read('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS n'),
    ).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringMatching(/transaction timeout of 200 ms/),
    });
  });
});
