import neo4j from 'neo4j-driver';

import { cypherParams } from '../../../src/graph/cypher/params';

/** The one way integers reach Cypher: builders pass plain numbers, this makes the whole ones integers. */
describe('cypherParams', () => {
  it('sends whole numbers as Cypher integers and the rest as they are, at any depth', () => {
    const sent = cypherParams({
      limit: 21,
      confidence: 0.5,
      rows: [{ props: { sourceStarts: [0, 13], enactedYear: 1798, name: 'Act', named: true, gone: null } }],
    });
    expect(neo4j.isInt(sent.limit)).toBe(true);
    expect(String(sent.limit)).toBe('21');
    expect(sent.confidence).toBe(0.5);
    const props = (sent.rows as Array<{ props: Record<string, unknown> }>)[0]!.props;
    expect((props.sourceStarts as unknown[]).every((n) => neo4j.isInt(n))).toBe(true);
    expect(neo4j.isInt(props.enactedYear)).toBe(true);
    expect(props).toMatchObject({ name: 'Act', named: true, gone: null });
  });

  it('leaves a number past 2^53 a float rather than round it silently into a different integer', () => {
    expect(cypherParams({ big: 2 ** 60 }).big).toBe(2 ** 60);
  });
});
