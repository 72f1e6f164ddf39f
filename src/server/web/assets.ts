import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

import { sendJson } from '../http/send';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Built assets are flat files named `<name>-<hash>.<ext>`: nothing else is ever looked up. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

interface CachedAsset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

/**
 * Serves web/dist/assets. Names carry a content hash, so responses are
 * cacheable forever and each file is read (and gzipped) once. A name that is
 * not a plain file name in that folder — `..`, a slash, an encoded slash, a
 * NUL — is a 404 like any unknown asset: nothing outside the folder is read.
 */
export class AssetServer {
  private readonly cache = new Map<string, CachedAsset>();
  private readonly root: string;

  constructor(assetsDir: string) {
    this.root = resolve(assetsDir);
  }

  serve(req: IncomingMessage, res: ServerResponse, urlPath: string, encodedName: string): void {
    let name: string;
    try {
      name = decodeURIComponent(encodedName);
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      return sendJson(res, 400, { error: `Malformed asset path ${urlPath}.` });
    }
    const asset = this.lookup(name);
    if (asset === null) {
      return sendJson(res, 404, {
        error: `No asset at ${urlPath}. Assets are the files of web/dist/assets (npm run build:web).`,
      });
    }
    const gzip = asset.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzip! : asset.body;
    res.statusCode = 200;
    res.setHeader('content-type', asset.type);
    res.setHeader('content-length', body.length);
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('vary', 'accept-encoding');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private lookup(name: string): CachedAsset | null {
    if (!ASSET_NAME.test(name)) return null;
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const path = join(this.root, name);
    if (!path.startsWith(this.root + sep) || !existsSync(path)) return null;
    const body = readFileSync(path);
    const type = CONTENT_TYPES[extname(name)] ?? 'application/octet-stream';
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
    const asset = { body, gzip: compressible ? gzipSync(body) : null, type };
    this.cache.set(name, asset);
    return asset;
  }
}
