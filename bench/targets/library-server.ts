/**
 * The Neo4j GraphQL Library target: @neo4j/graphql over the same database,
 * type definitions from library-type-defs.ts, served by Apollo Server's
 * standalone HTTP server as the library's documentation sets it up. A child
 * process of the runner; prints BENCH_TARGET_READY once listening. Each
 * response carries `extensions.statementsTotal`, the Cypher statements sent
 * so far (see counting.ts).
 */
import type * as Neo4j from 'neo4j-driver';

import { benchRequire } from '../lib/bench-require';
import { StatementCounter } from './counting';
import { requiredEnv } from './http';
import { libraryTypeDefs } from './library-type-defs';

interface Neo4jGraphQLModule {
  Neo4jGraphQL: new (options: { typeDefs: string; driver: unknown }) => { getSchema(): Promise<unknown> };
}
interface ApolloModule {
  ApolloServer: new (options: Record<string, unknown>) => unknown;
}
interface StandaloneModule {
  startStandaloneServer(server: unknown, options: { listen: { port: number; host: string } }): Promise<{ url: string }>;
}

async function main(): Promise<void> {
  const neo4j = benchRequire<typeof Neo4j>('neo4j-driver');
  const { Neo4jGraphQL } = benchRequire<Neo4jGraphQLModule>('@neo4j/graphql');
  const { ApolloServer } = benchRequire<ApolloModule>('@apollo/server');
  const { startStandaloneServer } = benchRequire<StandaloneModule>('@apollo/server/standalone');

  const counter = new StatementCounter();
  const password = process.env['NEO4J_PASSWORD'] ?? '';
  const driver = counter.wrapDriver(
    neo4j.driver(requiredEnv('NEO4J_URI'), neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', password), {
      logging: { level: 'error', logger: () => undefined },
    }),
  );
  const schema = await new Neo4jGraphQL({ typeDefs: libraryTypeDefs(), driver }).getSchema();
  const statementsPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({
          response,
        }: {
          response: { body: { kind: string; singleResult?: { extensions?: Record<string, unknown> } } };
        }) {
          const single = response.body.singleResult;
          if (response.body.kind === 'single' && single) {
            single.extensions = { ...single.extensions, statementsTotal: counter.total };
          }
        },
      };
    },
  };
  const server = new ApolloServer({ schema, plugins: [statementsPlugin] });
  await startStandaloneServer(server, { listen: { port: Number(requiredEnv('PORT')), host: '127.0.0.1' } });
  console.log('BENCH_TARGET_READY');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
