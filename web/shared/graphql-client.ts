/** One GraphQL error as the server sends it: a message and a stable `extensions.code`. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    /** The error's extensions as sent (e.g. `problems` of a refusal, each naming a path). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * POSTs an operation to the API (same origin, /graphql) and returns `data`,
 * or throws the first error with its code. The JSON content type satisfies
 * the server's CSRF prevention; `apollo-require-preflight` says so explicitly.
 * `headers` adds to those (the explorer's write key, for its writes only).
 */
export async function graphql<T>(
  document: string,
  variables: Record<string, unknown> = {},
  endpoint = '/graphql',
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify({ query: document, variables }),
  });
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} without JSON.`, 'BAD_RESPONSE', response.status);
  }
  const first = body.errors?.[0];
  if (first !== undefined) {
    throw new GraphQLRequestError(
      first.message,
      first.extensions?.code ?? 'UNKNOWN',
      response.status,
      first.extensions ?? {},
    );
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`The API answered ${response.status} with no data.`, 'BAD_RESPONSE', response.status);
  }
  return body.data;
}
