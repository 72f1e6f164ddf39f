import neo4j, { isRetryableError, type Driver, type RecordShape } from 'neo4j-driver';

import { translateDatabaseError } from './database-errors';
import { runWriteTransaction, type WriteTx } from './write-transaction';

export type Params = Record<string, unknown>;

/**
 * JS has one number type; Cypher needs integers for LIMIT, SKIP, ranges and
 * offsets. Whole numbers go as Cypher integers, the rest as floats.
 */
function cypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return (value as unknown[]).map(cypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherValue(v)]));
  }
  return value;
}

export interface GraphClientOptions {
  database: string | null;
  /** Server-side transaction timeout of every statement. */
  timeoutMs: number;
}

/**
 * The only door to Neo4j. Every statement goes through `read` or `write`, so
 * this is where round trips are counted (the N+1 guard and the benchmark read
 * `statements`) and where driver errors become API errors. Made once per
 * request on top of the process-wide driver.
 */
export class GraphClient {
  statements = 0;

  constructor(
    private readonly driver: Driver,
    readonly options: GraphClientOptions,
  ) {}

  /** Runs one read statement (routed to a reader in a cluster). */
  read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.run<R>(cypher, params, neo4j.routing.READ);
  }

  /** Runs one write statement in its own transaction. */
  write<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.run<R>(cypher, params, neo4j.routing.WRITE);
  }

  /** Runs `work` as ONE write transaction (one logical change): see write-transaction.ts. */
  writeTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const count = () => (this.statements += 1);
    return runWriteTransaction(this.driver, { ...this.options, count, toCypher: cypherValue }, work);
  }

  private async run<R extends RecordShape>(cypher: string, params: Params, routing: 'READ' | 'WRITE'): Promise<R[]> {
    this.statements += 1;
    const values = cypherValue(params) as Params;
    try {
      if (routing === neo4j.routing.READ) {
        try {
          return await this.autoCommitRead<R>(cypher, values);
        } catch (error) {
          // A transient failure gets the driver's managed retries (maxTransactionRetryTime) below.
          if (!isRetryableError(error)) throw error;
        }
      }
      const result = await this.driver.executeQuery(cypher, values, {
        routing,
        database: this.options.database ?? undefined,
        transactionConfig: { timeout: this.options.timeoutMs },
      });
      return result.records.map((record) => record.toObject() as R);
    } catch (error) {
      throw translateDatabaseError(error, this.options.timeoutMs);
    }
  }

  /**
   * A read as an auto-commit transaction: RUN + PULL, without the BEGIN and
   * COMMIT of a managed transaction, which (measured, see docs/benchmarks.md)
   * halves Neo4j's CPU per short statement. A single read statement gains
   * nothing from an explicit transaction; the session shares executeQuery's
   * bookmark manager, so causal consistency with the driver's writes is kept.
   */
  private async autoCommitRead<R extends RecordShape>(cypher: string, params: Params): Promise<R[]> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: this.options.database ?? undefined,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(cypher, params, { timeout: this.options.timeoutMs });
      return result.records.map((record) => record.toObject() as R);
    } finally {
      await session.close();
    }
  }
}
