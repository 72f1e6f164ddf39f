import type { SeedGraph } from '../../../src/domain';
import { entityStatement, relationshipStatement, seedRows } from '../../../src/graph/writes';
import { latestVersionsStatement } from '../../../src/graph/writes/relationship-statements';
import { SEEDS_DIR, validGraph } from '../../fixtures/seeds/helpers';

describe('the storage model of the seed writer', () => {
  let graph: SeedGraph;
  beforeAll(async () => {
    graph = await validGraph(SEEDS_DIR);
  });

  it('stores a relationship with its dates, bounds, qualifiers and parallel source lists', () => {
    const rows = seedRows(graph).relationships.get('INVITED')!;
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      id: 'trump-invited-bukele',
      from: 'donald-trump',
      to: 'nayib-bukele',
      // Undated: the article dates the letter's posting, not the invitation (issue 18).
      validFrom: null,
      validTo: null,
    });
    expect(row.props).toMatchObject({
      id: 'trump-invited-bukele',
      status: 'REPORTED',
      confidence: 0.95,
      date: null,
      datePrecision: null,
      since: null,
      sincePrecision: null,
      until: null,
      untilPrecision: null,
      q_visitType: 'official working visit',
      q_when: 'in a letter posted on X late Wednesday night',
      sourceDocumentIds: Array(3).fill('article-000-b0502ea1321b6f98'),
      sourceAttributedTo: ['nayib-bukele', '', ''],
    });
    expect((row.props.sourceStarts as unknown[]).map(Number)).toEqual([13, expect.any(Number), expect.any(Number)]);
    const lengths = ['sourceDocumentIds', 'sourceQuotes', 'sourceStarts', 'sourceEnds', 'sourceAttributedTo'].map(
      (k) => (row.props[k] as unknown[]).length,
    );
    expect(new Set(lengths)).toEqual(new Set([3]));
  });

  it('stores a day-precise date as one-day bounds, with the basis the validator wrote', () => {
    const visit = seedRows(graph)
      .relationships.get('LOCATED_IN')!
      .find((r) => r.id === 'visit-at-white-house')!;
    expect(visit).toMatchObject({ validFrom: '2025-04-14', validTo: '2025-04-14' });
    expect(visit.props).toMatchObject({ date: '2025-04-14', datePrecision: 'DAY' });
    expect(visit.props.q_dateBasis).toMatch(/^'April 14', in the publication day's year/);
  });

  it('stores a span as open-ended bounds', () => {
    const leads = seedRows(graph)
      .relationships.get('LEADS')!
      .find((r) => r.id === 'bukele-leads-el-salvador')!;
    expect(leads).toMatchObject({ validFrom: '2019-01-01', validTo: null });
    expect(leads.props).toMatchObject({ since: '2019', sincePrecision: 'YEAR', date: null });
  });

  it('stores entities with core, kind-specific (integers as plain numbers: the client sends them as Cypher integers) and document properties', () => {
    const rows = seedRows(graph).entities;
    const law = rows.get('Law')![0]!;
    expect(law.props).toMatchObject({
      id: 'alien-enemies-act-1798',
      kind: 'Law',
      name: 'Alien Enemies Act of 1798',
      named: true,
      enactedYear: 1798,
      priorInvocationsWartimeOnly: true,
    });
    const article = rows.get('Document')!.find((r) => r.id === 'article-000-b0502ea1321b6f98')!;
    expect(article.props).toMatchObject({
      title: 'Trump invites Salvadoran leader Nayib Bukele to the White House',
      publisher: null,
      published: '2025-04',
      publishedPrecision: 'MONTH',
      url: null,
      named: true,
    });
    expect(String(article.props.text)).toMatch(/^WASHINGTON — President Donald Trump/);
    const letter = rows.get('Document')!.find((r) => r.id === 'trump-letter')!;
    expect(letter.props).toMatchObject({ title: null, text: null, named: false });
  });

  it('interpolates only allow-listed labels and types', () => {
    expect(entityStatement('Prison')).toContain('SET e:Prison\nREMOVE e:Person:Government:Country:Organization:Law:');
    expect(relationshipStatement('INVITED')).toContain('MERGE (a)-[r:INVITED {id: row.id}]->(b)');
    expect(latestVersionsStatement([]).cypher).toContain('  MATCH ()-[r:LEADS {id: id}]->() RETURN r\n  UNION ALL\n');
    expect(() => entityStatement('Person) DETACH DELETE (x')).toThrow(/Unknown entity kind/);
    expect(() => relationshipStatement('INVITED]->() DELETE r //')).toThrow(/Unknown relationship type/);
  });
});
