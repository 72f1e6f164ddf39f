/**
 * The Cypher tier: the exact statement and parameters of every query shape
 * behind `entity { relationships … }` (the look-ahead's one statement, the
 * loader's batch). A change to what the API sends to Neo4j shows in the
 * snapshot diff. No database involved.
 */
import { ANY_RELATIONSHIP } from '../../../../src/graph/criteria';
import { entityWithRelationshipsStatement } from '../../../../src/graph/queries/entity-with-relationships';
import { relationshipsOfEntitiesStatement } from '../../../../src/graph/queries/relationships-of-entities';
import { EVERY_CRITERION, LEAN, WHOLE, pageRequest } from './fixtures';

describe('entity(id) with its relationships read ahead (one statement)', () => {
  it('one page, default arguments, lean selection (edges { node { id type } other { id name } })', () => {
    expect(entityWithRelationshipsStatement('person-1', [{ request: pageRequest(), nested: [] }])).toMatchSnapshot();
  });

  it('one page whose selection needs sources and whole far ends', () => {
    const plan = { request: pageRequest({ reads: WHOLE }), nested: [] };
    expect(entityWithRelationshipsStatement('person-1', [plan])).toMatchSnapshot();
  });

  it('two levels: the far ends’ own pages nested (entity-2-levels)', () => {
    const members = pageRequest({
      criteria: { ...ANY_RELATIONSHIP, types: ['AFFILIATED_WITH'], direction: 'INCOMING' },
      sort: { field: 'ID', order: 'ASC' },
      first: 5,
    });
    const affiliations = pageRequest({
      criteria: { ...ANY_RELATIONSHIP, types: ['AFFILIATED_WITH'], direction: 'OUTGOING' },
      first: 10,
      reads: { sources: true, wholeOthers: false },
    });
    expect(
      entityWithRelationshipsStatement('person-1', [
        { request: affiliations, nested: [{ request: members, nested: [] }] },
      ]),
    ).toMatchSnapshot();
  });

  it('two sibling pages (aliases)', () => {
    const plans = [
      { request: pageRequest({ first: 3 }), nested: [] },
      { request: pageRequest({ sort: { field: 'CONFIDENCE', order: 'DESC' }, first: 3 }), nested: [] },
    ];
    expect(entityWithRelationshipsStatement('person-1', plans)).toMatchSnapshot();
  });
});

describe('Entity.relationships through the loader (one statement per distinct page, all entities at once)', () => {
  const shapes = {
    'DATE ASC (the default)': pageRequest(),
    'DATE DESC': pageRequest({ sort: { field: 'DATE', order: 'DESC' } }),
    'ID ASC': pageRequest({ sort: { field: 'ID', order: 'ASC' } }),
    'ID DESC': pageRequest({ sort: { field: 'ID', order: 'DESC' } }),
    'CONFIDENCE ASC': pageRequest({ sort: { field: 'CONFIDENCE', order: 'ASC' } }),
    'CONFIDENCE DESC': pageRequest({ sort: { field: 'CONFIDENCE', order: 'DESC' } }),
    'a later page (after a cursor, hub-page-3)': pageRequest({
      sort: { field: 'ID', order: 'ASC' },
      after: ['rel-00040', 'rel-00040'],
    }),
    'a later page by date': pageRequest({ after: ['2025-03-01', 'rel-00040'] }),
    'every filter criterion': pageRequest({ criteria: EVERY_CRITERION }),
    'sources and whole far ends': pageRequest({ reads: WHOLE }),
  };
  it.each(Object.entries(shapes))('%s', (_name, request) => {
    expect(
      relationshipsOfEntitiesStatement(['person-1', 'person-2'], request, { total: true, entities: null }),
    ).toMatchSnapshot();
  });

  it('lean reads leave out the quotes and read far ends as refs', () => {
    const { cypher } = relationshipsOfEntitiesStatement(['x'], pageRequest({ reads: LEAN }), {
      total: true,
      entities: null,
    });
    expect(cypher).toContain('sourceQuotes: null');
    expect(cypher).toContain('{ .id, .kind, .name }');
  });
});
