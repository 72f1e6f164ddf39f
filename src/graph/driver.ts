import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string | null;
  /** How long a failed transaction is retried before the error reaches the caller. */
  retryMs: number;
  /**
   * How long a statement may wait for a pooled connection (default 5 s). Give the
   * statements' deadline (see withDeadline): a wait past it helps no caller.
   */
  acquisitionTimeoutMs?: number;
}

/**
 * One driver per process. Integers come back as JS numbers: ids are strings
 * here and counts stay far below 2^53.
 */
export function createDriver(options: DriverOptions): Driver {
  const auth =
    options.password === null ? neo4j.auth.basic(options.user, '') : neo4j.auth.basic(options.user, options.password);
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5_000,
    // Opening a connection (TCP and Bolt handshake) to a live server takes milliseconds.
    connectionTimeout: 2_000,
    maxTransactionRetryTime: options.retryMs,
    logging: { level: 'error', logger: () => undefined },
  });
}

export type { Driver };
