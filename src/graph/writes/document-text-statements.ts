import { RELATIONSHIP_TYPES } from '../../domain/relationship-kinds';
import { relationshipProjection } from '../mapping';
import type { Statement } from '../cypher/statement';

/**
 * The current versions of the relationships with a quote of the document,
 * write-locked (a correction racing the text change waits, then finds the
 * version retracted and is refused). A scan of the fact relationships: the
 * source lists are not indexed, and a text change is rare.
 */
export function quotingRelationshipsStatement(documentId: string): Statement {
  return {
    cypher: `MATCH ()-[r]->()
WHERE type(r) IN $types AND r.retractedAt IS NULL AND $documentId IN r.sourceDocumentIds
SET r._lock = true
REMOVE r._lock
RETURN ${relationshipProjection('r')} AS rel
ORDER BY r.id`,
    params: { documentId, types: [...RELATIONSHIP_TYPES] },
  };
}

/** Entities (not merged away) with a quote of the document behind their description or properties, write-locked. */
export function quotingEntitiesStatement(documentId: string): Statement {
  return {
    cypher: `MATCH (e:Entity)
WHERE e.mergedInto IS NULL AND $documentId IN e.sourceDocumentIds
SET e._lock = true
REMOVE e._lock
RETURN e { .*, text: null } AS entity
ORDER BY e.id`,
    params: { documentId },
  };
}

/** Every text the document has had, by digest: what stored offsets may index. */
export function documentRevisionsStatement(documentId: string): Statement {
  return {
    cypher: `MATCH (r:DocumentRevision {documentId: $documentId})
RETURN r.revision AS revision, r.textSha256 AS textSha256, r.text AS text, r.since AS since,
  r.replacedAt AS replacedAt, r.replacedBy AS replacedBy, r.reason AS reason
ORDER BY r.revision`,
    params: { documentId },
  };
}

export interface RetainedRevision {
  documentId: string;
  revision: number;
  text: string;
  textSha256: string;
  /** When this text became the document's text (its first recording for revision 1). */
  since: string | null;
  replacedAt: string;
  replacedBy: string;
  reason: string;
}

/**
 * Keeps the replaced text as a revision (its own label, never `Entity`, no
 * relationship: no read of the graph meets it) and makes the new text the
 * document's, bumping the document's version.
 */
export function replaceTextStatement(
  revision: RetainedRevision,
  next: { text: string; textSha256: string; expectedVersion: number },
): Statement {
  return {
    cypher: `MATCH (d:Entity:Document {id: $revision.documentId})
WHERE coalesce(d.version, 1) = $next.expectedVersion
CREATE (r:DocumentRevision)
SET r = $revision
SET d.text = $next.text, d.textSha256 = $next.textSha256, d.textRevision = $revision.revision + 1,
  d.textSince = $revision.replacedAt, d.version = $next.expectedVersion + 1,
  d.updatedAt = $revision.replacedAt, d.updatedBy = $revision.replacedBy
RETURN d { .*, text: null } AS entity`,
    params: { revision: { ...revision }, next: { ...next } },
  };
}

/** An entity's source lists replaced in place (entities are updated in place; the audit record keeps the old ones). */
export function entitySourcesStatement(
  rows: ReadonlyArray<{ id: string; version: number; sources: Record<string, unknown> }>,
  at: string,
  actorId: string,
): Statement {
  return {
    cypher: `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE coalesce(e.version, 1) = row.version
SET e += row.sources, e.version = row.version + 1, e.updatedAt = $at, e.updatedBy = $actor
RETURN count(e) AS written`,
    params: { rows: [...rows], at, actor: actorId },
  };
}
