import { RELATIONSHIP_TYPES, assertRelationshipType } from '../../domain/relationship-kinds';
import { relationshipProjection } from '../mapping';
import type { Statement } from '../cypher/statement';
import type { RelationshipWriteRow } from './seed-rows';

/**
 * `CALL (…) { MATCH … UNION ALL … }` with one branch per allow-listed type, so
 * that a lookup by relationship id is a seek on that type's id index rather
 * than a scan of every relationship. `match` is the branch body for `r`.
 */
function byIdBranches(bind: string, match: (type: string) => string): string {
  const branches = RELATIONSHIP_TYPES.map((type) => `  ${match(assertRelationshipType(type))}`);
  return `CALL (${bind}) {\n${branches.join('\n  UNION ALL\n')}\n}`;
}

/**
 * Whether the database holds any relationship, from the count store (no
 * scan): a load into an empty graph skips the lookup by id, whose union over
 * every type costs seconds to plan on a cold database (the first start).
 */
export function anyRelationshipStatement(): Statement {
  return { cypher: 'MATCH ()-[r]->() RETURN count(r) > 0 AS any', params: {} };
}

/** The latest stored version of each id, current or retracted: what a write decides from. */
export function latestVersionsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
${byIdBranches('id', (t) => `MATCH ()-[r:${t} {id: id}]->() RETURN r`)}
WITH id, r ORDER BY r.version DESC
WITH id, collect(r)[0] AS r
RETURN id, r.version AS version, r.retractedAt IS NOT NULL AS retracted, r.digest AS digest, r.recordedBy AS by`,
    params: { ids: [...ids] },
  };
}

/**
 * Takes the write lock of the current version of `id` and reads it after the
 * lock: a second writer racing on the same relationship waits here, then
 * reads it retracted (the first writer's change) and is refused.
 */
export function lockRelationshipStatement(id: string): Statement {
  return {
    cypher: `${byIdBranches('', (t) => `MATCH ()-[r:${t} {id: $id}]->() WHERE r.retractedAt IS NULL RETURN r`)}
SET r._lock = true
REMOVE r._lock
RETURN ${relationshipProjection('r')} AS rel, r.retractedAt IS NULL AS current`,
    params: { id },
  };
}

/** Stamps current versions retracted; each row names the version it expects to be current. */
export function retractRelationshipsStatement(
  rows: ReadonlyArray<{ id: string; version: number; reason: string | null; supersededBy: number | null }>,
  at: string,
  actorName: string,
): Statement {
  return {
    cypher: `UNWIND $rows AS row
${byIdBranches('row', (t) => `MATCH ()-[r:${t} {id: row.id}]->() WHERE r.version = row.version AND r.retractedAt IS NULL RETURN r`)}
SET r.retractedAt = $at, r.retractedBy = $actor, r.retractionReason = row.reason, r.supersededBy = row.supersededBy
RETURN count(r) AS retracted`,
    params: { rows: [...rows], at, actor: actorName },
  };
}

/** Creates one version per row between existing entities; a row whose end is missing creates nothing. */
export function createRelationshipsStatement(type: string, rows: readonly RelationshipWriteRow[]): Statement {
  const t = assertRelationshipType(type);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${t}]->(b)
SET r = row.props
SET r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)
RETURN count(r) AS written`,
    params: { rows: [...rows] },
  };
}

/** Which of `ids` are entities (to name the missing end of a relationship that could not be written). */
export function existingEntitiesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect(e.id) AS found`,
    params: { ids: [...ids] },
  };
}
