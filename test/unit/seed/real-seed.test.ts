import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  conjugate,
  endpointProblem,
  explainRelationship,
  RELATIONSHIP_KINDS,
  type SeedGraph,
} from '../../../src/domain';
import { countSeedGraph } from '../../../src/seed';
import { SEEDS_DIR, validGraph } from '../../fixtures/seeds/helpers';

const ARTICLE = '000_b0502ea1321b6f98.txt';
const DOC = 'article-000-b0502ea1321b6f98';
/** SHA-256 of the article as published in ../shared/source-articles, which a clone need not have beside it. */
const ORIGINAL_SHA256 = 'a647a0ec757bcd333a2de6570838d60b62093a53adeb67eb30ce20a02ee354d2';
const SHARED_COPY = join(__dirname, '../../../../shared/source-articles', ARTICLE);

describe('the seed of article 000', () => {
  let graph: SeedGraph;
  beforeAll(async () => {
    graph = await validGraph(SEEDS_DIR);
  });

  it('stores the article verbatim', () => {
    const stored = readFileSync(join(SEEDS_DIR, 'articles', ARTICLE));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(ORIGINAL_SHA256);
    if (existsSync(SHARED_COPY)) expect(stored.equals(readFileSync(SHARED_COPY))).toBe(true);
    expect(graph.documents.map((d) => d.id)).toEqual([DOC]);
    expect(graph.documents[0]!.text).toBe(stored.toString('utf8'));
  });

  it('finds every quote (relationships and entities) at its offsets in its article', () => {
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    const sources = [...graph.relationships.flatMap((r) => r.sources), ...graph.entities.flatMap((e) => e.sources)];
    expect(sources.length).toBeGreaterThan(60);
    for (const source of sources) {
      expect(texts.get(source.documentId)!.slice(source.start, source.end)).toBe(source.quote);
    }
  });

  it('gives every relationship a source, allowed endpoints and a sentence', () => {
    const byId = new Map(graph.entities.map((e) => [e.id, e]));
    for (const rel of graph.relationships) {
      expect(rel.sources.length).toBeGreaterThanOrEqual(1);
      const from = byId.get(rel.fromId)!;
      const to = byId.get(rel.toId)!;
      expect(endpointProblem(rel.type, 'from', from.kind)).toBeNull();
      expect(endpointProblem(rel.type, 'to', to.kind)).toBeNull();
      expect(explainRelationship(rel, from, to)).toContain(` ${conjugate(RELATIONSHIP_KINDS[rel.type].verb, from)} `);
    }
  });

  it('models the article faithfully: key facts with their dates, statuses and attributions', () => {
    const rel = (id: string) => graph.relationships.find((r) => r.id === id)!;
    expect(rel('trump-invited-bukele')).toMatchObject({
      type: 'INVITED',
      fromId: 'donald-trump',
      toId: 'nayib-bukele',
      temporal: {},
      qualifiers: { visitType: 'official working visit', destination: 'White House', visitDate: 'April 14' },
    });
    expect(rel('trump-invited-bukele').sources[0]!.attributedTo).toBe('nayib-bukele');
    expect(rel('visit-at-white-house').temporal).toEqual({ date: { value: '2025-04-14', precision: 'DAY' } });
    expect(rel('bukele-leads-el-salvador').temporal).toEqual({ since: { value: '2019', precision: 'YEAR' } });
    expect(rel('migrants-affiliated-with-tren-de-aragua')).toMatchObject({ status: 'CLAIMED' });
    expect(rel('migrants-affiliated-with-tren-de-aragua').sources[0]!.attributedTo).toBe('trump-administration');
    expect(rel('trump-disobeyed-court-order').status).toBe('DISPUTED');
    expect(rel('judge-ordered-halt').status).toBe('ORDERED');
    expect(rel('administration-sent-maryland-man-by-mistake')).toMatchObject({
      status: 'ADMITTED',
      temporal: { date: { value: '2025-03', precision: 'MONTH' } },
    });
    expect(rel('bukele-posted-letter')).toMatchObject({
      temporal: { date: { value: '2025-04', precision: 'MONTH' } },
      qualifiers: { when: 'late Wednesday night', platform: 'X' },
    });
    expect(rel('hearing-in-case')).toMatchObject({ status: 'PLANNED', qualifiers: { when: 'Thursday afternoon' } });
    const entity = (id: string) => graph.entities.find((e) => e.id === id)!;
    expect(entity('alien-enemies-act-1798').properties).toMatchObject({ enactedYear: 1798, priorInvocations: 3 });
    expect(entity(DOC).properties).toMatchObject({ published: '2025-04', publishedPrecision: 'MONTH' });
    for (const unnamed of ['federal-judge', 'judge-handling-case', 'maryland-man', 'supermax-prison'])
      expect(entity(unnamed).named).toBe(false);
  });

  it('adds nothing the text does not say about the unnamed', () => {
    const plain = (text: string) => text.toLowerCase().replace(/[“”]/g, '');
    const article = plain(graph.documents[0]!.text);
    for (const entity of graph.entities.filter((e) => !e.named)) {
      // An unnamed entity is backed by quotes and has no alias the article does not use.
      expect(entity.sources.length).toBeGreaterThan(0);
      for (const alias of entity.aliases) expect(article).toContain(plain(alias));
    }
  });

  it('has the counts the report gives', () => {
    const counts = countSeedGraph(graph);
    expect(counts).toMatchObject({ documents: 1, entities: 31, relationships: 44 });
  });
});
