import type { SeedMerge } from '../../domain/model';
import { relationshipProjection } from '../mapping';
import type { Statement } from '../cypher/statement';

/**
 * The statements of merges, splits and "not the same" judgements. A merge
 * leaves the absorbed entity in place (with `mergedInto`, `mergedAt`,
 * `mergeId`) so that reads with an earlier `knownAt` still meet it at the end
 * of its retracted relationship versions; what the merge changed is kept on
 * an `EntityMerge` node (JSON), which no read of the graph walks to.
 */

/** Current relationship versions that name `id`: as an end, or as whom a quote is credited to. */
export function relationshipsNamingStatement(id: string): Statement {
  return {
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.retractedAt IS NULL AND (a.id = $id OR b.id = $id OR $id IN coalesce(r.sourceAttributedTo, []))
RETURN ${relationshipProjection('r')} AS rel
ORDER BY rel.props.id`,
    params: { id },
  };
}

/** Marks the absorbed entity merged; its stored fields stay as they were, for reads of the past. */
export function markMergedStatement(absorbId: string, keepId: string, mergeId: string, at: string): Statement {
  return {
    cypher: `MATCH (e:Entity {id: $absorbId})
SET e.mergedInto = $keepId, e.mergedAt = $at, e.mergeId = $mergeId
RETURN e.id AS id`,
    params: { absorbId, keepId, mergeId, at },
  };
}

/** Makes the absorbed entity an entity of its own again (only while it is still this merge's). */
export function unmarkMergedStatement(absorbId: string, mergeId: string): Statement {
  return {
    cypher: `MATCH (e:Entity {id: $absorbId}) WHERE e.mergeId = $mergeId
REMOVE e.mergedInto, e.mergedAt, e.mergeId
RETURN e.id AS id`,
    params: { absorbId, mergeId },
  };
}

/** The stored record of one merge, as `EntityMerge` properties: the seed format's, before any split. */
export type MergeRecordProps = Omit<SeedMerge, 'split'>;

export function createMergeRecordStatement(record: MergeRecordProps): Statement {
  return {
    cypher: `CREATE (m:EntityMerge)
SET m = $record
RETURN m.id AS id`,
    params: { record: { ...record } },
  };
}

/** Takes the merge record's write lock (two splits of one merge: the second waits, then finds it split). */
export function lockMergeRecordStatement(id: string): Statement {
  return {
    cypher: `MATCH (m:EntityMerge {id: $id})
SET m._lock = true
REMOVE m._lock
RETURN properties(m) AS merge`,
    params: { id },
  };
}

/** Merge records by id (the API's EntityMerge answers). */
export function mergeRecordsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (m:EntityMerge {id: id})
RETURN properties(m) AS merge`,
    params: { ids: [...ids] },
  };
}

/** The merges into each kept entity, newest first (merges are few: a label scan, no index needed). */
export function mergesIntoStatement(keepIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $keepIds AS keepId
MATCH (m:EntityMerge {keepId: keepId})
WITH keepId, m ORDER BY m.at DESC, m.id
RETURN keepId, collect(properties(m)) AS merges`,
    params: { keepIds: [...keepIds] },
  };
}

export function markSplitStatement(id: string, at: string, by: string, reason: string): Statement {
  return {
    cypher: `MATCH (m:EntityMerge {id: $id}) WHERE m.splitAt IS NULL
SET m.splitAt = $at, m.splitBy = $by, m.splitReason = $reason
RETURN properties(m) AS merge`,
    params: { id, at, by, reason },
  };
}

/** A pair judged "not the same", under its sorted key (so either order finds it). */
export function notSameStatement(pair: string): Statement {
  return {
    cypher: `MATCH (j:NotSameJudgement {pair: $pair}) RETURN properties(j) AS judgement`,
    params: { pair },
  };
}

export function createNotSameStatement(judgement: {
  pair: string;
  a: string;
  b: string;
  at: string;
  by: string;
  reason: string;
}): Statement {
  return {
    cypher: `CREATE (j:NotSameJudgement)
SET j = $judgement
RETURN properties(j) AS judgement`,
    params: { judgement: { ...judgement } },
  };
}
