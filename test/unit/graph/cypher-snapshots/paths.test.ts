/** The Cypher tier for `path`, `paths`, `allShortestPaths`, `connections` and `commonNeighbours`. */
import { ANY_RELATIONSHIP } from '../../../../src/graph/criteria';
import { allShortestPathsStatement } from '../../../../src/graph/queries/paths/all-shortest-paths';
import { commonNeighboursStatement } from '../../../../src/graph/queries/paths/common-neighbours';
import { kShortestPathsStatement } from '../../../../src/graph/queries/paths/k-shortest-paths';
import { pairwiseShortestPathsStatement } from '../../../../src/graph/queries/paths/pairwise-shortest-paths';
import { DEFAULT_SEARCH, EVERY_CRITERION, EVERY_PATH_RULE } from './fixtures';

describe.each([
  ['default options', DEFAULT_SEARCH],
  ['every rule (filter, direction, avoid, maxDegree, maxHops)', EVERY_PATH_RULE],
  ['no hub cap', { ...DEFAULT_SEARCH, maxDegree: null }],
])('paths with %s', (_name, search) => {
  it('path (the best of 25 shortest) and allShortestPaths', () => {
    expect(allShortestPathsStatement('a', 'b', search, 24)).toMatchSnapshot();
  });
  it('paths(k: 3): the 60 shortest walks', () => {
    expect(kShortestPathsStatement('a', 'b', search, 60)).toMatchSnapshot();
  });
  it('connections(ids)', () => {
    expect(pairwiseShortestPathsStatement(['a', 'b', 'c'], search)).toMatchSnapshot();
  });
});

describe('commonNeighbours(a, b)', () => {
  it('any relationship', () => {
    expect(commonNeighboursStatement('a', 'b', ANY_RELATIONSHIP, 20)).toMatchSnapshot();
  });
  it('every filter criterion', () => {
    expect(commonNeighboursStatement('a', 'b', EVERY_CRITERION, 5)).toMatchSnapshot();
  });
});
