import { ANY_RELATIONSHIP } from '../../../src/graph/criteria';
import { relationshipMatch, typeAlternation } from '../../../src/graph/cypher/relationship-match';

describe('relationshipMatch', () => {
  it('builds a directed pattern with allow-listed types only', () => {
    const m = relationshipMatch(
      { ...ANY_RELATIONSHIP, types: ['INVITED', 'LEADS'], direction: 'OUTGOING' },
      { from: 'e', rel: 'r', to: 'o:Entity' },
    );
    expect(m.pattern).toBe('(e)-[r:INVITED|LEADS]->(o:Entity)');
    // Nothing asked but the current versions: one property test.
    expect(m.where).toBe('r.retractedAt IS NULL');
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
        knownAt: '2026-01-02T03:04:05.000Z',
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
      q_knownAt: '2026-01-02T03:04:05.000Z',
    });
    expect(m.where).toMatchSnapshot();
    expect(m.where).not.toContain('2025');
    expect(m.where).not.toContain('2026');
  });
});
