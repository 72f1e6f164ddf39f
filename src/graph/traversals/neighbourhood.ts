import type { Relationship } from '../../domain/model';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { readRelationshipPages, type FarEnd, type RelationshipPagePlan } from '../relationship-pages';
import type { Subgraph } from '../subgraph';

export interface NeighbourhoodRequest {
  /** Hops from the start, at least 1. */
  depth: number;
  criteria: RelationshipCriteria;
  /** Relationships followed from any one entity per hop. */
  fanOut: number;
  /** Entities in the answer, the start included. */
  limit: number;
  /** Whether the relationships' sources are read (when the query asks for them). */
  sources: boolean;
  /** Whether the entities reached are read whole, or as references (when the query asks for no more). */
  wholeEntities: boolean;
}

/** A neighbourhood as read: the start whole, the entities reached whole or as references, as asked. */
export type Neighbourhood = Omit<Subgraph, 'entities'> & { entities: FarEnd[] };

/**
 * Breadth-first, one statement per hop (so at most `depth` round trips), with
 * the caps applied as it goes so a hub cannot make it run away. Each step
 * reads the strongest relationships at the frontier, fanOut + 1 of them (the
 * extra one only tells that the cap cut), and their far ends (whole ones
 * only once each: the start with the first step, the rest where first met).
 * Returns null when the start entity does not exist.
 */
export async function neighbourhood(
  client: GraphClient,
  startId: string,
  request: NeighbourhoodRequest,
): Promise<Neighbourhood | null> {
  const entities = new Map<string, FarEnd>();
  const relationships = new Map<string, Relationship>();
  const truncatedBy = new Set<string>();
  const layers: string[][] = [[startId]];
  const { fanOut } = request;
  const step = (known: readonly string[]): RelationshipPagePlan => ({
    request: {
      criteria: request.criteria,
      sort: { field: 'STRENGTH', order: 'DESC' },
      first: fanOut,
      after: null,
      reads: { sources: request.sources, wholeOthers: request.wholeEntities, total: false },
      ...(request.wholeEntities ? { known } : {}),
    },
    nested: [],
  });
  let frontier = [startId];
  for (let level = 0; level < request.depth && frontier.length > 0; level += 1) {
    const plans = [step([...entities.keys()])];
    const read = await readRelationshipPages(client, { ids: frontier, entities: level === 0, plans });
    if (level === 0) {
      const start = read[0]?.entity;
      if (!start) return null;
      entities.set(startId, { whole: true, entity: start });
    }
    const next: string[] = [];
    for (const { page } of read.flatMap((at) => at?.pages ?? [])) {
      if (page.hasNextPage) truncatedBy.add('fanOut');
      for (const item of page.items) {
        const otherId = item.other.entity.id;
        if (!entities.has(otherId)) {
          if (entities.size >= request.limit) {
            truncatedBy.add('limit');
            continue;
          }
          entities.set(otherId, item.other);
          next.push(otherId);
        }
        relationships.set(item.relationship.id, item.relationship);
      }
    }
    if (next.length > 0) layers.push(next);
    frontier = next;
  }
  return {
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    layers,
    truncatedBy: [...truncatedBy],
  };
}
