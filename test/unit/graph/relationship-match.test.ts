import { ANY_RELATIONSHIP } from '../../../src/graph/criteria';
import { relationshipMatch, typeAlternation } from '../../../src/graph/cypher/relationship-match';

describe('relationshipMatch', () => {
  it('builds a directed pattern with allow-listed types only', () => {
    const m = relationshipMatch(
      { ...ANY_RELATIONSHIP, types: ['INVITED', 'LEADS'], direction: 'OUTGOING' },
      { from: 'e', rel: 'r', to: 'o:Entity' },
    );
    expect(m.pattern).toBe('(e)-[r:INVITED|LEADS]->(o:Entity)');
    expect(m.where).toBe('true');
  });

  it('refuses a type outside the domain allow-list instead of interpolating it', () => {
    expect(() => typeAlternation(['INVITED]->() DETACH DELETE (x) //'])).toThrow(/INVITED\]->\(\) DETACH DELETE/);
  });

  it('parameterises every value and names the parameters with the prefix', () => {
    const m = relationshipMatch(
      {
        ...ANY_RELATIONSHIP,
        direction: 'INCOMING',
        asOf: '2025-04-01',
        window: { from: '2025-01-01', to: '2025-12-31' },
        statuses: ['REPORTED'],
        minConfidence: 0.5,
        includeUndated: false,
      },
      { from: 'a', rel: 'x', to: 'b' },
      'q_',
    );
    expect(m.pattern).toBe('(a)<-[x]-(b)');
    expect(m.params).toEqual({
      q_statuses: ['REPORTED'],
      q_minConfidence: 0.5,
      q_asOf: '2025-04-01',
      q_windowFrom: '2025-01-01',
      q_windowTo: '2025-12-31',
      q_includeUndated: false,
    });
    expect(m.where).toMatchSnapshot();
    expect(m.where).not.toContain('2025');
  });
});
