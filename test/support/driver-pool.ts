import type { Driver } from '../../src/graph';

export interface PoolCounts {
  /** Connections lent to a session (in use, or held by a session waiting on a hung server). */
  active: number;
  /** Connections resting in the pool. */
  idle: number;
}

/**
 * The driver's connection pool, read from its internals (neo4j-driver has no public
 * pool metrics): the freeze test needs to see that abandoned sessions give their
 * connections back. Throws if the internals moved, rather than reading zeros.
 */
export function poolCounts(driver: Driver): PoolCounts {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: PoolInternals } })._connectionProvider
    ?._connectionPool;
  if (!pool?._activeResourceCounts || !pool._pools) throw new Error('neo4j-driver pool internals not found');
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    active: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((idle) => idle.length)),
  };
}

interface PoolInternals {
  _activeResourceCounts: Record<string, number>;
  _pools: Record<string, { length: number }>;
}
