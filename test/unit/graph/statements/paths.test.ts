import { ANY_RELATIONSHIP, type RelationshipCriteria } from '../../../../src/graph/criteria';
import { allShortestPathsStatement } from '../../../../src/graph/queries/paths/all-shortest-paths';
import { commonNeighboursStatement } from '../../../../src/graph/queries/paths/common-neighbours';
import {
  allShortestInput,
  commonNeighboursInput,
  connectInput,
  kPathsInput,
  pathInput,
} from '../../../../src/graph/queries/paths/field-inputs';
import { kShortestPathsStatement } from '../../../../src/graph/queries/paths/k-shortest-paths';
import { pairwiseShortestPathsStatement } from '../../../../src/graph/queries/paths/pairwise-shortest-paths';
import type { PathSearch } from '../../../../src/graph/queries/paths/types';

const T = '2026-01-01T00:00:00.000Z';

/** What the API's defaults ask: any relationship, current versions, 6 hops, no hub cap. */
const plain: PathSearch = { criteria: ANY_RELATIONSHIP, maxHops: 6, avoid: [], maxDegree: null };

/** Every rule a path search can carry, as `options` and `filter` arguments turn into. */
const filtered: PathSearch = {
  criteria: {
    types: ['INVITED', 'LEADS'],
    direction: 'OUTGOING',
    asOf: null,
    window: { from: '2025-01-01', to: '2025-12-31' },
    statuses: ['REPORTED', 'ALLEGED'],
    minConfidence: 0.6,
    includeUndated: false,
    knownAt: null,
  },
  maxHops: 4,
  avoid: ['hub'],
  maxDegree: 200,
};

const knownThen: PathSearch = { ...plain, criteria: { ...ANY_RELATIONSHIP, knownAt: T, asOf: '2025-04-14' } };

/** One statement per path field, built from the same input the field's function builds. */
describe('path statements', () => {
  it.each([
    ['path', plain],
    ['path, filtered', filtered],
    ['path, knownAt', knownThen],
  ])('%s (all shortest, best of PATH_CANDIDATES)', (_name, search) => {
    expect(allShortestPathsStatement(pathInput('ann', 'ben', search))).toMatchSnapshot();
  });

  it.each([
    ['allShortestPaths limit 10', plain, 10],
    ['allShortestPaths limit 200, filtered', filtered, 200],
    ['allShortestPaths limit 5, knownAt', knownThen, 5],
  ])('%s (rows per route, capped)', (_name, search, limit) => {
    expect(allShortestPathsStatement(allShortestInput('ann', 'ben', search, limit))).toMatchSnapshot();
  });

  it.each([
    ['paths k 3', plain, 3],
    ['paths k 10, filtered', filtered, 10],
    ['paths k 100 (candidates capped), knownAt', knownThen, 100],
  ])('%s (k shortest walks)', (_name, search, k) => {
    expect(kShortestPathsStatement(kPathsInput('ann', 'ben', search, k))).toMatchSnapshot();
  });

  it.each([
    ['connections', plain],
    ['connections, filtered', filtered],
    ['connections, knownAt', knownThen],
  ])('%s (pairwise shortest, repeated ids once)', (_name, search) => {
    expect(pairwiseShortestPathsStatement(connectInput(['ann', 'ben', 'cat', 'ann'], search))).toMatchSnapshot();
  });

  const sided: RelationshipCriteria = { ...filtered.criteria, direction: 'INCOMING', window: null, asOf: '2025-04-14' };
  it.each([
    ['commonNeighbours', ANY_RELATIONSHIP],
    ['commonNeighbours, filtered', sided],
    ['commonNeighbours, knownAt', knownThen.criteria],
  ])('%s', (_name, criteria) => {
    expect(commonNeighboursStatement(commonNeighboursInput('ann', 'ben', criteria, 20))).toMatchSnapshot();
  });

  it('passes every number as a parameter or a checked literal, never a value of the request in the text', () => {
    const statement = allShortestPathsStatement(allShortestInput('ann', 'ben', filtered, 10));
    expect(statement.params).toMatchObject({ from: 'ann', to: 'ben', limit: 110, p_avoid: ['hub'], p_maxDegree: 200 });
    expect(statement.cypher).not.toMatch(/ann|ben|hub|2025|0\.6/);
    expect(kPathsInput('a', 'b', plain, 1).candidates).toBe(50);
    expect(kPathsInput('a', 'b', plain, 100).candidates).toBe(1000);
  });
});
