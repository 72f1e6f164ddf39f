import neo4j, { type Driver } from 'neo4j-driver';

import type { Relationship, RelationshipStatus, RelationshipType, Temporal } from '../../src/domain';
import { relationshipRow } from '../../src/graph/writes/seed-rows';

/**
 * Seeded random graphs in the real storage model, for tests that check the
 * API's answers against answers the test computes itself. Every id starts
 * with the caller's prefix, so files sharing one database never see each
 * other's data and clean up only their own.
 */

/** Mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Person -> Person types the domain allows, so generated graphs are valid seeds too. */
export const RANDOM_TYPES: readonly RelationshipType[] = [
  'INVITED',
  'THANKED',
  'PRAISED',
  'PARTNERED_WITH',
  'CALLED_FOR_IMPEACHMENT_OF',
];
const STATUSES: readonly RelationshipStatus[] = ['REPORTED', 'REPORTED', 'CLAIMED', 'ALLEGED', 'DISPUTED'];

export interface RandomGraphOptions {
  /** Every id starts with it, e.g. `paths-rand-`. */
  prefix: string;
  seed: number;
  entities: number;
  relationships: number;
  /** Source documents the relationships cite (edge-less Document entities). Default 3. */
  documents?: number;
  /** An extra entity `${prefix}hub` related to this many distinct random entities. */
  hubEdges?: number;
}

