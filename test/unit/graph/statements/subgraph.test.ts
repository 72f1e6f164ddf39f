import { entitySubgraphStatement } from '../../../../src/graph';

describe('subgraph(ids) statement', () => {
  it('reads the entities by id and the current relationships among them', () => {
    expect(entitySubgraphStatement({ ids: ['a', 'b'], knownAt: null })).toMatchSnapshot();
  });

  it('at knownAt: entities recorded by then, the relationship versions known then', () => {
    const statement = entitySubgraphStatement({ ids: ['a'], knownAt: '2025-04-14T09:30:00.000Z' });
    expect(statement.params).toEqual({ ids: ['a'], knownAt: '2025-04-14T09:30:00.000Z' });
    expect(statement).toMatchSnapshot();
  });
});
