/**
 * Every mutation of the schema, with no credential, a read key, an admin key and
 * a revoked write key: each is refused before any resolver runs (no statement),
 * UNAUTHENTICATED or FORBIDDEN. Derived from the schema, so a new mutation is
 * covered the day it is added.
 */
import { buildSchema, type GraphQLField } from 'graphql';

import { systemViewer } from '../../src/domain';
import { ApiKeyStore, GraphClient } from '../../src/graph';
import { loadTypeDefs } from '../../src/server/type-defs';
import { startTestApi, type TestApi } from '../support/api';
import { bearer, makeKey } from '../support/keys';

const RUN = `write-scopes-${process.pid}-${Date.now()}`;
const mutations = Object.values(buildSchema(loadTypeDefs()).getMutationType()!.getFields());
const writeMutations = mutations.filter(
  (field) => !field.astNode?.directives?.some((d) => d.name.value === 'requiresScope'),
);

let api: TestApi;
const tokens: Record<'read' | 'admin' | 'revoked', string> = { read: '', admin: '', revoked: '' };

beforeAll(async () => {
  api = await startTestApi({ API_KEY_CACHE_MS: '0' });
  tokens.read = (await makeKey(api.driver, `${RUN} read`, ['read'])).token;
  tokens.admin = (await makeKey(api.driver, `${RUN} admin`, ['admin'])).token;
  const revoked = await makeKey(api.driver, `${RUN} revoked`, ['read', 'write']);
  tokens.revoked = revoked.token;
  const client = new GraphClient(api.driver, { database: process.env['NEO4J_DATABASE'] ?? null, timeoutMs: 30_000 });
  await new ApiKeyStore({ cacheMs: 0 }).revoke(client, revoked.key.id, systemViewer('test').actor);
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $run DETACH DELETE k', { run: RUN });
  await api.stop();
});

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }`: valid, so only the scope check can refuse it. */
function operationOf(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const args = (list: string) => (list ? `(${list})` : '');
  return `mutation${args(declared)} { ${field.name}${args(passed)} { __typename } }`;
}

it('the schema has the write mutations this test guards', () => {
  expect(writeMutations.map((field) => field.name)).toEqual(
    expect.arrayContaining(['addDocument', 'addRelationship', 'updateRelationship', 'retractRelationship']),
  );
});

describe.each(writeMutations.map((field) => [field.name, field] as const))('%s', (_name, field) => {
  const cases = [
    ['no credential', () => ({}), 401, 'UNAUTHENTICATED'],
    ['a read key', () => bearer(tokens.read), 403, 'FORBIDDEN'],
    ['an admin key (admin is not write)', () => bearer(tokens.admin), 403, 'FORBIDDEN'],
    ['a revoked write key', () => bearer(tokens.revoked), 401, 'UNAUTHENTICATED'],
  ] as const;
  it.each(cases)('is refused with %s', async (_what, headers, status, code) => {
    const res = await api.gql(operationOf(field), {}, headers());
    expect(res.status).toBe(status);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.body.extensions?.newsgraph?.cypherStatements ?? 0).toBe(0);
  });
});
