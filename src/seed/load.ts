import type { SeedGraph } from '../domain';
import type { Driver } from '../graph/driver';
import { hasEntities, seedClient, writeSeedGraph } from '../graph/writes';
import { countSeedGraph, type SeedCounts } from './counts';
import { SeedValidationError } from './errors';
import { readSeedDir } from './read-seed-dir';
import { validateSeed, type SeedValidation } from './validate';

export interface LoadOptions {
  /** Empty the database first (same transaction as the write). */
  reset?: boolean;
  database?: string;
}

/** Reads and validates a seeds dir; touches no database. */
export async function validateSeedDir(dir: string): Promise<SeedValidation> {
  return validateSeed(await readSeedDir(dir));
}

/** Writes an already validated graph (one transaction, MERGE on ids) and returns what it holds. */
export async function loadSeedGraph(driver: Driver, graph: SeedGraph, options: LoadOptions = {}): Promise<SeedCounts> {
  await writeSeedGraph(seedClient(driver, options.database), graph, { reset: options.reset ?? false });
  return countSeedGraph(graph);
}

/**
 * Validates every file of a seeds dir, then writes them all. When any file is
 * invalid, throws a SeedValidationError listing every problem and writes nothing.
 */
export async function loadSeedDir(driver: Driver, dir: string, options: LoadOptions = {}): Promise<SeedCounts> {
  const validation = await validateSeedDir(dir);
  if (!validation.ok) throw new SeedValidationError(validation.errors);
  return loadSeedGraph(driver, validation.graph, options);
}

/**
 * What the server runs at start-up: seeds `dir` only when the database holds
 * no `:Entity` node. Returns the counts written, or null when it was not empty.
 */
export async function seedIfEmpty(
  driver: Driver,
  dir: string,
  options: { database?: string } = {},
): Promise<SeedCounts | null> {
  if (await hasEntities(seedClient(driver, options.database))) return null;
  return loadSeedDir(driver, dir, { database: options.database });
}
