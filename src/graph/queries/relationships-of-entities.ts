import type { GraphClient } from '../client';
import {
  pageCypher,
  toPlannedPages,
  type PageRow,
  type RelationshipPage,
  type RelationshipPageRequest,
} from '../relationship-pages';

/**
 * One page of relationships at each of many entities, with the entity at the
 * other end, in one statement (the relationships DataLoader batches a
 * request's entities into one call). Key order is kept; an unknown id gets an
 * empty page.
 */
export async function relationshipsOfEntities(
  client: GraphClient,
  ids: readonly string[],
  request: RelationshipPageRequest,
): Promise<RelationshipPage[]> {
  const plan = { request, nested: [] };
  const page = pageCypher('e', plan, 'p');
  const rows = await client.read<{ id: string; total: number; page: PageRow['page'] }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     ${page.call}
     RETURN id, ${page.total} AS total, ${page.column} AS page`,
    { ids: [...ids], ...page.params },
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return { items: [], hasNextPage: false, totalCount: 0 };
    return toPlannedPages(id, plan, row)[0]!.page;
  });
}
