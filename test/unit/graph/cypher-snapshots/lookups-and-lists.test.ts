/** The Cypher tier for the lookups behind the loaders and for `entities`, `search`, `stats`. */
import { degreesStatement } from '../../../../src/graph/queries/degrees';
import { documentTextsStatement } from '../../../../src/graph/queries/document-texts';
import { entitiesByIdStatement } from '../../../../src/graph/queries/entities-by-id';
import { graphCountsStatement } from '../../../../src/graph/queries/graph-counts';
import { listEntitiesStatement, type EntityListRequest } from '../../../../src/graph/queries/list-entities';
import { mostConnectedStatement } from '../../../../src/graph/queries/most-connected';
import { pingStatement } from '../../../../src/graph/queries/ping';
import { relationshipsByIdStatement } from '../../../../src/graph/queries/relationships-by-id';
import { luceneQuery, searchEntitiesStatement } from '../../../../src/graph/queries/search-entities';

describe('loader batches (entity, relationship, degree, document text) and /ready', () => {
  it('entity(id) and every entity a field resolves', () => {
    expect(entitiesByIdStatement(['a', 'b'])).toMatchSnapshot();
  });
  it('relationship(id): one branch per type, each on its id index', () => {
    expect(relationshipsByIdStatement(['rel-1'])).toMatchSnapshot();
  });
  it('Entity.degree', () => {
    expect(degreesStatement(['a', 'b'])).toMatchSnapshot();
  });
  it('Document.text and Source.context', () => {
    expect(documentTextsStatement(['doc-1'])).toMatchSnapshot();
  });
  it('the readiness probe', () => {
    expect(pingStatement()).toMatchSnapshot();
  });
});

describe('entities(filter, sort, first, after)', () => {
  const none: EntityListRequest['filter'] = {
    kinds: null,
    ids: null,
    text: null,
    hasRelationshipTypes: null,
    activeIn: null,
    named: null,
  };
  const list = (overrides: Partial<EntityListRequest> = {}): EntityListRequest => ({
    filter: none,
    sort: { field: 'NAME', order: 'ASC' },
    first: 20,
    after: null,
    ...overrides,
  });
  it.each([
    ['no filter, by name (the default)', list()],
    ['by id, descending', list({ sort: { field: 'ID', order: 'DESC' } })],
    ['by degree, a later page', list({ sort: { field: 'DEGREE', order: 'DESC' }, after: [12, 'person-3'] })],
    [
      'every filter (filtered-list and more)',
      list({
        filter: {
          kinds: ['Person', 'Organization'],
          ids: ['a', 'b'],
          text: 'Bukele',
          hasRelationshipTypes: ['LEADS'],
          activeIn: { from: '2025-01-01', to: null },
          named: true,
        },
      }),
    ],
  ])('%s', (_name, request) => {
    expect(listEntitiesStatement(request)).toMatchSnapshot();
  });
});

describe('search(text, kinds, first)', () => {
  it('any kind', () => {
    expect(searchEntitiesStatement(luceneQuery('nayib bukle')!, null, 10)).toMatchSnapshot();
  });
  it('some kinds', () => {
    expect(searchEntitiesStatement(luceneQuery('cecot')!, ['Prison'], 5)).toMatchSnapshot();
  });
});

describe('stats', () => {
  it('counts', () => {
    expect(graphCountsStatement()).toMatchSnapshot();
  });
  it('mostConnected, any kind and some kinds', () => {
    expect(mostConnectedStatement(10, null)).toMatchSnapshot();
    expect(mostConnectedStatement(5, ['Government'])).toMatchSnapshot();
  });
});
