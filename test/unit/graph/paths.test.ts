import type { Relationship } from '../../../src/domain/model';
import { ANY_RELATIONSHIP } from '../../../src/graph/criteria';
import type { SourcedEntity } from '../../../src/graph/mapping';
import { allShortestPathsStatement } from '../../../src/graph/queries/paths/all-shortest-paths';
import { kShortestPathsStatement } from '../../../src/graph/queries/paths/k-shortest-paths';
import { cypherInteger, pathPattern } from '../../../src/graph/queries/paths/pattern';
import { comparePaths, distinctRoutes, pathEvidence, toPath } from '../../../src/graph/queries/paths/path-rows';
import type { Path, PathSearch } from '../../../src/graph/queries/paths/types';
import { explainHop, noPathReason } from '../../../src/graph/traversals/connections';

const search = (over: Partial<PathSearch> = {}): PathSearch => ({
  criteria: ANY_RELATIONSHIP,
  maxHops: 6,
  avoid: [],
  maxDegree: null,
  ...over,
});

const entity = (id: string, over: Partial<SourcedEntity> = {}): SourcedEntity => ({
  id,
  kind: 'Person',
  name: id.toUpperCase(),
  aliases: [],
  description: null,
  named: true,
  properties: {},
  sources: [],
  ...over,
});

function rel(id: string, fromId: string, toId: string, over: Partial<Relationship> = {}): Relationship {
  return {
    id,
    type: 'INVITED',
    fromId,
    toId,
    temporal: {},
    status: 'REPORTED',
    confidence: 0.9,
    qualifiers: {},
    sources: [{ documentId: 'doc-1', quote: `quote of ${id}`, start: 0, end: 5, attributedTo: null }],
    ...over,
  };
}

/** A path over `ids` whose hops are `rels`, as the statements return it. */
function path(ids: string[], rels: Relationship[]): Path {
  return toPath({
    entities: ids.map((id) => ({ id, kind: 'Person', name: id.toUpperCase(), named: true })),
    rels: rels.map((r) => ({
      type: r.type,
      fromId: r.fromId,
      toId: r.toId,
      props: {
        id: r.id,
        status: r.status,
        confidence: r.confidence,
        ...Object.fromEntries(
          (['date', 'since', 'until'] as const).flatMap((k) => {
            const d = r.temporal[k];
            return d
              ? [
                  [k, d.value],
                  [`${k}Precision`, d.precision],
                ]
              : [];
          }),
        ),
        sourceDocumentIds: r.sources.map((s) => s.documentId),
        sourceQuotes: r.sources.map((s) => s.quote),
        sourceStarts: r.sources.map((s) => s.start),
        sourceEnds: r.sources.map((s) => s.end),
        sourceAttributedTo: r.sources.map(() => ''),
      },
    })),
  });
}

