import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';

import type { GraphQLContext } from '../../graphql/context';
import type { GraphQLHttpParts } from '../persisted';
import { readBody } from './read-body';

const MAX_BODY_BYTES = 1_000_000;

/** Hands one HTTP request to Apollo (GraphQL over HTTP: GET for queries, POST, content negotiation). */
export async function handleGraphQL(
  apollo: ApolloServer<GraphQLContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<GraphQLContext>,
  /** Checks or rewrites the operation before Apollo sees it (the persisted-operations allow-list). */
  prepare: (parts: GraphQLHttpParts) => GraphQLHttpParts = (parts) => parts,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const { search, body } = prepare({
    method,
    search: url.search,
    body: method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : undefined,
  });
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search, body },
    context,
  });
  // Answers are live graph data for one caller: no shared cache may keep them.
  res.setHeader('cache-control', 'no-store');
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
