import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import { ENTITY_PROJECTION, ENTITY_REF_PROJECTION, toEntity, toEntityRef } from '../mapping';
import {
  pageCypher,
  toPlannedPages,
  type FarEnd,
  type PageRow,
  type RelationshipPage,
  type RelationshipPageRequest,
} from '../relationship-pages';

export interface PagesAtEntitiesOptions {
  /** Count the relationships matching the request at each entity (the connection's totalCount). */
  total: boolean;
  /** Read each entity itself too: whole, as a ref, or not at all. */
  entities: 'whole' | 'ref' | null;
}

export interface PageAtEntity {
  /** Present when the options asked for it. */
  entity: FarEnd | null;
  page: RelationshipPage;
}

export function relationshipsOfEntitiesStatement(
  ids: readonly string[],
  request: RelationshipPageRequest,
  options: PagesAtEntitiesOptions,
): Statement {
  const page = pageCypher('e', { request, nested: [] }, 'p');
  const columns = [
    'id',
    options.total ? `${page.total} AS total` : '0 AS total',
    `${page.column} AS page`,
    ...(options.entities
      ? [`e ${options.entities === 'whole' ? ENTITY_PROJECTION : ENTITY_REF_PROJECTION} AS entity`]
      : []),
  ];
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
${page.call}
RETURN ${columns.join(', ')}`,
    params: { ids: [...ids], ...page.params },
  };
}

/**
 * One page of relationships at each of many entities, with the entity at the
 * other end, in one statement (the relationships DataLoader batches a
 * request's entities into one call, and the neighbourhood a whole frontier).
 * Key order is kept; an unknown id gets null.
 */
export async function relationshipsOfEntities(
  client: GraphClient,
  ids: readonly string[],
  request: RelationshipPageRequest,
  options: PagesAtEntitiesOptions = { total: true, entities: null },
): Promise<Array<PageAtEntity | null>> {
  const { cypher, params } = relationshipsOfEntitiesStatement(ids, request, options);
  const rows = await client.read<PageRow & { id: string; entity?: Record<string, unknown> }>(cypher, params);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const plan = { request, nested: [] };
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return null;
    const entity = row.entity ? (options.entities === 'whole' ? toEntity(row.entity) : toEntityRef(row.entity)) : null;
    return { entity, page: toPlannedPages(id, plan, row)[0]!.page };
  });
}
