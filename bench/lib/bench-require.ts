import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The bench's own package (bench/package.json): its dependencies live in bench/node_modules. */
export const BENCH_DIR = path.resolve(__dirname, '..');

const requireFromBench = createRequire(path.join(BENCH_DIR, 'package.json'));

/**
 * Loads a benchmark-only dependency (the Neo4j GraphQL Library, autocannon…)
 * from bench/node_modules. They are loaded at run time, not imported, so that
 * the product's type-check and lint pass on a machine that never installed
 * them (the product's dependencies stay clean).
 */
export function benchRequire<T>(name: string): T {
  if (!existsSync(path.join(BENCH_DIR, 'node_modules'))) {
    throw new Error(`bench/node_modules is missing: run \`npm --prefix bench ci\` (npm run bench does it for you)`);
  }
  return requireFromBench(name) as T;
}
