import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';

import type { Params, Statement } from './cypher/statement';
import { translateDatabaseError } from './database-errors';

/** What the transaction needs of the client (passed in: the client imports this module). */
export interface WriteTxOptions {
  database: string | null;
  timeoutMs: number;
  /** Counts one round trip. */
  count: () => void;
  /** Parameters as Cypher wants them (whole numbers as integers). */
  toCypher: (params: Params) => Params;
}

/** What a write function sees of its transaction: statements in, rows out. */
export interface WriteTx {
  run<R extends RecordShape = RecordShape>(statement: Statement): Promise<R[]>;
}

/**
 * A change's transaction runs at least this long before it is stopped: a
 * lookup by relationship id plans a union over every type (seconds on a cold
 * plan cache, see warm-up.ts), and a valid change must not fail for that.
 */
export const WRITE_TIMEOUT_FLOOR_MS = 30_000;

/**
 * One logical change as one managed write transaction: every statement of
 * `work` commits together or not at all, so a refusal thrown half-way (a
 * NewsgraphError: BAD_USER_INPUT, CONFLICT, …) leaves the database as it was.
 * The driver retries `work` from the start on a transient error (a deadlock
 * between two writers, a leader switch), which is why `work` must read what
 * it checks inside the transaction rather than before it. Each statement
 * counts as a round trip; driver errors become API errors.
 */
export async function runWriteTransaction<T>(
  driver: Driver,
  options: WriteTxOptions,
  work: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    database: options.database ?? undefined,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(
      (tx) =>
        work({
          async run<R extends RecordShape>({ cypher, params }: Statement): Promise<R[]> {
            options.count();
            const result = await tx.run(cypher, options.toCypher(params));
            return result.records.map((record) => record.toObject() as R);
          },
        }),
      { timeout: Math.max(options.timeoutMs, WRITE_TIMEOUT_FLOOR_MS) },
    );
  } catch (error) {
    throw translateDatabaseError(error, Math.max(options.timeoutMs, WRITE_TIMEOUT_FLOOR_MS));
  } finally {
    await session.close();
  }
}
