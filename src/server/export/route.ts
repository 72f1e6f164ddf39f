import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

import { NewsgraphError } from '../../domain/errors';
import type { GraphQLContext } from '../../graphql/context';
import { sendJson } from '../http/send';
import { exportGraph } from './answer';
import { EXPORT_FORMATS } from './formats';
import { EXPORT_OPERATIONS } from './operations';
import { parseExportRequest } from './parameters';

/** HTTP status of an export refused with this code (the body carries the code itself). */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  LIMIT_EXCEEDED: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TIMEOUT: 504,
  DATABASE_UNAVAILABLE: 503,
  METHOD_NOT_ALLOWED: 405,
};

function sendErrors(res: ServerResponse, errors: readonly GraphQLFormattedError[]): void {
  const code = errors[0]?.extensions?.['code'];
  const status = (typeof code === 'string' ? STATUS[code] : undefined) ?? 500;
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { errors });
}

/**
 * `GET /export/<neighbourhood|path|paths|connections|entities>?format=…&…`:
 * runs the matching export operation through the server's own Apollo, with
 * the request's context, so limits, errors, timeouts and the viewer are those
 * of /graphql; then writes the answer in the format asked for, as a download.
 */
export async function handleExport(
  apollo: ApolloServer<GraphQLContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<GraphQLContext>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendErrors(res, [
      { message: `Exports are downloaded with GET, got ${req.method}.`, extensions: { code: 'METHOD_NOT_ALLOWED' } },
    ]);
  }
  let request;
  try {
    request = parseExportRequest(url.pathname.slice('/export/'.length), url.searchParams, [...EXPORT_FORMATS.keys()]);
  } catch (error) {
    if (!(error instanceof NewsgraphError)) throw error;
    return sendErrors(res, [{ message: error.message, extensions: { code: error.code, ...error.details } }]);
  }
  const response = await apollo.executeOperation(
    { query: EXPORT_OPERATIONS[request.kind], variables: request.variables },
    { contextValue: await context() },
  );
  if (response.body.kind !== 'single') throw new Error('An export operation answered incrementally.');
  const { data, errors } = response.body.singleResult;
  if (errors?.length || !data) {
    return sendErrors(res, errors ?? [{ message: 'No answer.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  }
  const format = EXPORT_FORMATS.get(request.format)!;
  const body = format.write(exportGraph(request.kind, data, request.query), request.title);
  res.statusCode = 200;
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-type', format.contentType);
  res.setHeader('content-disposition', `attachment; filename="${request.title}.${format.extension}"`);
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
