import type { Relationship } from '../../domain/model';
import type { SourcedEntity } from '../mapping';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { expandFrontier } from '../queries/expand-frontier';
import type { Subgraph } from '../subgraph';

export interface NeighbourhoodRequest {
  /** Hops from the start, at least 1. */
  depth: number;
  criteria: RelationshipCriteria;
  /** Relationships followed from any one entity per hop. */
  fanOut: number;
  /** Entities in the answer, the start included. */
  limit: number;
}

/**
 * Breadth-first, one statement per hop (so at most `depth` round trips), with
 * the caps applied as it goes so a hub cannot make it run away. Returns null
 * when the start entity does not exist.
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
  let frontier = [startId];
  const fanOut = request.fanOut;
  for (let level = 0; level < request.depth && frontier.length > 0; level += 1) {
    const expansions = await expandFrontier(client, frontier, request.criteria, fanOut);
    if (level === 0) {
      const start = expansions[0];
      if (!start) return null;
      entities.set(startId, start.entity);
    }
    const next: string[] = [];
    for (const { entity, hops } of expansions) {
      if (hops.length > fanOut) truncatedBy.add('fanOut');
      for (const { relationship, other } of hops.slice(0, fanOut)) {
        const otherId = relationship.fromId === entity.id ? relationship.toId : relationship.fromId;
        if (!entities.has(otherId)) {
          if (entities.size >= request.limit) {
            truncatedBy.add('limit');
            continue;
          }
          entities.set(otherId, other);
          next.push(otherId);
        }
        relationships.set(relationship.id, relationship);
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
