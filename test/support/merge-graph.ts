/**
 * The graph entity resolution is tested on: the seed with test articles 101
 * and 102, every id prefixed (the database is shared with other test files),
 * and its removal — entities, merges, judgements, keys and audit records
 * under the prefix.
 */
import type { SeedGraph } from '../../src/domain';
import type { Driver } from '../../src/graph';
import { loadSeedGraph } from '../../src/seed';
import { fixtureDir, prefixGraph, SEEDS_DIR, validGraph } from '../fixtures/seeds/helpers';

export interface MergeGraph {
  graph: SeedGraph;
  /** The documents' ids: `mergeCandidates(documents:)` keeps to this copy. */
  documents: string[];
  /** Each relationship's documents, by relationship id. */
  documentOf: Map<string, string[]>;
}

export async function loadMergeGraph(driver: Driver, prefix: string): Promise<MergeGraph> {
  const graph = prefixGraph(await validGraph(SEEDS_DIR, fixtureDir('test-articles')), prefix);
  await loadSeedGraph(driver, graph, { database: process.env['NEO4J_DATABASE'] });
  return {
    graph,
    documents: graph.documents.map((d) => d.id),
    documentOf: new Map(graph.relationships.map((r) => [r.id, [...new Set(r.sources.map((s) => s.documentId))]])),
  };
}

export async function removeMergeGraph(driver: Driver, prefix: string): Promise<void> {
  const p = { p: prefix };
  await driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', p);
  await driver.executeQuery('MATCH (m:EntityMerge) WHERE m.keepId STARTS WITH $p DELETE m', p);
  await driver.executeQuery('MATCH (j:NotSameJudgement) WHERE j.a STARTS WITH $p DELETE j', p);
  await driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DETACH DELETE k', p);
  await driver.executeQuery('MATCH (a:AuditRecord) WHERE any(id IN a.entityIds WHERE id STARTS WITH $p) DELETE a', p);
}
