/**
 * Builds the browser apps (web/playground, web/explorer, web/review) into web/dist with
 * esbuild: minified bundles named by content hash under web/dist/assets, and
 * one HTML page per app pointing at them. Nothing is loaded from a CDN.
 *   npm run build:web            build and print the bundle sizes
 *   npm run build:web -- --if-stale   build only when the sources changed
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

import { build, type Metafile } from 'esbuild';

const ROOT = join(__dirname, '..');
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const ASSETS = join(DIST, 'assets');
const BUILD_INFO = join(DIST, 'build-info.json');

/** Each app: its entry and the HTML template whose `{{css}}` / `{{js}}` become the hashed asset paths. */
const APPS = [
  {
    name: 'playground',
    entry: 'web/playground/main.tsx',
    template: 'web/playground/index.html',
    page: 'playground.html',
  },
  { name: 'explorer', entry: 'web/explorer/main.ts', template: 'web/explorer/index.html', page: 'explore.html' },
  { name: 'review', entry: 'web/review/main.ts', template: 'web/review/index.html', page: 'review.html' },
] as const;

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface WebBuildInfo {
  /** Hash of every input that can change the output (see `sourceFingerprint`). */
  fingerprint: string;
  builtAt: string;
  apps: Record<string, { page: string; assets: AssetSize[] }>;
}

function filesUnder(dir: string, skip: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (skip(path)) return [];
    return entry.isDirectory() ? filesUnder(path, skip) : [path];
  });
}

/** Web sources, the vetted operations the pages bundle, the domain's vocabulary the review page bundles, the lockfile (library versions) and this script. */
export function sourceFingerprint(): string {
  const inputs = [
    ...filesUnder(WEB, (path) => path === DIST),
    ...filesUnder(join(ROOT, 'operations'), (path) => !statSync(path).isDirectory() && !path.endsWith('.graphql')),
    ...filesUnder(join(ROOT, 'src', 'domain'), (path) => !statSync(path).isDirectory() && !path.endsWith('.ts')),
    join(ROOT, 'package-lock.json'),
    __filename,
  ].sort();
  const hash = createHash('sha256');
  for (const file of inputs) {
    hash.update(relative(ROOT, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function readBuildInfo(): WebBuildInfo | null {
  if (!existsSync(BUILD_INFO)) return null;
  try {
    return JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as WebBuildInfo;
  } catch {
    return null;
  }
}

/** Outputs of one entry: its JS and the CSS esbuild split from it. */
function outputsOf(metafile: Metafile, entry: string): string[] {
  const out: string[] = [];
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint === entry && file.endsWith('.js')) {
      out.push(file);
      if (output.cssBundle) out.push(output.cssBundle);
    }
  }
  return out;
}

export async function buildWeb(): Promise<WebBuildInfo> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(ASSETS, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: APPS.map((app) => ({ in: app.entry, out: app.name })),
    outdir: ASSETS,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    platform: 'browser',
    jsx: 'automatic',
    loader: { '.graphql': 'text', '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const info: WebBuildInfo = { fingerprint: sourceFingerprint(), builtAt: new Date().toISOString(), apps: {} };
  for (const app of APPS) {
    const files = outputsOf(result.metafile, app.entry);
    const js = files.find((f) => f.endsWith('.js'));
    const css = files.find((f) => f.endsWith('.css'));
    if (js === undefined) throw new Error(`esbuild produced no JavaScript for ${app.entry}`);
    const href = (file: string) => `/assets/${basename(file)}`;
    const html = readFileSync(join(ROOT, app.template), 'utf8')
      .replace('{{js}}', href(js))
      .replace('{{css}}', css === undefined ? '' : href(css));
    writeFileSync(join(DIST, app.page), html);
    info.apps[app.name] = {
      page: app.page,
      assets: files.map((file) => {
        const bytes = readFileSync(join(ROOT, file));
        return { file: basename(file), bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
      }),
    };
  }
  writeFileSync(BUILD_INFO, `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

/** Builds web/dist when it is missing or older than its sources; cheap when it is fresh. */
export async function ensureWebBuilt(): Promise<WebBuildInfo> {
  const current = readBuildInfo();
  if (current !== null && current.fingerprint === sourceFingerprint()) return current;
  return buildWeb();
}

export function formatSizes(info: WebBuildInfo): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return Object.entries(info.apps)
    .map(([name, app]) => {
      const total = app.assets.reduce(
        (sum, a) => ({ bytes: sum.bytes + a.bytes, gzipBytes: sum.gzipBytes + a.gzipBytes }),
        { bytes: 0, gzipBytes: 0 },
      );
      const lines = app.assets.map(
        (a) => `  ${a.file.padEnd(34)} ${kb(a.bytes).padStart(11)}  gzip ${kb(a.gzipBytes).padStart(10)}`,
      );
      return [`${name} (${app.page}): ${kb(total.bytes)}, gzip ${kb(total.gzipBytes)}`, ...lines].join('\n');
    })
    .join('\n');
}

if (require.main === module) {
  const ifStale = process.argv.includes('--if-stale');
  const started = Date.now();
  (ifStale ? ensureWebBuilt() : buildWeb())
    .then((info) => {
      process.stdout.write(`web/dist (${Date.now() - started} ms)\n${formatSizes(info)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`build:web failed: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
