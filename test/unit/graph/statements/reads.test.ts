import { degreesStatement } from '../../../../src/graph/queries/degrees';
import { documentTextsStatement } from '../../../../src/graph/queries/document-texts';
import { entitiesByIdStatement } from '../../../../src/graph/queries/entities-by-id';
import { graphCountsStatement } from '../../../../src/graph/queries/graph-counts';
import { listEntitiesStatement, type EntityListRequest } from '../../../../src/graph/queries/list-entities';
import { mostConnectedStatement } from '../../../../src/graph/queries/most-connected';
import { pingStatement } from '../../../../src/graph/queries/ping';
import { luceneQuery, searchEntitiesStatement } from '../../../../src/graph/queries/search-entities';

const T = '2026-01-01T00:00:00.000Z';

/** The statements behind the root reads (entity and relationship pages are pinned with the relationship pages). */
describe('read statements', () => {
  it.each([
    ['ping (/ready)', pingStatement()],
    ['entities by id (the entity loader)', entitiesByIdStatement(['ann', 'ben'])],
    ['degrees (the degree loader)', degreesStatement(['ann', 'ben'])],
    ['document texts (the text loader)', documentTextsStatement(['doc-1'])],
    ['search, every kind', searchEntitiesStatement({ query: luceneQuery('nayib bukele')!, kinds: null, first: 10 })],
    ['search, some kinds', searchEntitiesStatement({ query: luceneQuery('ms')!, kinds: ['Organization'], first: 5 })],
    ['search, an empty kind list is every kind', searchEntitiesStatement({ query: 'x^3 OR x*', kinds: [], first: 1 })],
    ['stats counts, now', graphCountsStatement(null)],
    ['stats counts, knownAt', graphCountsStatement(T)],
    ['stats mostConnected, every kind', mostConnectedStatement({ first: 10, kinds: null })],
    ['stats mostConnected, some kinds', mostConnectedStatement({ first: 3, kinds: ['Person', 'Organization'] })],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });
});

describe('entities(filter, sort) statements', () => {
  const request = (over: Partial<EntityListRequest> = {}, filter: Partial<EntityListRequest['filter']> = {}) =>
    listEntitiesStatement({
      filter: {
        kinds: null,
        ids: null,
        text: null,
        hasRelationshipTypes: null,
        activeIn: null,
        named: null,
        ...filter,
      },
      sort: { field: 'NAME', order: 'ASC' },
      first: 20,
      after: null,
      ...over,
    });

  it.each([
    ['no filter, by name, first page', request()],
    ['by id descending, after a cursor', request({ sort: { field: 'ID', order: 'DESC' }, after: ['ben', 'ben'] })],
    ['by degree, after a cursor', request({ sort: { field: 'DEGREE', order: 'DESC' }, after: [4, 'ann'] })],
    ['kinds', request({}, { kinds: ['Person', 'Organization'] })],
    ['ids', request({}, { ids: ['ann', 'ben'] })],
    ['text (lower-cased)', request({}, { text: 'Bukele' })],
    ['named', request({}, { named: false })],
    ['has relationship types', request({}, { hasRelationshipTypes: ['INVITED', 'LEADS'] })],
    ['active in a window', request({}, { activeIn: { from: '2025-01-01', to: '2025-12-31' } })],
    ['active from a day on', request({}, { activeIn: { from: '2025-01-01', to: null } })],
    [
      'every filter at once',
      request(
        { first: 5 },
        {
          kinds: ['Person'],
          ids: ['ann'],
          text: 'an',
          hasRelationshipTypes: ['LEADS'],
          activeIn: { from: null, to: '2025-06-30' },
          named: true,
        },
      ),
    ],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('asks for one row more than a page and never writes a value into the text', () => {
    const statement = request({ first: 20 }, { text: 'Bukele', ids: ['ann'] });
    expect(statement.params.limit).toBe(21);
    expect(statement.cypher).not.toMatch(/bukele|ann/i);
  });

  it('interpolates only allow-listed relationship types', () => {
    expect(() => request({}, { hasRelationshipTypes: ['LEADS]-() DETACH DELETE e //' as never] })).toThrow(
      /LEADS\]-\(\) DETACH DELETE/,
    );
  });
});
