import type { Relationship } from '../../domain/model';
import type { SourcedEntity } from '../mapping';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { readRelationshipPages, wholeEntity, type RelationshipPagePlan } from '../relationship-pages';
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
}

/**
 * Breadth-first, one statement per hop (so at most `depth` round trips), with
 * the caps applied as it goes so a hub cannot make it run away. Each step
 * reads the strongest relationships at the frontier, fanOut + 1 of them (the
 * extra one only tells that the cap cut), and their far ends whole unless
 * already read: each entity is read once (the start with the first step).
 * Returns null when the start entity does not exist.
 */
export async function neighbourhood(
  client: GraphClient,
  startId: string,
  request: NeighbourhoodRequest,
): Promise<Subgraph | null> {
  const entities = new Map<string, SourcedEntity>();
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
      reads: { sources: request.sources, wholeOthers: true, total: false },
      known,
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
      entities.set(startId, start);
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
          entities.set(otherId, wholeEntity(item.other));
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
