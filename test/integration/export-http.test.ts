/**
 * Subgraph exports over HTTP against the seed graph: each format read back
 * with the library or parser a tool would use, compared with the same
 * subgraph asked for through /graphql.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';

import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let base: string;

beforeAll(async () => {
  // Slack for a loaded machine: this file checks formats, not speed.
  api = await startTestApi({ TX_TIMEOUT_MS: '30000' });
  base = api.server.url;
});

afterAll(async () => {
  await api.stop();
});

const NEIGHBOURHOOD = `query($id: ID!) { neighbourhood(id: $id, depth: 2) {
  nodes { id kind name }
  edges { id type fromId toId status confidence date { value precision } since { value precision } sources { documentId quote start end } }
} }`;

async function download(path: string) {
  const res = await fetch(`${base}${path}`);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function expected() {
  const answer = await api.gql(NEIGHBOURHOOD, { id: 'nayib-bukele' });
  return answer.body.data.neighbourhood as {
    nodes: Array<{ id: string; kind: string; name: string }>;
    edges: Array<{
      id: string;
      type: string;
      fromId: string;
      toId: string;
      status: string;
      confidence: number;
      date: { value: string; precision: string } | null;
      since: { value: string; precision: string } | null;
      sources: Array<{ documentId: string; quote: string; start: number; end: number }>;
    }>;
  };
}

describe('GET /export/neighbourhood', () => {
  it('GraphML parses back through graphology-graphml with every node, edge and attribute', async () => {
    const want = await expected();
    const { res, bytes } = await download('/export/neighbourhood?entity=nayib-bukele&depth=2&format=graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="newsgraph-neighbourhood-nayib-bukele-d2.graphml"',
    );
    const graph = parseGraphml(MultiDirectedGraph, bytes.toString('utf8'));
    expect(graph.order).toBe(want.nodes.length);
    expect(graph.size).toBe(want.edges.length);
    for (const node of want.nodes) {
      expect(graph.getNodeAttributes(node.id)).toMatchObject({ kind: node.kind, label: node.name });
    }
    for (const edge of want.edges) {
      const attributes = graph.getEdgeAttributes(edge.id);
      expect(graph.source(edge.id)).toBe(edge.fromId);
      expect(graph.target(edge.id)).toBe(edge.toId);
      expect(attributes).toMatchObject({ type: edge.type, status: edge.status, confidence: edge.confidence });
      expect(attributes['date'] ?? null).toBe(edge.date?.value ?? null);
      expect(attributes['datePrecision'] ?? null).toBe(edge.date?.precision ?? null);
      expect(attributes['sincePrecision'] ?? null).toBe(edge.since?.precision ?? null);
      const sources = JSON.parse(attributes['sources'] as string);
      expect(sources.map((s: any) => [s.documentId, s.quote, s.start, s.end])).toEqual(
        edge.sources.map((s) => [s.documentId, s.quote, s.start, s.end]),
      );
    }
  });

  it('GEXF parses back through graphology-gexf with the same counts and attributes', async () => {
    const want = await expected();
    const { res, bytes } = await download('/export/neighbourhood?entity=nayib-bukele&depth=2&format=gexf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('newsgraph-neighbourhood-nayib-bukele-d2.gexf');
    const graph = parseGexf(MultiDirectedGraph, bytes.toString('utf8'));
    expect(graph.order).toBe(want.nodes.length);
    expect(graph.size).toBe(want.edges.length);
    for (const node of want.nodes) {
      expect(graph.getNodeAttributes(node.id)).toMatchObject({ kind: node.kind, label: node.name });
    }
    for (const edge of want.edges) {
      const attributes = graph.getEdgeAttributes(edge.id);
      expect(attributes).toMatchObject({ type: edge.type, status: edge.status, confidence: edge.confidence });
      expect(attributes['datePrecision'] ?? null).toBe(edge.date?.precision ?? null);
      expect(JSON.parse(attributes['sources'] as string).map((s: any) => s.quote)).toEqual(
        edge.sources.map((s) => s.quote),
      );
    }
  });

  it('CSV: a zip of a nodes file and an edges file that a CSV parser reads', async () => {
    const want = await expected();
    const { res, bytes } = await download('/export/neighbourhood?entity=nayib-bukele&depth=2&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(bytes));
    const stem = 'newsgraph-neighbourhood-nayib-bukele-d2';
    expect(Object.keys(files).sort()).toEqual([`${stem}-edges.csv`, `${stem}-nodes.csv`]);
    const read = (name: string) =>
      parseCsv<Record<string, string>>(strFromU8(files[name]!), { columns: true, bom: true, skip_empty_lines: true });
    const nodes = read(`${stem}-nodes.csv`);
    const edges = read(`${stem}-edges.csv`);
    expect(nodes.map((n) => n['id']).sort()).toEqual(want.nodes.map((n) => n.id).sort());
    expect(edges).toHaveLength(want.edges.length);
    for (const edge of want.edges) {
      const row = edges.find((e) => e['id'] === edge.id)!;
      expect(row).toMatchObject({ source: edge.fromId, target: edge.toId, type: edge.type, status: edge.status });
      expect(Number(row['confidence'])).toBe(edge.confidence);
      expect(JSON.parse(row['sources']!).map((s: any) => s.quote)).toEqual(edge.sources.map((s) => s.quote));
    }
  });

  it('JSON Graph validates against the JGF v2 schema and keeps sources structured', async () => {
    const want = await expected();
    const { res, bytes } = await download('/export/neighbourhood?entity=nayib-bukele&depth=2&format=jgf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('newsgraph-neighbourhood-nayib-bukele-d2.json');
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/json-graph/json-graph-schema_v2.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    const document = JSON.parse(bytes.toString('utf8'));
    expect(validate.errors ?? null).toBeNull();
    expect(validate(document)).toBe(true);
    expect(Object.keys(document.graph.nodes).sort()).toEqual(want.nodes.map((n) => n.id).sort());
    expect(document.graph.edges).toHaveLength(want.edges.length);
    const first = want.edges[0]!;
    const edge = document.graph.edges.find((e: any) => e.id === first.id);
    expect(edge).toMatchObject({ source: first.fromId, target: first.toId, relation: first.type });
    expect(edge.metadata.sources[0]).toMatchObject({ quote: first.sources[0]!.quote, start: first.sources[0]!.start });
    expect(document.graph.metadata.query).toEqual({ export: 'neighbourhood', entity: 'nayib-bukele', depth: '2' });
  });

  it('rejects a schema-invalid document (the validator is not vacuous)', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/json-graph/json-graph-schema_v2.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ graph: { nodes: [{ id: 'a' }], edges: [{ source: 'a' }] } })).toBe(false);
  });
});

describe('GET /export/path, /paths, /connections', () => {
  it('exports the path the API finds, hop by hop, with the walk in the metadata', async () => {
    const { res, bytes } = await download('/export/path?from=donald-trump&to=ms-13&format=jgf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('newsgraph-path-donald-trump-ms-13.json');
    const graph = JSON.parse(bytes.toString('utf8')).graph;
    const [walk] = graph.metadata.paths;
    expect(walk.entityIds[0]).toBe('donald-trump');
    expect(walk.entityIds.at(-1)).toBe('ms-13');
    expect(graph.edges.map((e: any) => e.id)).toEqual(walk.relationshipIds);
  });

  it('exports k paths and the connections of several entities', async () => {
    const paths = await download('/export/paths?from=donald-trump&to=ms-13&k=2&format=gexf');
    expect(paths.res.status).toBe(200);
    expect(parseGexf(MultiDirectedGraph, paths.bytes.toString('utf8')).order).toBeGreaterThan(2);
    const connections = await download('/export/connections?ids=donald-trump,ms-13,nayib-bukele&format=graphml');
    expect(connections.res.status).toBe(200);
    const graph = parseGraphml(MultiDirectedGraph, connections.bytes.toString('utf8'));
    for (const id of ['donald-trump', 'ms-13', 'nayib-bukele']) expect(graph.hasNode(id)).toBe(true);
  });
});

describe('GET /export/entities: a list of entity ids', () => {
  const IDS = ['donald-trump', 'nayib-bukele', 'el-salvador', 'ms-13', 'nobody-at-all'];
  const SUBGRAPH = `query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id kind } edges { id fromId toId version recordedAt } notFound } }`;

  /** The relationships among the ids, found independently: each entity's own, kept when both ends are asked for. */
  async function among(ids: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const id of ids.filter((i) => i !== 'nobody-at-all')) {
      const { body } = await api.gql(
        `query($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { id fromId toId } } }`,
        {
          id,
        },
      );
      for (const edge of body.data.neighbourhood.edges) {
        if (ids.includes(edge.fromId) && ids.includes(edge.toId)) found.add(edge.id);
      }
    }
    return [...found].sort();
  }

  it('the GraphQL field answers the entities, the relationships among them, and which ids are not entities', async () => {
    const { body } = await api.gql(SUBGRAPH, { ids: IDS });
    expect(body.errors).toBeUndefined();
    const subgraph = body.data.subgraph;
    expect(subgraph.nodes.map((n: any) => n.id)).toEqual(IDS.slice(0, 4));
    expect(subgraph.notFound).toEqual(['nobody-at-all']);
    const edges = subgraph.edges.map((e: any) => e.id).sort();
    expect(edges.length).toBeGreaterThan(2);
    expect(edges).toEqual(await among(IDS));
    expect(subgraph.edges[0]).toMatchObject({ version: 1, recordedAt: expect.stringMatching(/Z$/) });
  });

  it('all four formats parse back with the same nodes and edges, version and record times included', async () => {
    const want = (await api.gql(SUBGRAPH, { ids: IDS })).body.data.subgraph;
    const ids = want.nodes.map((n: any) => n.id).sort();
    const edgeIds = want.edges.map((e: any) => e.id).sort();
    const query = `ids=${IDS.join(',')}`;
    const stem = 'newsgraph-entities-donald-trump-nayib-bukele-el-salvador-and-2-more';

    const graphml = await download(`/export/entities?${query}&format=graphml`);
    expect(graphml.res.status).toBe(200);
    expect(graphml.res.headers.get('content-disposition')).toBe(`attachment; filename="${stem}.graphml"`);
    const g1 = parseGraphml(MultiDirectedGraph, graphml.bytes.toString('utf8'));
    expect(g1.nodes().sort()).toEqual(ids);
    expect(g1.edges().sort()).toEqual(edgeIds);
    const first = want.edges[0];
    expect(g1.getEdgeAttributes(first.id)).toMatchObject({ version: first.version, recordedAt: first.recordedAt });
    expect(JSON.parse(g1.getEdgeAttributes(first.id)['sources'] as string)[0].recordedAt).toMatch(/Z$/);

    const gexf = parseGexf(
      MultiDirectedGraph,
      (await download(`/export/entities?${query}&format=gexf`)).bytes.toString(),
    );
    expect(gexf.nodes().sort()).toEqual(ids);
    expect(gexf.edges().sort()).toEqual(edgeIds);
    expect(gexf.getNodeAttributes('ms-13')).toMatchObject({ version: 1 });

    const zip = unzipSync(new Uint8Array((await download(`/export/entities?${query}&format=csv`)).bytes));
    const read = (name: string) =>
      parseCsv<Record<string, string>>(strFromU8(zip[name]!), { columns: true, bom: true, skip_empty_lines: true });
    expect(
      read(`${stem}-nodes.csv`)
        .map((n) => n['id'])
        .sort(),
    ).toEqual(ids);
    const edges = read(`${stem}-edges.csv`);
    expect(edges.map((e) => e['id']).sort()).toEqual(edgeIds);
    expect(edges.find((e) => e['id'] === first.id)).toMatchObject({ version: '1', recordedAt: first.recordedAt });

    const jgf = JSON.parse((await download(`/export/entities?${query}&format=jgf`)).bytes.toString('utf8'));
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/json-graph/json-graph-schema_v2.json'), 'utf8'),
    );
    expect(new Ajv({ strict: false }).compile(schema)(jgf)).toBe(true);
    expect(Object.keys(jgf.graph.nodes).sort()).toEqual(ids);
    expect(jgf.graph.edges.map((e: any) => e.id).sort()).toEqual(edgeIds);
    expect(jgf.graph.metadata.notFound).toEqual(['nobody-at-all']);
    expect(jgf.graph.edges[0].metadata).toMatchObject({ version: 1, retraction: null });
  });

  it('takes knownAt as the GraphQL field does: before anything was recorded, nothing was known', async () => {
    const early = await download(
      `/export/entities?ids=donald-trump,nayib-bukele&knownAt=2000-01-01T00:00:00Z&format=jgf`,
    );
    expect(early.res.status).toBe(200);
    const graph = JSON.parse(early.bytes.toString('utf8')).graph;
    expect(graph.edges).toEqual([]);
    expect(graph.metadata.notFound).toEqual(['donald-trump', 'nayib-bukele']);
    const neighbourhood = await download(
      '/export/neighbourhood?entity=nayib-bukele&knownAt=2000-01-01T00:00:00Z&format=jgf',
    );
    expect(neighbourhood.res.status).toBe(200);
    expect(JSON.parse(neighbourhood.bytes.toString('utf8')).graph.edges).toEqual([]);
    const now = await download(
      `/export/neighbourhood?entity=nayib-bukele&knownAt=${new Date().toISOString()}&format=jgf`,
    );
    expect(JSON.parse(now.bytes.toString('utf8')).graph.edges.length).toBeGreaterThan(0);
  });

  it('refuses more ids than maxSubgraphNodes with LIMIT_EXCEEDED naming the limit, and a bad knownAt', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => `e${i}`).join(',');
    const res = await fetch(`${base}/export/entities?ids=${many}&format=csv`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxSubgraphNodes', value: 2000 });
    expect(body.errors[0].message).toMatch(/names 2001 entities, more than the limit maxSubgraphNodes = 2000/);
    const bad = await fetch(`${base}/export/entities?ids=ms-13&knownAt=yesterday&format=csv`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toMatch(/"yesterday" is not an instant/);
  });
});

