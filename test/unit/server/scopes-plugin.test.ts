import { ApolloServer } from '@apollo/server';

import { anonymousViewer, type Scope, type Viewer } from '../../../src/domain/viewer';
import type { GraphQLContext } from '../../../src/graphql/context';
import { scopesPlugin } from '../../../src/server/plugins/scopes';

const typeDefs = `
  enum Scope { READ WRITE ADMIN }
  directive @requiresScope(scope: Scope!) on FIELD_DEFINITION
  type Query { facts: Int  keys: Int @requiresScope(scope: ADMIN) }
  type Mutation { change: Int  rotate: Int @requiresScope(scope: ADMIN) }
`;
let ran: string[] = [];
const field = (name: string) => () => {
  ran.push(name);
  return 1;
};
const server = new ApolloServer<GraphQLContext>({
  typeDefs,
  resolvers: {
    Query: { facts: field('facts'), keys: field('keys') },
    Mutation: { change: field('change'), rotate: field('rotate') },
  },
  plugins: [scopesPlugin()],
});
beforeAll(() => server.start());
afterAll(() => server.stop());

const key = (...scopes: Scope[]): Viewer => ({ actor: { type: 'key', id: 'k', name: 'k' }, scopes: new Set(scopes) });

async function run(query: string, viewer: Viewer) {
  ran = [];
  const response = await server.executeOperation({ query }, { contextValue: { viewer } as GraphQLContext });
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  return {
    status: response.http.status ?? 200,
    challenge: response.http.headers.get('www-authenticate'),
    code: result?.errors?.[0]?.extensions?.['code'],
    ran,
  };
}

describe('scopesPlugin', () => {
  it('needs read for query fields and write for mutation fields by default', async () => {
    expect(await run('{ facts }', key('read'))).toMatchObject({ status: 200, ran: ['facts'] });
    expect(await run('mutation { change }', key('read'))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      challenge: 'Bearer realm="newsgraph", scope="write", error="insufficient_scope"',
      ran: [],
    });
    expect(await run('mutation { change }', key('write'))).toMatchObject({ status: 200, ran: ['change'] });
  });

  it('follows @requiresScope, through fragments and inline fragments, for the whole operation', async () => {
    const query = 'query { facts ...F } fragment F on Query { ... on Query { keys } }';
    expect(await run(query, key('read'))).toMatchObject({ status: 403, ran: [] });
    expect(await run(query, key('read', 'admin'))).toMatchObject({ status: 200, ran: ['facts', 'keys'] });
    expect(await run('mutation { rotate }', key('admin'))).toMatchObject({ status: 200, ran: ['rotate'] });
    expect(await run('mutation { change rotate }', key('admin'))).toMatchObject({ status: 403, ran: [] });
  });

  it('refuses the anonymous reader with 401 and a bare challenge; introspection needs nothing', async () => {
    expect(await run('{ facts }', anonymousViewer([]))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      challenge: 'Bearer realm="newsgraph"',
    });
    expect(await run('{ facts }', anonymousViewer(['read']))).toMatchObject({ status: 200 });
    expect(await run('{ __typename __schema { queryType { name } } }', anonymousViewer([]))).toMatchObject({
      status: 200,
    });
    expect(await run('mutation { change }', anonymousViewer(['read']))).toMatchObject({ status: 401, ran: [] });
  });
});
