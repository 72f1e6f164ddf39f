import neo4j, { isRetryableError, type Driver, type RecordShape, type Session } from 'neo4j-driver';

import { DatabaseUnavailableError } from '../domain/errors';
import { cypherParams } from './cypher/params';
import type { Params } from './cypher/statement';
import { withDeadline } from './deadline';
import { WRITE_TIMEOUT_FLOOR_MS, runWriteTransaction, type WriteTx } from './write-transaction';

export interface GraphClientOptions {
  database: string | null;
  /** Server-side transaction timeout of every statement. */
  timeoutMs: number;
  /** Client-side deadline of every statement (see withDeadline); default timeoutMs + DEADLINE_GRACE_MS. */
  deadlineMs?: number;
}

/** How far past the transaction timeout the client stops waiting for Neo4j. */
// 900 ms: Neo4j's own TIMEOUT, which names the cause, still wins on a loaded machine, within the +1 s promise.
export const DEADLINE_GRACE_MS = 900;

/**
 * The only door to Neo4j. Every statement goes through `read` or `write`, so
 * this is where round trips are counted (the N+1 guard and the benchmark read
 * `statements`) and where driver errors become API errors. Made once per
 * request on top of the process-wide driver.
 */
export class GraphClient {
  statements = 0;
  /** Set when a statement of this request met its deadline: the rest fail fast. */
  private unanswered = false;

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
    // The same client-side deadline as reads, past the write's own (longer) transaction timeout.
    const timeoutMs = Math.max(this.options.timeoutMs, WRITE_TIMEOUT_FLOOR_MS);
    return withDeadline(
      () => runWriteTransaction(this.driver, { ...this.options, count, toCypher: cypherParams }, work),
      { timeoutMs, deadlineMs: timeoutMs + DEADLINE_GRACE_MS },
    );
  }

  private async run<R extends RecordShape>(cypher: string, params: Params, routing: 'READ' | 'WRITE'): Promise<R[]> {
    this.statements += 1;
    if (this.unanswered) throw new DatabaseUnavailableError('it did not answer an earlier statement of this request');
    const values = cypherParams(params);
    let session: Session | null = null;
    const deadline = {
      timeoutMs: this.options.timeoutMs,
      deadlineMs: this.options.deadlineMs ?? this.options.timeoutMs + DEADLINE_GRACE_MS,
    };
    const abandon = async () => {
      this.unanswered = true;
      await session?.close();
    };
    return withDeadline(
      async () => {
        if (routing === neo4j.routing.READ) {
          session = this.readSession();
          try {
            return await this.autoCommitRead<R>(session, cypher, values);
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
      },
      deadline,
      abandon,
    );
  }

  /**
   * A read as an auto-commit transaction: RUN + PULL, without the BEGIN and
   * COMMIT of a managed transaction, which (measured, see docs/benchmarks.md)
   * halves Neo4j's CPU per short statement. A single read statement gains
   * nothing from an explicit transaction; the session shares executeQuery's
   * bookmark manager, so causal consistency with the driver's writes is kept.
   */
  private async autoCommitRead<R extends RecordShape>(session: Session, cypher: string, params: Params): Promise<R[]> {
    try {
      const result = await session.run(cypher, params, { timeout: this.options.timeoutMs });
      return result.records.map((record) => record.toObject() as R);
    } finally {
      await session.close();
    }
  }

  private readSession(): Session {
    return this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: this.options.database ?? undefined,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }
}