describe('export errors: coded JSON, 4xx, nothing half-written', () => {
  const cases: Array<[string, number, string, RegExp]> = [
    [
      '/export/neighbourhood?entity=nayib-bukele&format=pdf',
      400,
      'BAD_USER_INPUT',
      /expects one of graphml, gexf, csv, jgf/,
    ],
    ['/export/neighbourhood?format=gexf', 400, 'BAD_USER_INPUT', /"entity" is required/],
    ['/export/neighbourhood?entity=nobody-at-all&format=gexf', 404, 'NOT_FOUND', /nobody-at-all/],
    ['/export/neighbourhood?entity=nayib-bukele&depth=99&format=gexf', 400, 'LIMIT_EXCEEDED', /maxTraversalDepth/],
    ['/export/neighbourhood?entity=nayib-bukele&depth=two&format=gexf', 400, 'BAD_USER_INPUT', /integer, got "two"/],
    ['/export/neighbourhood?entity=nayib-bukele&types=LOVES&format=gexf', 400, 'BAD_USER_INPUT', /LOVES/],
    [
      '/export/neighbourhood?entity=nayib-bukele&colour=red&format=gexf',
      400,
      'BAD_USER_INPUT',
      /Unknown parameter "colour"/,
    ],
    ['/export/everything?format=gexf', 400, 'BAD_USER_INPUT', /no export "everything"/],
    ['/export/path?from=ms-13&to=ms-13&format=gexf', 400, 'BAD_USER_INPUT', /same entity/],
  ];
  it.each(cases)('%s -> %d %s', async (path, status, code, message) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toBeNull();
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses other methods with 405', async () => {
    const res = await fetch(`${base}/export/neighbourhood?entity=nayib-bukele&format=gexf`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
