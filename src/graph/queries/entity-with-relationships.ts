import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import { ENTITY_PROJECTION, toEntity, type SourcedEntity } from '../mapping';
import {
  pageCypher,
  toPlannedPages,
  type PageRow,
  type PlannedPage,
  type RelationshipPagePlan,
} from '../relationship-pages';

export interface EntityWithPages {
  entity: SourcedEntity;
  /** Every page the plans asked for, at the entity and at the far ends of its pages. */
  pages: PlannedPage[];
}

export function entityWithRelationshipsStatement(id: string, plans: readonly RelationshipPagePlan[]): Statement {
  const pages = plans.map((plan, i) => pageCypher('e', plan, `p${i}`));
  const params: Record<string, unknown> = { id };
  for (const page of pages) Object.assign(params, page.params);
  return {
    cypher: `MATCH (e:Entity {id: $id})
${pages.map((page) => page.call).join('\n')}
RETURN e ${ENTITY_PROJECTION} AS entity,
  [${pages.map((page) => `{ total: ${page.total}, page: ${page.column} }`).join(', ')}] AS pages`,
    params,
  };
}

/**
 * An entity and pages of its relationships, nested as the plans say (the far
 * ends' own pages, …), in one statement: an entity with its relationships
 * two levels deep costs one round trip instead of one per level. Null when
 * no entity has the id.
 */
export async function entityWithRelationships(
  client: GraphClient,
  id: string,
  plans: readonly RelationshipPagePlan[],
): Promise<EntityWithPages | null> {
  const { cypher, params } = entityWithRelationshipsStatement(id, plans);
  const rows = await client.read<{ entity: Record<string, unknown>; pages: PageRow[] }>(cypher, params);
  const row = rows[0];
  if (!row) return null;
  return {
    entity: toEntity(row.entity),
    pages: plans.flatMap((plan, i) => toPlannedPages(id, plan, row.pages[i]!)),
  };
}
