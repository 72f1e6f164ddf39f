import type { EntityKind } from '../../domain/entity-kinds';
import type { RelationshipStatus } from '../../domain/status';
import type { RelationshipType } from '../../domain/relationship-kinds';
import { scoreMergeCandidates, type MergeCandidate, type ResolutionInput } from '../../domain/resolution';
import type { GraphClient } from '../client';
import { ENTITY_PROJECTION, toEntity } from '../mapping';
import type { Statement } from '../cypher/statement';

/**
 * What the scorer reads: the current entities (none merged away), the ends,
 * type and status of current relationships, and the pairs judged "not the
 * same". With `documentIds`, only what those documents report: entities with
 * a current relationship or a quote from one of them, relationships with a
 * quote from one of them (an analyst resolving the entities of a few articles).
 */
export function mergeCandidateGraphStatement(documentIds: readonly string[] | null): Statement {
  const scoped = documentIds !== null;
  const reported = (list: string) => `any(d IN coalesce(${list}, []) WHERE d IN $documentIds)`;
  const entityScope = scoped
    ? ` AND (${reported('e.sourceDocumentIds')} OR EXISTS { (e)-[r]-(:Entity) WHERE r.retractedAt IS NULL AND ${reported('r.sourceDocumentIds')} })`
    : '';
  const relationshipScope = scoped ? ` AND ${reported('r.sourceDocumentIds')}` : '';
  return {
    cypher: `CALL () {
  MATCH (e:Entity) WHERE e.mergedInto IS NULL${entityScope}
  RETURN collect(e ${ENTITY_PROJECTION}) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.retractedAt IS NULL${relationshipScope}
  RETURN collect({ type: type(r), fromId: a.id, toId: b.id, status: r.status }) AS relationships
}
CALL () {
  MATCH (j:NotSameJudgement)
  RETURN collect([j.a, j.b]) AS notSame
}
RETURN entities, relationships, notSame`,
    params: scoped ? { documentIds: [...documentIds] } : {},
  };
}

export interface MergeCandidateRequest {
  kinds: readonly EntityKind[] | null;
  documentIds: readonly string[] | null;
}

/** Every merge candidate of the current graph (or of the documents asked for), best first. */
export async function mergeCandidates(client: GraphClient, request: MergeCandidateRequest): Promise<MergeCandidate[]> {
  const { cypher, params } = mergeCandidateGraphStatement(request.documentIds);
  const [row] = await client.read<{
    entities: Array<Record<string, unknown>>;
    relationships: Array<{ type: RelationshipType; fromId: string; toId: string; status: RelationshipStatus }>;
    notSame: Array<[string, string]>;
  }>(cypher, params);
  const input: ResolutionInput = {
    entities: (row?.entities ?? []).map(toEntity),
    relationships: row?.relationships ?? [],
    notSame: row?.notSame ?? [],
  };
  return scoreMergeCandidates(input, request.kinds ? { kinds: request.kinds } : {}).candidates;
}
