import type { GraphClient } from '../../src/graph';

/** What a GraphQL target (newsgraph or the library) is sent for one query. */
export interface GraphQLShape<V> {
  query: string;
  variables(vars: V, cursor: string | null): Record<string, unknown>;
  /** A comparable summary of the answer (ids, counts), to check that the targets agree. */
  fingerprint(data: any): unknown;
  /** For paginated queries: the cursor after the page in `data`. */
  cursor?(data: any): string | null;
}

/** The same logical query as one hand-written Cypher statement, run by the raw target. */
export interface CypherShape<V> {
  cypher: string;
  params(vars: V, cursor: string | null): Record<string, unknown>;
  fingerprint(rows: any[]): unknown;
  cursor?(rows: any[]): string | null;
}

export interface BenchQuery<V = any> {
  name: string;
  /** One line for the report. */
  description: string;
  /** Shared: all three targets; otherwise newsgraph against raw Cypher only. */
  shared: boolean;
  /** Changes the graph: newsgraph is sent a write key, raw Cypher runs in a write transaction. */
  write?: boolean;
  /** Pages walked (with each target's own cursors) before the measured page; 0 = first page. */
  pagesBefore: number;
  /** Deterministic variable sets drawn from the loaded dataset, cycled through by the load. */
  sample(client: GraphClient, count: number, seed: number): Promise<V[]>;
  newsgraph: GraphQLShape<V>;
  library: GraphQLShape<V> | null;
  raw: CypherShape<V>;
}

/** Rows as the raw target returns them: plain objects, integers as numbers. */
export type Row = Record<string, any>;
