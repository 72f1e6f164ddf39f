import { ENTITY_KINDS, assertEntityKind } from '../../domain/entity-kinds';
import type { Statement } from '../cypher/statement';
import type { EntityWriteRow } from './seed-rows';

/** What a write needs to know of entities already stored: kind, version, content digest, last writer. */
export function entityStatesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind, e.version AS version, e.digest AS digest, e.recordedAt AS recordedAt, e.updatedBy AS by`,
    params: { ids: [...ids] },
  };
}

/**
 * Takes the entity's write lock (a property set and removed: no change is
 * left), then reads it: a concurrent writer waits here until this transaction
 * ends, and what is returned is what the change will be applied to.
 */
export function lockEntityStatement(id: string): Statement {
  return {
    cypher: `MATCH (e:Entity {id: $id})
SET e._lock = true
REMOVE e._lock
RETURN e { .*, text: null } AS entity, e.text AS text`,
    params: { id },
  };
}

/** Stores entity rows of one kind (MERGE on id, properties replaced, one kind label). */
export function putEntitiesStatement(kind: string, rows: readonly EntityWriteRow[]): Statement {
  const label = assertEntityKind(kind);
  const others = ENTITY_KINDS.filter((k) => k !== label);
  return {
    cypher: `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props
SET e:${label}
REMOVE e:${others.join(':')}
RETURN count(e) AS written`,
    params: { rows: [...rows] },
  };
}

/** Entities that exist among `ids` with the texts of those that are documents (the validator's context). */
export function factContextStatement(entityIds: readonly string[], documentIds: readonly string[]): Statement {
  return {
    cypher: `CALL () {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id}) WHERE e.mergedInto IS NULL
  RETURN collect({ id: e.id, kind: e.kind }) AS entities
}
CALL () {
  UNWIND $documentIds AS id
  MATCH (d:Entity:Document {id: id}) WHERE d.text IS NOT NULL
  RETURN collect({ id: d.id, text: d.text, sha256: d.textSha256 }) AS documents
}
RETURN entities, documents`,
    params: { entityIds: [...entityIds], documentIds: [...documentIds] },
  };
}
