/**
 * `npm run bench:generate -- [--entities 100000] [--relationships 1000000] [--seed 1] [--reset]
 *   [--data-dir .data/bench] [--heap 2g] [--pagecache 2g] [--dry-run]`
 *
 * Writes the deterministic synthetic news graph (bench/lib/dataset.ts) into
 * NEO4J_URI, or into the project's local Neo4j under --data-dir when
 * NEO4J_URI is unset (reuse it with `npm run bench -- --data-dir …`), after
 * the migrations, and prints the load rate. --dry-run writes nothing and
 * prints the degree distribution instead.
 */
import { parseArgs } from 'node:util';

import { SyntheticNewsGraph, type DatasetSpec } from './lib/dataset';
import { openDatabase } from './lib/database';
import { loadDataset } from './lib/load-dataset';

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} expects a non-negative integer, got '${value}'`);
  return n;
}

function degreeReport(spec: DatasetSpec): void {
  const graph = new SyntheticNewsGraph(spec);
  const degree = new Map<string, number>();
  for (const { row } of graph.relationships()) {
    degree.set(row.from, (degree.get(row.from) ?? 0) + 1);
    degree.set(row.to, (degree.get(row.to) ?? 0) + 1);
  }
  const sorted = [...degree.entries()].sort((a, b) => b[1] - a[1]);
  const values = sorted.map(([, d]) => d).reverse();
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
  console.log(`entities with a relationship: ${degree.size} of ${spec.entities}`);
  console.log(`degree median ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${values.at(-1)}`);
  console.log(`entities with >= 1000 relationships: ${values.filter((d) => d >= 1000).length}`);
  console.log(
    `top 10: ${sorted
      .slice(0, 10)
      .map(([id, d]) => `${id} ${d}`)
      .join(', ')}`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string' },
      relationships: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: '.data/bench' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '2g' },
      'dry-run': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const spec: DatasetSpec = {
    entities: integer(values.entities, 'entities', 100_000),
    relationships: integer(values.relationships, 'relationships', 1_000_000),
    seed: integer(values.seed, 'seed', 1),
  };
  if (values['dry-run']) return degreeReport(spec);
  const log = (line: string) => console.log(line);
  const db = await openDatabase({ dataDir: values['data-dir'], heap: values.heap, pageCache: values.pagecache, log });
  try {
    const report = await loadDataset(db.driver, spec, { reset: values.reset, log });
    if (!report.reused) {
      console.log(
        `loaded ${report.entities} entities (${report.entitiesPerSecond}/s) and ${report.relationships} relationships (${report.relationshipsPerSecond}/s) into ${db.description}`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:generate: ${(error as Error).message}`);
  process.exit(1);
});
