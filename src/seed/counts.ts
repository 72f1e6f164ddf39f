import type { SeedGraph } from '../domain';

export interface SeedCounts {
  documents: number;
  entities: number;
  /** Current relationships: retracted versions (an export's history) are counted apart. */
  relationships: number;
  retractedVersions: number;
  /** Sources behind relationships (one per quote). */
  sources: number;
  /** Quotes behind entities' descriptions and properties. */
  entitySources: number;
  entitiesByKind: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

function tally(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of [...values].sort()) out[value] = (out[value] ?? 0) + 1;
  return out;
}

export function countSeedGraph(graph: SeedGraph): SeedCounts {
  const current = graph.relationships.filter((r) => !r.retraction);
  return {
    documents: graph.documents.length,
    entities: graph.entities.length,
    relationships: current.length,
    retractedVersions: graph.relationships.length - current.length,
    sources: current.reduce((n, r) => n + r.sources.length, 0),
    entitySources: graph.entities.reduce((n, e) => n + e.sources.length, 0),
    entitiesByKind: tally(graph.entities.map((e) => e.kind)),
    relationshipsByType: tally(current.map((r) => r.type)),
  };
}
