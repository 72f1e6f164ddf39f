/**
 * `npm run export -- --out DIR [--current-only]`: writes the whole graph of
 * NEO4J_URI to DIR in the seed format (articles/ and graph/), which
 * `npm run seed -- --dir DIR --reset` loads back into the same graph.
 * Streams: pages of entities and relationships by id, each written before
 * the next is read. DIR must be empty or absent, so that no stale file of an
 * earlier export is mixed in. Prints counts, time and peak memory.
 */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createDriver, GraphClient } from '../graph';
import { exportSeedDir } from './export/write-seed-dir';

const USAGE = 'usage: npm run export -- --out <dir> [--current-only]';

function fail(message: string, code = 1): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(code);
}

async function isEmptyOrAbsent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { out: { type: 'string' }, 'current-only': { type: 'boolean', default: false } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (!values.out) fail(`--out is required\n${USAGE}`, 2);
  const out = resolve(values.out);
  if (!(await isEmptyOrAbsent(out))) fail(`${out} is not empty; export into an empty or new directory`);
  const uri = process.env.NEO4J_URI;
  if (!uri) fail('NEO4J_URI is not set; set it to the Bolt URI of the database to export (e.g. bolt://127.0.0.1:7687)');
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? null,
    retryMs: 5_000,
  });
  const started = process.hrtime.bigint();
  try {
    const client = new GraphClient(driver, { database: process.env.NEO4J_DATABASE || null, timeoutMs: 120_000 });
    const counts = await exportSeedDir(client, out, { currentOnly: values['current-only'] });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(
      `exported${values['current-only'] ? ' (current facts only)' : ''} to ${out}: ${counts.documents} document(s), ${counts.entities} entities, ${counts.relationships} relationships in ${counts.files} files; ${seconds.toFixed(1)} s, peak RSS ${peakMb} MB\n`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => fail((error as Error).message));
