import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for the origins in config only (none by default). Returns true when
 * the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  const permitted = origin !== undefined && (allowed.includes('*') || allowed.includes(origin));
  if (permitted) {
    res.setHeader('access-control-allow-origin', allowed.includes('*') ? '*' : origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method !== 'OPTIONS') return false;
  if (permitted) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      req.headers['access-control-request-headers'] ??
        'authorization, content-type, apollo-require-preflight, x-request-id',
    );
    res.setHeader('access-control-max-age', '600');
  }
  res.statusCode = permitted ? 204 : 403;
  res.end();
  return true;
}