export interface RandomGraph {
  prefix: string;
  /** Person entities, the hub included when there is one. */
  entityIds: string[];
  documentIds: string[];
  relationships: Relationship[];
  hubId: string | null;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

const day = (rand: () => number, year: number) =>
  `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;

/** A third dated at a day, a third spans (some open-ended), a third undated. */
function randomTemporal(rand: () => number): Temporal {
  const roll = rand();
  if (roll < 1 / 3) return { date: { value: day(rand, 2018 + Math.floor(rand() * 8)), precision: 'DAY' } };
  if (roll < 2 / 3) {
    const since = 2015 + Math.floor(rand() * 6);
    const temporal: Temporal = { since: { value: String(since), precision: 'YEAR' } };
    if (rand() < 0.5) temporal.until = { value: String(since + 1 + Math.floor(rand() * 6)), precision: 'YEAR' };
    return temporal;
  }
  return {};
}

/** A graph with `relationships` random edges (no self-loops; parallel edges allowed, as in real data). */
export function generateRandomGraph(options: RandomGraphOptions): RandomGraph {
  const rand = prng(options.seed);
  const { prefix } = options;
  const entityIds = Array.from({ length: options.entities }, (_, i) => `${prefix}e${i}`);
  const documentIds = Array.from({ length: options.documents ?? 3 }, (_, i) => `${prefix}doc${i}`);
  const relationships: Relationship[] = [];
  const relate = (fromId: string, toId: string) => {
    const id = `${prefix}r${relationships.length}`;
    const sourceCount = 1 + Math.floor(rand() * 3);
    relationships.push({
      id,
      type: pick(rand, RANDOM_TYPES),
      fromId,
      toId,
      temporal: randomTemporal(rand),
      status: pick(rand, STATUSES),
      confidence: Math.round((0.3 + rand() * 0.7) * 100) / 100,
      qualifiers: {},
      sources: Array.from({ length: sourceCount }, (_, j) => ({
        documentId: pick(rand, documentIds),
        quote: `quote ${j} for ${id}`,
        start: j * 100,
        end: j * 100 + 20,
        attributedTo: null,
      })),
    });
  };
  for (let i = 0; i < options.relationships; i += 1) {
    const a = Math.floor(rand() * entityIds.length);
    let b = Math.floor(rand() * (entityIds.length - 1));
    if (b >= a) b += 1;
    relate(entityIds[a]!, entityIds[b]!);
  }
  let hubId: string | null = null;
  if (options.hubEdges) {
    hubId = `${prefix}hub`;
    const order = entityIds.map((id) => ({ id, key: rand() })).sort((x, y) => x.key - y.key);
    for (const { id } of order.slice(0, options.hubEdges)) {
      if (rand() < 0.5) relate(hubId, id);
      else relate(id, hubId);
    }
    entityIds.push(hubId);
  }
  return { prefix, entityIds, documentIds, relationships, hubId };
}

/**
 * Writes the graph in ONE statement (entities, then relationships through
 * the seed writer's own row format; `$(type)` is Cypher 5.26's dynamic type).
 */
export async function writeRandomGraph(driver: Driver, graph: RandomGraph): Promise<void> {
  const entities = [
    ...graph.entityIds.map((id) => ({
      kind: 'Person',
      props: { id, kind: 'Person', name: `Person ${id}`, aliases: [], named: true },
    })),
    ...graph.documentIds.map((id) => ({
      kind: 'Document',
      props: { id, kind: 'Document', name: `Document ${id}`, aliases: [], named: true, title: `Document ${id}` },
    })),
  ];
  const rows = graph.relationships.map((rel) => ({ ...relationshipRow(rel), type: rel.type }));
  await driver.executeQuery(
    `CALL {
       UNWIND $entities AS e
       CREATE (n:Entity:$(e.kind)) SET n = e.props
     }
     WITH 1 AS done
     UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     CREATE (a)-[r:$(row.type)]->(b)
     SET r = row.props, r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)`,
    { entities, rows },
    { routing: neo4j.routing.WRITE },
  );
}

/** Deletes every entity whose id starts with `prefix` (and so their relationships), in batches. */
export async function deleteByPrefix(driver: Driver, prefix: string): Promise<void> {
  for (;;) {
    const result = await driver.executeQuery(
      `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted`,
      { prefix },
      { routing: neo4j.routing.WRITE },
    );
    const deleted: unknown = result.records[0]?.get('deleted');
    if (neo4j.integer.toNumber(deleted as number) < 5000) return;
  }
}

export interface Walk {
  /** OUTGOING: each hop follows a relationship subject -> object; INCOMING: against it; BOTH: either. */
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** Which relationships may be walked. */
  allow?: (rel: Relationship) => boolean;
  /** Entities no path may pass through. */
  avoid?: ReadonlySet<string>;
  /** Entities with more relationships than this (all types, both ways) are not passed through. */
  maxDegree?: number;
}

/** Number of relationships at each entity, all types, both ways (what the degree cap counts). */
export function degrees(relationships: readonly Relationship[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of relationships) {
    degree.set(r.fromId, (degree.get(r.fromId) ?? 0) + 1);
    degree.set(r.toId, (degree.get(r.toId) ?? 0) + 1);
  }
  return degree;
}

/**
 * Hops on a shortest path from `from` to `to` by plain breadth-first search
 * over the edge list, or null when there is none: the oracle the API is
 * checked against. The caps apply to intermediate entities only.
 */
export function bfsDistance(
  relationships: readonly Relationship[],
  from: string,
  to: string,
  walk: Walk,
): number | null {
  if (from === to) return 0;
  const degree = degrees(relationships);
  const next = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = next.get(a) ?? [];
    list.push(b);
    next.set(a, list);
  };
  for (const r of relationships) {
    if (walk.allow && !walk.allow(r)) continue;
    if (walk.direction !== 'INCOMING') add(r.fromId, r.toId);
    if (walk.direction !== 'OUTGOING') add(r.toId, r.fromId);
  }
  const passable = (id: string) =>
    !(walk.avoid?.has(id) ?? false) && (walk.maxDegree === undefined || (degree.get(id) ?? 0) <= walk.maxDegree);
  const distance = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const other of next.get(id) ?? []) {
        if (distance.has(other)) continue;
        const d = distance.get(id)! + 1;
        if (other === to) return d;
        distance.set(other, d);
        if (passable(other)) following.push(other);
      }
    }
    frontier = following;
  }
  return null;
}
