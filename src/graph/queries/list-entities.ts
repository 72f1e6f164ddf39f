import type { EntityKind } from '../../domain/entity-kinds';
import type { SourcedEntity } from '../mapping';
import type { RelationshipType } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { ANY_RELATIONSHIP } from '../criteria';
import { keysetPredicate, type SortOrder } from '../cypher/keyset';
import { relationshipPredicates, typeAlternation } from '../cypher/relationship-match';
import { ENTITY_PROJECTION, toEntity } from '../mapping';
import type { CursorValue } from '../pagination';
import type { Statement } from '../cypher/statement';

export type EntitySortField = 'NAME' | 'ID' | 'DEGREE';

export interface EntityListRequest {
  filter: {
    kinds: readonly EntityKind[] | null;
    ids: readonly string[] | null;
    text: string | null;
    hasRelationshipTypes: readonly RelationshipType[] | null;
    activeIn: { from: string | null; to: string | null } | null;
    named: boolean | null;
  };
  sort: { field: EntitySortField; order: SortOrder };
  first: number;
  after: readonly CursorValue[] | null;
}

export interface EntityListPage {
  items: Array<{ entity: SourcedEntity; cursor: CursorValue[] }>;
  hasNextPage: boolean;
  totalCount: number;
}

const SORT_KEYS: Record<EntitySortField, string> = {
  NAME: 'e.name',
  ID: 'e.id',
  DEGREE: 'COUNT { (e)--() }',
};

function filterPredicates(filter: EntityListRequest['filter']) {
  // An entity merged into another is listed (and counted) as the one kept.
  const where: string[] = ['e.mergedInto IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.kinds?.length) {
    where.push('e.kind IN $kinds');
    params.kinds = [...filter.kinds];
  }
  if (filter.ids?.length) {
    where.push('e.id IN $filterIds');
    params.filterIds = [...filter.ids];
  }
  if (filter.text) {
    where.push('(toLower(e.name) CONTAINS $text OR any(a IN e.aliases WHERE toLower(a) CONTAINS $text))');
    params.text = filter.text.toLowerCase();
  }
  if (filter.named !== null) {
    where.push('e.named = $named');
    params.named = filter.named;
  }
  if (filter.hasRelationshipTypes?.length) {
    where.push(
      `EXISTS { (e)-[r${typeAlternation(filter.hasRelationshipTypes)}]-(:Entity) WHERE r.retractedAt IS NULL }`,
    );
  }
  if (filter.activeIn) {
    const dated = relationshipPredicates(
      { ...ANY_RELATIONSHIP, window: filter.activeIn, includeUndated: false },
      'r',
      'active_',
    );
    where.push(`EXISTS { MATCH (e)-[r]-(:Entity) WHERE ${dated.where} }`);
    Object.assign(params, dated.params);
  }
  return { where: where.length > 0 ? where.join(' AND ') : 'true', params };
}

/** The total and one more than a page (the extra row says whether another page follows). */
export function listEntitiesStatement(request: EntityListRequest): Statement {
  const filter = filterPredicates(request.filter);
  const order = request.sort.order;
  const keyset = keysetPredicate('key', 'e.id', order, request.after, 'p_');
  return {
    cypher: `CALL () {
  MATCH (e:Entity) WHERE ${filter.where}
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entity) WHERE ${filter.where}
  WITH e, ${SORT_KEYS[request.sort.field]} AS key
  WHERE ${keyset.where}
  ORDER BY key ${order}, e.id ${order}
  LIMIT $limit
  RETURN collect({ entity: e ${ENTITY_PROJECTION}, key: key }) AS page
}
RETURN total, page`,
    params: { ...filter.params, ...keyset.params, limit: request.first + 1 },
  };
}

/** A page of entities matching a filter, keyset-paginated on (sort key, id), with the total across pages. */
export async function listEntities(client: GraphClient, request: EntityListRequest): Promise<EntityListPage> {
  const { cypher, params } = listEntitiesStatement(request);
  const rows = await client.read<{ total: number; page: Array<{ entity: Record<string, unknown>; key: CursorValue }> }>(
    cypher,
    params,
  );
  const row = rows[0] ?? { total: 0, page: [] };
  const items = row.page.slice(0, request.first).map((item) => {
    const entity = toEntity(item.entity);
    return { entity, cursor: [item.key, entity.id] };
  });
  return { items, hasNextPage: row.page.length > request.first, totalCount: row.total };
}
