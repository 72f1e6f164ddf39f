import type { GraphClient } from '../client';
import { relationshipCount } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';
import {
  orderRestriction,
  pageCypher,
  toPlannedPages,
  type PageRow,
  type RelationshipPage,
  type RelationshipPageRequest,
} from '../relationship-pages';

/** A page of an entity's timeline: its dated relationships in date order, and how many carry no date. */
export interface TimelinePage extends RelationshipPage {
  undatedCount: number;
}

/** The timeline's order: dated relationships only, by the span of days they may cover. */
export type TimelineRequest = Omit<RelationshipPageRequest, 'sort'>;

const timelinePlan = (request: TimelineRequest) => ({
  request: { ...request, sort: { field: 'SPAN' as const, order: 'ASC' as const } },
  nested: [],
});

export function timelineStatement(entityId: string, request: TimelineRequest): Statement {
  const plan = timelinePlan(request);
  const page = pageCypher('e', plan, 'p');
  const undated = relationshipCount('e', request.criteria, 'p_f_', 'u', `NOT ${orderRestriction(plan.request, 'u')}`);
  return {
    cypher: `MATCH (e:Entity {id: $id})
${page.call}
RETURN ${page.total} AS total, ${undated.expression} AS undated, ${page.column} AS page`,
    params: { id: entityId, ...page.params, ...undated.params },
  };
}

/**
 * An entity's dated relationships in date order (keyset on the date span and
 * id), each with the entity at the other end, and the count of those that
 * carry no date. Null when the entity does not exist.
 */
export async function timeline(
  client: GraphClient,
  entityId: string,
  request: TimelineRequest,
): Promise<TimelinePage | null> {
  const { cypher, params } = timelineStatement(entityId, request);
  const rows = await client.read<PageRow & { undated: number }>(cypher, params);
  const row = rows[0];
  if (!row) return null;
  return { ...toPlannedPages(entityId, timelinePlan(request), row)[0]!.page, undatedCount: row.undated };
}
