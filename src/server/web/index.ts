import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

import { readQueryExamples } from '../../docs/examples';
import { repoRoot } from '../../repo-root';
import { AssetServer } from './assets';
import { Pages } from './pages';

export interface WebOptions {
  /** Built pages and assets; default web/dist. */
  distDir?: string;
  /** The examples the playground preloads; default docs/querying.md. */
  examplesFile?: string;
}

/**
 * A browser's GET of /graphql: it asks for HTML and carries no operation.
 * Anything else at /graphql (a query string, a JSON Accept, a POST) is the API.
 */
export function wantsPlayground(req: IncomingMessage, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.searchParams.has('query') || url.searchParams.has('extensions')) return false;
  return String(req.headers.accept ?? '').includes('text/html');
}

/**
 * The browser side of the server: the playground at GET /graphql (for a
 * browser), the explorer at /explore, the review page at /review, and their
 * assets at /assets/*. Returns
 * a handler that answers and returns true for the requests it owns.
 */
export function createWebRoutes(options: WebOptions = {}) {
  const root = repoRoot();
  const distDir = options.distDir ?? join(root, 'web', 'dist');
  const examplesFile = options.examplesFile ?? join(root, 'docs', 'querying.md');
  const pages = new Pages(distDir, existsSync(examplesFile) ? readQueryExamples(examplesFile) : []);
  const assets = new AssetServer(join(distDir, 'assets'));

  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (url.pathname === '/graphql' && wantsPlayground(req, url)) {
      pages.servePlayground(req, res);
      return true;
    }
    if (!read) return false;
    if (url.pathname === '/explore' || url.pathname === '/explore/') {
      pages.serveExplorer(req, res);
      return true;
    }
    if (url.pathname === '/review' || url.pathname === '/review/') {
      pages.serveReview(req, res);
      return true;
    }
    if (url.pathname.startsWith('/assets/')) {
      // The raw path, before URL normalisation could hide a `..`.
      const raw = (req.url ?? '').split('?')[0]!;
      assets.serve(req, res, url.pathname, raw.startsWith('/assets/') ? raw.slice('/assets/'.length) : '');
      return true;
    }
    return false;
  };
}
