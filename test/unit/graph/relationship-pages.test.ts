import {
  ANY_RELATIONSHIP,
  decodeRelationshipPages,
  relationshipPagesStatement,
  type RelationshipPageRequest,
  type RelationshipPagesInput,
} from '../../../src/graph';

const LEAN = { sources: false, wholeOthers: false, total: true };
const page = (over: Partial<RelationshipPageRequest> = {}): RelationshipPageRequest => ({
  criteria: ANY_RELATIONSHIP,
  sort: { field: 'DATE', order: 'ASC' },
  first: 10,
  after: null,
  reads: LEAN,
  ...over,
});
const at = (request: RelationshipPageRequest, over: Partial<RelationshipPagesInput> = {}): RelationshipPagesInput => ({
  ids: ['a', 'b'],
  entities: false,
  plans: [{ request, nested: [] }],
  ...over,
});

describe('relationshipPagesStatement: entity pages', () => {
  it.each([
    ['DATE', 'ASC'],
    ['DATE', 'DESC'],
    ['ID', 'ASC'],
    ['ID', 'DESC'],
    ['CONFIDENCE', 'ASC'],
    ['CONFIDENCE', 'DESC'],
  ] as const)('sorted by %s %s', (field, order) => {
    expect(relationshipPagesStatement(at(page({ sort: { field, order } })))).toMatchSnapshot();
  });

  it('after a cursor: a keyset seek on the cursor key and id', () => {
    const statement = relationshipPagesStatement(at(page({ after: ['2024-03-01', 'rel-9'] })));
    expect(statement.params).toMatchObject({ p0_afterKey: '2024-03-01', p0_afterId: 'rel-9', p0_limit: 11 });
    expect(statement).toMatchSnapshot();
  });

  it('filtered by types, direction, status, confidence, dates and knownAt', () => {
    const criteria = {
      ...ANY_RELATIONSHIP,
      types: ['AFFILIATED_WITH', 'INVITED'] as const,
      direction: 'OUTGOING' as const,
      statuses: ['REPORTED'] as const,
      minConfidence: 0.5,
      asOf: '2024-01-01',
      window: { from: '2023-01-01', to: '2024-12-31' },
      includeUndated: false,
      knownAt: '2025-01-01T00:00:00.000Z',
    };
    expect(relationshipPagesStatement(at(page({ criteria })))).toMatchSnapshot();
  });

  it('whole far ends and sources when the selection asks for them', () => {
    const statement = relationshipPagesStatement(
      at(page({ reads: { sources: true, wholeOthers: true, total: true } })),
    );
    expect(statement.cypher).toContain('o_p0 { .*, text: null');
    expect(statement.cypher).not.toContain('sourceQuotes: null');
    expect(statement).toMatchSnapshot();
  });

  it('a lean page reads the far end by reference and no source lists', () => {
    const { cypher } = relationshipPagesStatement(at(page()));
    expect(cypher).toContain('other: o_p0 { .id, .kind, .name }');
    expect(cypher).toContain('sourceQuotes: null');
  });

  it('the look-ahead: an entity whole, two pages, the far ends of the first with a page each', () => {
    const nested = page({ sort: { field: 'ID', order: 'DESC' }, first: 3 });
    const input: RelationshipPagesInput = {
      ids: ['a'],
      entities: true,
      plans: [
        { request: page({ first: 5 }), nested: [{ request: nested, nested: [] }] },
        { request: page(), nested: [] },
      ],
    };
    expect(relationshipPagesStatement(input)).toMatchSnapshot();
  });
});

