import { startTestApi, type TestApi } from '../support/api';
import { FixtureGraph } from '../support/fixture-graph';

let api: TestApi;
const f = new FixtureGraph('apitrav');
const hub = f.person('hub');
const spokes = Array.from({ length: 12 }, (_, i) => f.person(`s${i}`));
const far = f.person('far');
beforeAll(async () => {
  api = await startTestApi();
  spokes.forEach((s, i) =>
    f.relate('PARTNERED_WITH', hub, s, {
      local: `hub-s${i}`,
      confidence: 0.5 + i / 100,
      temporal:
        i % 3 === 0
          ? {}
          : {
              since: { value: `${2010 + i}`, precision: 'YEAR' },
              ...(i % 2 ? { until: { value: `${2012 + i}`, precision: 'YEAR' } } : {}),
            },
    }),
  );
  f.relate('INVITED', spokes[0]!, far, {
    local: 's0-far',
    temporal: { date: { value: '2025-04', precision: 'MONTH' } },
  });
  f.relate('INVITED', far, spokes[1]!, { local: 'far-s1', status: 'CLAIMED', confidence: 0.3 });
  await f.write(api.driver);
});
afterAll(async () => {
  await f.remove(api.driver);
  await api.stop();
});

const relationshipsOf = async (id: string, args: string) => {
  const res = await api.gql(
    `query($id: ID!) { entity(id: $id) { relationships(${args}) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor direction other { id } node { id type status confidence } } } } }`,
    { id },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data.entity.relationships;
};

describe('Entity.relationships', () => {
  it('lists relationships with direction and the other end', async () => {
    const page = await relationshipsOf(far, 'first: 10');
    expect(page.totalCount).toBe(2);
    const byId = Object.fromEntries(page.edges.map((e: any) => [e.node.id, e]));
    expect(byId[f.id('s0-far')]).toMatchObject({ direction: 'INCOMING', other: { id: spokes[0] } });
    expect(byId[f.id('far-s1')]).toMatchObject({ direction: 'OUTGOING', other: { id: spokes[1] } });
  });

  it('filters by type, direction, status, confidence, as-of date and window', async () => {
    expect((await relationshipsOf(far, 'filter: { direction: OUTGOING }')).totalCount).toBe(1);
    expect((await relationshipsOf(far, 'filter: { types: [PARTNERED_WITH] }')).totalCount).toBe(0);
    expect((await relationshipsOf(far, 'filter: { statuses: [CLAIMED] }')).totalCount).toBe(1);
    expect((await relationshipsOf(far, 'filter: { minConfidence: 0.5 }')).totalCount).toBe(1);
    // spokes 1..11 with since 2011.. ; odd ones end two years later.
    const asOf2013 = await relationshipsOf(hub, 'first: 50, filter: { asOf: "2013-06-01", includeUndated: false }');
    const expected = spokes
      .map((_, i) => i)
      .filter((i) => i % 3 !== 0 && 2010 + i <= 2013 && (i % 2 === 0 || 2012 + i >= 2013));
    expect(asOf2013.edges.map((e: any) => e.node.id).sort()).toEqual(expected.map((i) => f.id(`hub-s${i}`)).sort());
    const withUndated = await relationshipsOf(hub, 'first: 50, filter: { asOf: "2013-06-01" }');
    expect(withUndated.totalCount).toBe(expected.length + 4);
    const window = await relationshipsOf(
      hub,
      'first: 50, filter: { window: { from: "2030", to: "2031" }, includeUndated: false }',
    );
    expect(window.totalCount).toBe(spokes.filter((_, i) => i % 3 !== 0 && i % 2 === 0).length);
  });

  it('walks pages in every sort with no duplicate and no gap', async () => {
    for (const sort of ['{ field: DATE }', '{ field: ID, order: DESC }', '{ field: CONFIDENCE, order: DESC }']) {
      const all = (await relationshipsOf(hub, `first: 100, sort: ${sort}`)).edges.map((e: any) => e.node.id);
      const walked: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i += 1) {
        const page: any = await relationshipsOf(hub, `first: 5, sort: ${sort}${after ? `, after: "${after}"` : ''}`);
        walked.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked).toEqual(all);
      expect(new Set(walked).size).toBe(12);
    }
    const confidences = (await relationshipsOf(hub, 'first: 100, sort: { field: CONFIDENCE, order: DESC }')).edges.map(
      (e: any) => e.node.confidence,
    );
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });

  it('refuses a bad date window and a confidence out of range', async () => {
    const res = await api.gql(
      `{ entity(id: "${hub}") { relationships(filter: { window: { from: "2025", to: "2024" } }) { totalCount } } }`,
    );
    expect(res.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const bad = await api.gql(
      `{ entity(id: "${hub}") { relationships(filter: { minConfidence: 2 }) { totalCount } } }`,
    );
    expect(bad.body.errors![0]!.message).toMatch(/minConfidence/);
    const date = await api.gql(
      `{ entity(id: "${hub}") { relationships(filter: { asOf: "2025-02-30" }) { totalCount } } }`,
    );
    expect(date.body.errors![0]!.message).toMatch(/2025-02-30/);
  });
});

describe('neighbourhood', () => {
  const hood = async (args: string) => {
    const res = await api.gql(
      `{ neighbourhood(${args}) { nodes { id } edges { id fromId toId } layers truncated truncatedBy } }`,
    );
    return res;
  };

  it('returns a deduplicated subgraph whose edges all have both ends among the nodes', async () => {
    const res = await hood(`id: "${far}", depth: 2`);
    expect(res.body.errors).toBeUndefined();
    const g = res.body.data.neighbourhood;
    const ids = g.nodes.map((n: any) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([far, hub, spokes[0], spokes[1]].sort());
    for (const e of g.edges) {
      expect(ids).toContain(e.fromId);
      expect(ids).toContain(e.toId);
    }
    expect(new Set(g.edges.map((e: any) => e.id)).size).toBe(g.edges.length);
    expect(g.layers[0]).toEqual([far]);
    expect([...g.layers[1]].sort()).toEqual([spokes[0], spokes[1]].sort());
    expect(g.layers[2]).toEqual([hub]);
    expect(g.truncated).toBe(false);
  });

  it('reaches further with depth 3 and follows only the given types and direction', async () => {
    const deep = (await hood(`id: "${far}", depth: 3`)).body.data.neighbourhood;
    expect(deep.nodes).toHaveLength(14);
    const invitedOnly = (await hood(`id: "${far}", depth: 3, filter: { types: [INVITED] }`)).body.data.neighbourhood;
    expect(invitedOnly.nodes.map((n: any) => n.id).sort()).toEqual([far, spokes[0], spokes[1]].sort());
    const outgoing = (await hood(`id: "${far}", depth: 3, filter: { direction: OUTGOING }`)).body.data.neighbourhood;
    expect(outgoing.nodes.map((n: any) => n.id).sort()).toEqual([far, spokes[1]].sort());
  });

  it('applies the date filter to every hop', async () => {
    const g = (await hood(`id: "${hub}", depth: 2, filter: { asOf: "2013-06-01", includeUndated: false }`)).body.data
      .neighbourhood;
    expect(g.nodes.map((n: any) => n.id)).not.toContain(far);
    expect(g.edges.every((e: any) => e.fromId === hub)).toBe(true);
  });

  it('caps fan-out per entity (strongest first) and the total, and says which cap cut', async () => {
    const capped = (await hood(`id: "${hub}", depth: 1, fanOut: 3`)).body.data.neighbourhood;
    expect(capped.nodes).toHaveLength(4);
    expect(capped.truncatedBy).toEqual(['fanOut']);
    expect(capped.edges.map((e: any) => e.id).sort()).toEqual(
      [f.id('hub-s11'), f.id('hub-s10'), f.id('hub-s9')].sort(),
    );
    const limited = (await hood(`id: "${hub}", depth: 2, limit: 5`)).body.data.neighbourhood;
    expect(limited.nodes).toHaveLength(5);
    expect(limited.truncated).toBe(true);
    expect(limited.truncatedBy).toContain('limit');
  });

  it('refuses a depth above the limit and an unknown id', async () => {
    const deep = await hood(`id: "${hub}", depth: 9`);
    expect(deep.body.errors![0]).toMatchObject({
      message: 'Argument "depth" = 9 exceeds the limit maxTraversalDepth = 4.',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxTraversalDepth', value: 4 },
    });
    const missing = await hood(`id: "nobody-here"`);
    expect(missing.body.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('draws the seed graph around Bukele with sources on every edge', async () => {
    const res = await api.gql(
      `{ neighbourhood(id: "nayib-bukele", depth: 2) { nodes { id kind } edges { type sources { quote } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const g = res.body.data.neighbourhood;
    expect(g.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['donald-trump', 'el-salvador', 'trump-administration']),
    );
    for (const e of g.edges) expect(e.sources.length).toBeGreaterThan(0);
  });
});

describe('timeline', () => {
  it('orders dated relationships by date, coarse before fine within a span, and counts the undated', async () => {
    const res = await api.gql(`{ timeline(id: "nayib-bukele", first: 50) {
      entity { id } totalCount undatedCount entries { when { value precision } until { value } relationship { id } direction other { id } } } }`);
    expect(res.body.errors).toBeUndefined();
    const t = res.body.data.timeline;
    expect(t.entity.id).toBe('nayib-bukele');
    expect(t.undatedCount).toBeGreaterThan(0);
    const days = t.entries.map((e: any) => e.when.value);
    expect(days[0]).toBe('2019');
    const earliest = (v: string) => (v + '-01-01').slice(0, 10);
    for (let i = 1; i < days.length; i += 1) expect(earliest(days[i - 1]) <= earliest(days[i])).toBe(true);
    expect(t.entries.map((e: any) => e.relationship.id)).toContain('bukele-posted-letter');
    // Undated facts are counted, not placed (the invitation has no date of its own).
    expect(t.entries.map((e: any) => e.relationship.id)).not.toContain('trump-invited-bukele');
  });

  it('pages with stable cursors and applies the filter', async () => {
    const all = (await api.gql(`{ timeline(id: "${hub}", first: 50) { totalCount entries { relationship { id } } } }`))
      .body.data.timeline;
    expect(all.totalCount).toBe(8);
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const page: any = (
        await api.gql(
          `query($a: String) { timeline(id: "${hub}", first: 3, after: $a) { pageInfo { hasNextPage endCursor } entries { cursor relationship { id } } } }`,
          { a: after },
        )
      ).body.data.timeline;
      walked.push(...page.entries.map((e: any) => e.relationship.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.entries.map((e: any) => e.relationship.id));
    const windowed = (await api.gql(`{ timeline(id: "${hub}", filter: { window: { to: "2012" } }) { totalCount } }`))
      .body.data.timeline;
    expect(windowed.totalCount).toBe(2);
  });

  it('brings its entity and the far ends in its own statement: one in all', async () => {
    const res = await api.gql(`{ timeline(id: "nayib-bukele", first: 50) { entity { id name }
      entries { relationship { id fromId toId } direction other { id name } whole: other { id aliases } } } }`);
    expect(res.body.errors).toBeUndefined();
    const t = res.body.data.timeline;
    expect(t.entity.id).toBe('nayib-bukele');
    expect(t.entries.length).toBeGreaterThan(1);
    for (const e of t.entries) {
      const { fromId, toId } = e.relationship;
      expect(e.other.id).toBe(e.direction === 'OUTGOING' ? toId : fromId);
      expect(e.whole.id).toBe(e.other.id);
      expect(Array.isArray(e.whole.aliases)).toBe(true);
    }
    expect(res.body.extensions.newsgraph.cypherStatements).toBe(1);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const res = await api.gql(`{ timeline(id: "nobody") { totalCount } }`);
    expect(res.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('stats', () => {
  it('counts entities by kind and relationships by type, and names the most connected', async () => {
    const res = await api.gql(`{ stats { entityCount relationshipCount sourceCount
      entitiesByKind { kind count } relationshipsByType { type count }
      mostConnected(first: 3) { degree entity { id } } } }`);
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data.stats;
    expect(s.entitiesByKind.reduce((n: number, k: any) => n + k.count, 0)).toBe(s.entityCount);
    expect(s.relationshipsByType.reduce((n: number, t: any) => n + t.count, 0)).toBe(s.relationshipCount);
    expect(s.sourceCount).toBeGreaterThanOrEqual(s.relationshipCount);
    expect(s.entitiesByKind).toContainEqual(expect.objectContaining({ kind: 'PERSON' }));
    const degrees = s.mostConnected.map((m: any) => m.degree);
    expect([...degrees].sort((a: number, b: number) => b - a)).toEqual(degrees);
    const countries = (await api.gql(`{ stats { mostConnected(first: 5, kinds: [COUNTRY]) { entity { kind } } } }`))
      .body.data.stats;
    expect(countries.mostConnected.length).toBeGreaterThan(0);
    expect(countries.mostConnected.every((m: any) => m.entity.kind === 'COUNTRY')).toBe(true);
    const hubDegree = (await api.gql(`{ entity(id: "${hub}") { degree } }`)).body.data.entity.degree;
    expect(degrees[0]).toBeGreaterThanOrEqual(hubDegree);
  });
});
