/**
 * `npm run seed -- [--dir seeds] [--reset]`: validates every graph file of the
 * seeds dir and, only when all are valid, writes them to Neo4j in one
 * transaction. Invalid files: every problem is printed as `file path: message`
 * and the process exits 1 without connecting. Connection from NEO4J_URI
 * (required), NEO4J_USER (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE.
 */
import { resolve } from 'node:path';

import { createDriver } from '../graph/driver';
import type { SeedCounts } from './counts';
import { formatSeedErrors } from './errors';
import { loadSeedGraph, validateSeedDir } from './load';

const USAGE = 'usage: npm run seed -- [--dir <seeds dir>] [--reset]';

interface Args {
  dir: string;
  reset: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { dir: 'seeds', reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--reset') args.reset = true;
    else if (arg === '--dir' && argv[i + 1] !== undefined) args.dir = argv[++i]!;
    else if (arg.startsWith('--dir=')) args.dir = arg.slice('--dir='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else {
      process.stderr.write(`seed: unexpected argument "${arg}"\n${USAGE}\n`);
      process.exit(2);
    }
  }
  return args;
}

function printCounts(counts: SeedCounts, reset: boolean): void {
  const lines = [
    `seeded${reset ? ' (after reset)' : ''}: ${counts.documents} document(s), ${counts.entities} entities, ${counts.relationships} relationships${counts.retractedVersions > 0 ? ` (and ${counts.retractedVersions} retracted version(s))` : ''}, ${counts.sources} relationship sources, ${counts.entitySources} entity sources`,
    `  entities by kind: ${Object.entries(counts.entitiesByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `  relationships by type: ${Object.entries(counts.relationshipsByType)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(args.dir);
  const validation = await validateSeedDir(dir);
  if (!validation.ok) {
    process.stderr.write(
      `seed: ${validation.errors.length} problem(s) in ${dir}; nothing was written\n${formatSeedErrors(validation.errors)}\n`,
    );
    process.exit(1);
  }
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    process.stderr.write(
      'seed: NEO4J_URI is not set; set it to the Bolt URI of the database to seed (e.g. bolt://127.0.0.1:7687)\n',
    );
    process.exit(1);
  }
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? null,
    retryMs: 5_000,
  });
  try {
    const counts = await loadSeedGraph(driver, validation.graph, {
      reset: args.reset,
      database: process.env.NEO4J_DATABASE || undefined,
    });
    printCounts(counts, args.reset);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed: ${(error as Error).message}\n`);
  process.exit(1);
});
