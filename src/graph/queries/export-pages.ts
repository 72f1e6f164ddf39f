import type { Relationship } from '../../domain/model';
import { RELATIONSHIP_TYPES, assertRelationshipType } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { relationshipProjection, toEntity, toRelationship, type RelationshipRow, type SourcedEntity } from '../mapping';
import type { Statement } from '../cypher/statement';

/**
 * The whole graph, page by page, for the seed-format export: keyset pages on
 * the id (range indexes on `Entity.id` and on each relationship type's `id`),
 * so that no statement and no caller ever holds the whole graph, and each page
 * costs the same however deep into the graph it is.
 */

export interface EntityPageInput {
  /** The last id of the previous page; '' for the first. */
  after: string;
  limit: number;
}

export function exportEntitiesStatement({ after, limit }: EntityPageInput): Statement {
  return {
    cypher: `MATCH (e:Entity) WHERE e.id > $after
WITH e ORDER BY e.id LIMIT $limit
RETURN e { .*, validFrom: null, validTo: null } AS entity`,
    params: { after, limit },
  };
}

export interface RelationshipPageInput extends EntityPageInput {
  type: string;
  /**
   * The version of the last row of the previous page (0 for the first): the
   * versions of one fact share its id, so the key is (id, version).
   */
  afterVersion: number;
  /** Leave out retracted versions: withdrawn facts and what corrections replaced. */
  currentOnly: boolean;
}

/** Keyset on (id, version): the range seek stays on the id index, the version breaks ties within one id. */
export function exportRelationshipsStatement({
  type,
  after,
  afterVersion,
  limit,
  currentOnly,
}: RelationshipPageInput): Statement {
  const t = assertRelationshipType(type);
  return {
    cypher: `MATCH (:Entity)-[r:${t}]->(:Entity) WHERE r.id >= $after AND (r.id > $after OR coalesce(r.version, 1) > $afterVersion)${currentOnly ? ' AND r.retractedAt IS NULL' : ''}
WITH r ORDER BY r.id, coalesce(r.version, 1) LIMIT $limit
RETURN ${relationshipProjection('r')} AS relationship`,
    params: { after, afterVersion, limit },
  };
}

/** An entity as stored, with a document's text (null for any other entity, and for documents only mentioned). */
export interface StoredEntity {
  entity: SourcedEntity;
  text: string | null;
}

export async function exportEntityPage(client: GraphClient, input: EntityPageInput): Promise<StoredEntity[]> {
  const { cypher, params } = exportEntitiesStatement(input);
  const rows = await client.read<{ entity: Record<string, unknown> }>(cypher, params);
  return rows.map(({ entity }) => ({
    entity: { ...toEntity(entity), ...mergeMark(entity) },
    text: typeof entity.text === 'string' ? entity.text : null,
  }));
}

/** The marks a merge left on an absorbed entity, as the seed carries them. */
function mergeMark(props: Record<string, unknown>): Pick<SourcedEntity, 'merged'> {
  const { mergedInto, mergedAt, mergeId } = props;
  if (typeof mergedInto !== 'string' || typeof mergedAt !== 'string' || typeof mergeId !== 'string') return {};
  return { merged: { into: mergedInto, at: mergedAt, mergeId } };
}

export async function exportRelationshipPage(
  client: GraphClient,
  input: RelationshipPageInput,
): Promise<Relationship[]> {
  const { cypher, params } = exportRelationshipsStatement(input);
  const rows = await client.read<{ relationship: RelationshipRow }>(cypher, params);
  return rows.map(({ relationship }) => toRelationship(relationship));
}

/** Every relationship type, in the order the export walks them. */
export const EXPORT_TYPE_ORDER: readonly string[] = [...RELATIONSHIP_TYPES].sort();
