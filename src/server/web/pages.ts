import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

import type { QueryExample } from '../../docs/examples';

/**
 * What the pages may load: their own scripts and styles, inline style
 * attributes (GraphiQL's layout), data: fonts and images, and /graphql on the
 * same origin. No `frame-ancestors`: the explorer is meant to be embedded.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const EXAMPLES_MARK = '<!--newsgraph:examples-->';

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The HTML pages of web/dist (their assets are named by content hash, so the
 * pages themselves are never cached). The playground page gets the examples
 * of docs/querying.md, parsed once at start, written into it as JSON.
 */
export class Pages {
  constructor(
    private readonly distDir: string,
    private readonly examples: readonly QueryExample[],
  ) {}

  servePlayground(req: IncomingMessage, res: ServerResponse): void {
    this.send(req, res, 'playground.html', (html) =>
      html.replace(
        EXAMPLES_MARK,
        `<script id="newsgraph-examples" type="application/json">${scriptJson(this.examples)}</script>`,
      ),
    );
  }

  serveExplorer(req: IncomingMessage, res: ServerResponse): void {
    this.send(req, res, 'explore.html', (html) => html);
  }

  serveReview(req: IncomingMessage, res: ServerResponse): void {
    this.send(req, res, 'review.html', (html) => html);
  }

  private send(req: IncomingMessage, res: ServerResponse, page: string, fill: (html: string) => string): void {
    const path = join(this.distDir, page);
    res.setHeader('cache-control', 'no-cache');
    if (!existsSync(path)) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`${page} is not built: run npm run build:web (npm start builds it).\n`);
      return;
    }
    const body = Buffer.from(fill(readFileSync(path, 'utf8')));
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', body.length);
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
