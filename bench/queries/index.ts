import { addRelationship } from './add-relationship';
import { entityList } from './entity-list';
import { entityTwoLevels } from './entity-two-levels';
import { hubPage } from './hub-page';
import { neighbourhood } from './neighbourhood';
import { kPaths, shortestPath } from './paths';
import { search } from './search';
import type { BenchQuery } from './types';

export type { BenchQuery, CypherShape, GraphQLShape } from './types';
export { samplePairs, shortestPath, kPaths } from './paths';

/** The fixed query mix, in the order it runs: shared queries first, then newsgraph-only ones, the write mix last. */
export const QUERIES: readonly BenchQuery[] = [
  entityTwoLevels,
  entityList,
  hubPage,
  search,
  neighbourhood,
  shortestPath,
  kPaths,
  addRelationship,
];

export function queryNamed(name: string): BenchQuery {
  const query = QUERIES.find((q) => q.name === name);
  if (!query) throw new Error(`No benchmark query named "${name}"; known: ${QUERIES.map((q) => q.name).join(', ')}`);
  return query;
}