describe('relationshipPagesStatement: timeline and neighbourhood', () => {
  it('the timeline: dated relationships by span, counted with the undated in one pass', () => {
    const request = page({ sort: { field: 'SPAN', order: 'ASC' }, after: ['2024-01-01/2024-01-31', 'rel-1'] });
    expect(relationshipPagesStatement(at(request, { ids: ['a'], entities: true }))).toMatchSnapshot();
  });

  it('a neighbourhood step: strongest first, whole far ends, no totals, no sources', () => {
    const request = page({
      sort: { field: 'STRENGTH', order: 'DESC' },
      reads: { sources: false, wholeOthers: true, total: false },
    });
    const statement = relationshipPagesStatement(at(request, { ids: ['a', 'b', 'c'] }));
    expect(statement.cypher).not.toContain('COUNT');
    expect(statement).toMatchSnapshot();
  });

  it('a later neighbourhood step reads the entities it already holds as references', () => {
    const request = page({
      sort: { field: 'STRENGTH', order: 'DESC' },
      reads: { sources: true, wholeOthers: true, total: false },
      known: ['a', 'b'],
    });
    const statement = relationshipPagesStatement(at(request, { ids: ['b'] }));
    expect(statement.params).toMatchObject({ p0_known: ['a', 'b'] });
    expect(statement).toMatchSnapshot();
    const hop = (id: string) => ({
      rel: { props: { id: `r-${id}` }, type: 'INVITED', fromId: 'b', toId: id },
      other: { id, kind: 'Person', name: id },
      outgoing: true,
      key: null,
      nested: [],
    });
    const [read] = decodeRelationshipPages(at(request, { ids: ['b'] }), [
      { id: 'b', pages: [{ total: null, unordered: null, page: [hop('a'), hop('c')] }] },
    ]);
    expect(read!.pages[0]!.page.items.map((item) => [item.other.entity.id, item.other.whole, item.cursor])).toEqual([
      ['a', false, []],
      ['c', true, []],
    ]);
  });

  it('refuses a cursor for an order no page continues from', () => {
    const request = page({ sort: { field: 'STRENGTH', order: 'DESC' }, after: [1, 'x'] });
    expect(() => relationshipPagesStatement(at(request))).toThrow(/Expected no "after" for a STRENGTH page/);
  });
});

describe('decodeRelationshipPages', () => {
  const rel = (id: string, from: string, to: string) => ({
    props: { id, status: 'REPORTED', confidence: 0.9 },
    type: 'INVITED',
    fromId: from,
    toId: to,
  });
  const other = (id: string) => ({ id, kind: 'Person', name: `Name ${id}`, aliases: ['x'] });

  it('keeps the order of the ids, null for one no entity has, the extra row only as hasNextPage', () => {
    const input = at(page({ first: 1 }));
    const hops = [
      { rel: rel('r1', 'b', 'c'), other: other('c'), outgoing: true, key: '2024-01-01', nested: [] },
      { rel: rel('r2', 'd', 'b'), other: other('d'), outgoing: false, key: '2024-02-01', nested: [] },
    ];
    const [a, b] = decodeRelationshipPages(input, [{ id: 'b', pages: [{ total: 2, unordered: 0, page: hops }] }]);
    expect(a).toBeNull();
    expect(b!.pages).toHaveLength(1);
    const { page: read, entityId } = b!.pages[0]!;
    expect(entityId).toBe('b');
    expect(read.hasNextPage).toBe(true);
    expect(read.totalCount).toBe(2);
    expect(read.items.map((item) => [item.relationship.id, item.direction, item.cursor])).toEqual([
      ['r1', 'OUTGOING', ['2024-01-01', 'r1']],
    ]);
    // A lean read is a reference, typed apart from a whole entity.
    expect(read.items[0]!.other).toEqual({ whole: false, entity: { id: 'c', kind: 'Person', name: 'Name c' } });
  });

  it('reads whole far ends whole and flattens nested pages after their parent, at the far end', () => {
    const whole = { sources: false, wholeOthers: true, total: true };
    const child = page({ first: 5 });
    const input: RelationshipPagesInput = {
      ids: ['a'],
      entities: true,
      plans: [{ request: page({ reads: whole }), nested: [{ request: child, nested: [] }] }],
    };
    const nestedRow = {
      total: 1,
      unordered: 0,
      page: [{ rel: rel('r2', 'c', 'd'), other: other('d'), outgoing: true, key: 'k', nested: [] }],
    };
    const row = {
      total: 1,
      unordered: 0,
      page: [{ rel: rel('r1', 'a', 'c'), other: other('c'), outgoing: true, key: 'k', nested: [nestedRow] }],
    };
    const [read] = decodeRelationshipPages(input, [{ id: 'a', entity: other('a'), pages: [row] }]);
    expect(read!.entity?.aliases).toEqual(['x']);
    expect(read!.pages.map((p) => [p.entityId, p.request])).toEqual([
      ['a', input.plans[0]!.request],
      ['c', child],
    ]);
    const far = read!.pages[0]!.page.items[0]!.other;
    expect(far.whole && far.entity.aliases).toEqual(['x']);
  });
});
