import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { scoreMergeCandidates } from '../../../src/domain/resolution';
import { syntheticGraph } from '../../fixtures/resolution/synthetic';

const RESULTS = join(__dirname, '../../../test-results');

/**
 * Blocking on a synthetic 10k-entity graph with 300 planted duplicates. Work
 * is asserted as pairs compared (deterministic); time is reported, not
 * asserted (CPU time on a shared 2-core machine is no test).
 */
describe('merge candidates at scale', () => {
  it('compares a small fraction of the same-kind pairs and still finds the planted duplicates', () => {
    const graph = syntheticGraph(10_000);
    const perKind = new Map<string, number>();
    for (const e of graph.entities) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
    const allPairs = [...perKind.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);

    const cpu = process.cpuUsage();
    const { candidates, stats } = scoreMergeCandidates(graph);
    const used = process.cpuUsage(cpu);

    const found = candidates.filter((c) => graph.duplicates.has(c.entityIds.join(' '))).length;
    const top = candidates.slice(0, graph.duplicates.size);
    const figures = {
      relationships: graph.relationships.length,
      plantedDuplicates: graph.duplicates.size,
      sameKindPairs: allPairs,
      ...stats,
      comparedShare: Number((stats.comparedPairs / allPairs).toFixed(4)),
      candidates: candidates.length,
      recall: found / graph.duplicates.size,
      precisionAtPlanted: top.filter((c) => graph.duplicates.has(c.entityIds.join(' '))).length / top.length,
      cpuMs: Math.round((used.user + used.system) / 1000),
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'entity-resolution-scale.json'), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`entity resolution at 10k: ${JSON.stringify(figures)}\n`);

    expect(stats.comparedPairs).toBeLessThan(allPairs * 0.1);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    const kinds = new Map(graph.entities.map((e) => [e.id, e.kind]));
    expect(candidates.every((c) => kinds.get(c.entityIds[0]) === kinds.get(c.entityIds[1]))).toBe(true);
  }, 300_000);
});
