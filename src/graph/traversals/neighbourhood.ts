import type { Relationship } from '../../domain/model';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { relationshipsOfEntities } from '../queries/relationships-of-entities';
import type { FarEnd, PageReads, RelationshipPageRequest } from '../relationship-pages';
import type { Subgraph } from '../subgraph';

export interface NeighbourhoodRequest {
  /** Hops from the start, at least 1. */
  depth: number;
  criteria: RelationshipCriteria;
  /** Relationships followed from any one entity per hop. */
  fanOut: number;
  /** Entities in the answer, the start included. */
  limit: number;
  /** What the answer needs of each relationship (sources) and entity (whole or id, kind, name). */
  reads: PageReads;
}

/**
 * Breadth-first, one statement per hop (so at most `depth` round trips), with
 * the caps applied as it goes so a hub cannot make it run away. Each hop is
 * a page of relationships at every frontier entity, strongest first, read by
 * the same builder as every other page; each entity is read once (the start
 * with the first hop, the others as far ends). Returns null when the start
 * entity does not exist.
 */
export async function neighbourhood(
  client: GraphClient,
  startId: string,
  request: NeighbourhoodRequest,
): Promise<Subgraph | null> {
  const entities = new Map<string, FarEnd>();
  const relationships = new Map<string, Relationship>();
  const truncatedBy = new Set<string>();
  const layers: string[][] = [[startId]];
  const page: RelationshipPageRequest = {
    criteria: request.criteria,
    sort: { field: 'STRENGTH', order: 'DESC' },
    first: request.fanOut,
    after: null,
    reads: request.reads,
  };
  let frontier = [startId];
  for (let level = 0; level < request.depth && frontier.length > 0; level += 1) {
    const found = await relationshipsOfEntities(client, frontier, page, {
      total: false,
      entities: level > 0 ? null : request.reads.wholeOthers ? 'whole' : 'ref',
    });
    if (level === 0) {
      const start = found[0]?.entity;
      if (!start) return null;
      entities.set(startId, start);
    }
    const next: string[] = [];
    for (const at of found) {
      if (!at) continue;
      if (at.page.hasNextPage) truncatedBy.add('fanOut');
      for (const { relationship, other } of at.page.items) {
        if (!entities.has(other.id)) {
          if (entities.size >= request.limit) {
            truncatedBy.add('limit');
            continue;
          }
          entities.set(other.id, other);
          next.push(other.id);
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