describe('pathPattern', () => {
  it('puts every rule inside the quantified hop, where Neo4j prunes with it', () => {
    const { pattern, params } = pathPattern(
      search({
        criteria: { ...ANY_RELATIONSHIP, types: ['INVITED', 'LEADS'], direction: 'OUTGOING', minConfidence: 0.5 },
        avoid: ['x-1'],
        maxDegree: 200,
        maxHops: 4,
      }),
    );
    expect(pattern).toBe(
      '(a)((x)-[r:INVITED|LEADS]->(y:Entity) WHERE r.retractedAt IS NULL AND r.confidence >= $p_minConfidence AND NOT y.id IN $p_avoid AND (y = b OR COUNT { (y)--() } <= $p_maxDegree)){1,4}(b)',
    );
    expect(params).toEqual({ p_minConfidence: 0.5, p_avoid: ['x-1'], p_maxDegree: 200 });
  });

  it('walks against the relationships for INCOMING and either way for BOTH, current versions only when nothing else restricts', () => {
    expect(pathPattern(search({ criteria: { ...ANY_RELATIONSHIP, direction: 'INCOMING' } })).pattern).toBe(
      '(a)((x)<-[r]-(y:Entity) WHERE r.retractedAt IS NULL){1,6}(b)',
    );
    expect(pathPattern(search()).pattern).toBe('(a)((x)-[r]-(y:Entity) WHERE r.retractedAt IS NULL){1,6}(b)');
  });

  it('walks the versions known at an instant, the instant a parameter', () => {
    const { pattern, params } = pathPattern(
      search({ criteria: { ...ANY_RELATIONSHIP, knownAt: '2026-01-02T03:04:05.000Z' } }),
    );
    expect(pattern).toBe(
      '(a)((x)-[r]-(y:Entity) WHERE coalesce(r.recordedAt <= $p_knownAt, true) AND (r.retractedAt IS NULL OR r.retractedAt > $p_knownAt)){1,6}(b)',
    );
    expect(params.p_knownAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('keeps dates as parameters', () => {
    const { pattern, params } = pathPattern(search({ criteria: { ...ANY_RELATIONSHIP, asOf: '2025-04-14' } }));
    expect(pattern).not.toContain('2025');
    expect(params.p_asOf).toBe('2025-04-14');
  });

  it('refuses a relationship type outside the domain and hop counts that are not small integers', () => {
    expect(() =>
      pathPattern(search({ criteria: { ...ANY_RELATIONSHIP, types: ['INVITED]-() DETACH DELETE x //' as never] } })),
    ).toThrow(/Unknown relationship type/);
    expect(() => pathPattern(search({ maxHops: 0 }))).toThrow(RangeError);
    expect(() => pathPattern(search({ maxHops: 2.5 }))).toThrow(RangeError);
    expect(() => pathPattern(search({ maxHops: 16 }))).toThrow(RangeError);
    expect(cypherInteger(3, 'k', 1, 10)).toBe('3');
  });
});

describe('path statements', () => {
  it('k paths select n walks with every rule inline, then keep the simple ones (a post-filter, so the search stays bounded)', () => {
    const k = kShortestPathsStatement({ from: 'a', to: 'b', search: search(), candidates: 30 }).cypher;
    expect(k).toContain('MATCH p = SHORTEST 30 (a)(');
    expect(k).toContain('CASE WHEN all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..]) THEN');
    expect(() => kShortestPathsStatement({ from: 'a', to: 'b', search: search(), candidates: 0 })).toThrow(RangeError);
    expect(() => kShortestPathsStatement({ from: 'a', to: 'b', search: search(), candidates: 1001 })).toThrow(
      RangeError,
    );
    const all = allShortestPathsStatement({ from: 'a', to: 'b', search: search(), limit: 24 }).cypher;
    expect(all).toContain('ALL SHORTEST (a)(');
    expect(all).toContain('LIMIT $limit');
  });
});

describe('toPath', () => {
  it('marks each hop FORWARD or BACKWARD by the way it was walked', () => {
    const p = path(['a', 'b', 'c'], [rel('r1', 'a', 'b'), rel('r2', 'c', 'b')]);
    expect(p.hops.map((h) => [h.step, h.from.id, h.to.id, h.direction])).toEqual([
      [1, 'a', 'b', 'FORWARD'],
      [2, 'b', 'c', 'BACKWARD'],
    ]);
    expect(p.hops[1]!.relationship.sources[0]!.quote).toBe('quote of r2');
  });
});

describe('evidence and ranking', () => {
  const twoDocs = [
    { documentId: 'doc-1', quote: 'q1', start: 0, end: 2, attributedTo: null },
    { documentId: 'doc-2', quote: 'q2', start: 0, end: 2, attributedTo: null },
  ];
  const sameDocTwice = [
    { documentId: 'doc-1', quote: 'q1', start: 0, end: 2, attributedTo: null },
    { documentId: 'doc-1', quote: 'q3', start: 5, end: 7, attributedTo: null },
  ];

  it('counts independent documents, not quotes, and takes the weakest hop', () => {
    const p = path(
      ['a', 'b', 'c'],
      [rel('r1', 'a', 'b', { sources: twoDocs }), rel('r2', 'b', 'c', { sources: sameDocTwice, confidence: 0.4 })],
    );
    expect(pathEvidence(p.hops)).toEqual({
      minSources: 1,
      minConfidence: 0.4,
      documents: 2,
      meanConfidence: 0.65,
      quotes: 4,
    });
  });

  it('ranks shorter first, then better supported, then by relationship ids', () => {
    const long = path(['a', 'x', 'y', 'b'], [rel('l1', 'a', 'x'), rel('l2', 'x', 'y'), rel('l3', 'y', 'b')]);
    const weak = path(['a', 'w', 'b'], [rel('w1', 'a', 'w', { confidence: 0.3 }), rel('w2', 'w', 'b')]);
    const strong = path(
      ['a', 's', 'b'],
      [rel('s1', 'a', 's', { sources: twoDocs }), rel('s2', 's', 'b', { sources: twoDocs })],
    );
    const plain = path(['a', 'p', 'b'], [rel('p1', 'a', 'p'), rel('p2', 'p', 'b')]);
    const plainTwin = path(['a', 'q', 'b'], [rel('q1', 'a', 'q'), rel('q2', 'q', 'b')]);
    const surer = path(['a', 'm', 'b'], [rel('m1', 'a', 'm', { confidence: 0.95 }), rel('m2', 'm', 'b')]);
    const quoted = path(['a', 'n', 'b'], [rel('n1', 'a', 'n', { sources: sameDocTwice }), rel('n2', 'n', 'b')]);
    expect([long, weak, plainTwin, quoted, strong, plain, surer].sort(comparePaths)).toEqual([
      strong,
      surer,
      quoted,
      plain,
      plainTwin,
      weak,
      long,
    ]);
  });

  it('keeps one path per route: the first, i.e. the best ranked', () => {
    const best = path(['a', 'b'], [rel('r1', 'a', 'b', { confidence: 0.9 })]);
    const parallel = path(['a', 'b'], [rel('r2', 'a', 'b', { confidence: 0.5 })]);
    const other = path(['a', 'c', 'b'], [rel('r3', 'a', 'c'), rel('r4', 'c', 'b')]);
    expect(distinctRoutes([best, parallel, other])).toEqual([best, other]);
  });
});

describe('explanations', () => {
  it('states the fact in its own direction even when the hop walks it backwards, then quotes it', () => {
    const p = path(
      ['el-salvador', 'bukele'],
      [
        rel('leads', 'bukele', 'el-salvador', {
          type: 'LEADS',
          temporal: { since: { value: '2019', precision: 'YEAR' } },
        }),
      ],
    );
    const hop = {
      ...p.hops[0]!,
      from: entity('el-salvador', { name: 'El Salvador', kind: 'Country' }),
      to: entity('bukele', { name: 'Nayib Bukele' }),
    };
    expect(hop.direction).toBe('BACKWARD');
    expect(explainHop(hop)).toBe('Nayib Bukele led El Salvador (since 2019): "quote of leads"');
  });

  it('says what was tried when there is no path', () => {
    const reason = noPathReason(
      'a',
      'b',
      search({
        maxHops: 4,
        criteria: {
          ...ANY_RELATIONSHIP,
          types: ['INVITED'],
          direction: 'OUTGOING',
          asOf: '2025-01-01',
          statuses: ['REPORTED'],
        },
        avoid: ['c'],
        maxDegree: 200,
      }),
    );
    expect(reason).toBe(
      'No path within 4 hops (maxHops) from "a" to "b" with relationships of type INVITED; each hop walked from subject to object; holding on 2025-01-01; status REPORTED; avoiding c; through no entity with more than 200 relationships (maxDegree).',
    );
    expect(noPathReason('a', 'b', search())).toBe('No path within 6 hops (maxHops) from "a" to "b".');
  });
});
