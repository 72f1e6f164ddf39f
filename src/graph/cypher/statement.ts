/**
 * A Cypher statement and its parameters, as every `…Statement(input)`
 * function of src/graph builds it: pure, so that test/unit/graph/cypher-snapshots
 * can hold the exact text each query shape sends.
 */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}
