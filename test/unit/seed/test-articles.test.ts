import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { endpointProblem, type SeedGraph } from '../../../src/domain';
import { fixtureDir, SEEDS_DIR, validateDirs, validGraph } from '../../fixtures/seeds/helpers';

const DIR = fixtureDir('test-articles');
const ARTICLES = {
  '101_boasberg_impeachment_calls.txt': 'ac8a107f15dbcd24a34aacc9f8b2a7be5bd2d7e1cd98b45228454bcfdd4a6940',
  '102_abrego_garcia_supreme_court.txt': '26f2d19deb0e4a3977942f2ea0cef08f22d8f1c32321f23638713873fa87391b',
};
const SHARED = join(__dirname, '../../../../shared/test-articles');
const D101 = 'test-article-101-boasberg-impeachment-calls';
const D102 = 'test-article-102-abrego-garcia-supreme-court';

describe('the graph files of test articles 101 and 102', () => {
  let alone: SeedGraph;
  let withSeed: SeedGraph;
  beforeAll(async () => {
    alone = await validGraph(DIR);
    withSeed = await validGraph(SEEDS_DIR, DIR);
  });
  const rel = (id: string) => withSeed.relationships.find((r) => r.id === id)!;
  const entity = (id: string) => withSeed.entities.find((e) => e.id === id)!;

  it('store the articles verbatim', () => {
    for (const [name, sha256] of Object.entries(ARTICLES)) {
      const stored = readFileSync(join(DIR, 'articles', name));
      expect(createHash('sha256').update(stored).digest('hex')).toBe(sha256);
      if (existsSync(join(SHARED, name))) expect(stored.equals(readFileSync(join(SHARED, name)))).toBe(true);
    }
  });

  it('validate on their own and together with the seed (what the loader checks before writing)', async () => {
    expect((await validateDirs(DIR)).ok).toBe(true);
    expect((await validateDirs(SEEDS_DIR, DIR)).ok).toBe(true);
    expect(alone.documents.map((d) => d.id).sort()).toEqual([D101, D102]);
    expect(withSeed.documents).toHaveLength(3);
  });

  it('find every quote at its offsets, and give every relationship allowed endpoints', () => {
    const texts = new Map(withSeed.documents.map((d) => [d.id, d.text]));
    const ours = (s: { documentId: string }) => s.documentId === D101 || s.documentId === D102;
    const sources = [...withSeed.relationships, ...withSeed.entities].flatMap((x) => x.sources).filter(ours);
    expect(sources.length).toBeGreaterThan(70);
    for (const source of sources)
      expect(texts.get(source.documentId)!.slice(source.start, source.end)).toBe(source.quote);
    const byId = new Map(withSeed.entities.map((e) => [e.id, e]));
    for (const r of withSeed.relationships) {
      expect(endpointProblem(r.type, 'from', byId.get(r.fromId)!.kind)).toBeNull();
      expect(endpointProblem(r.type, 'to', byId.get(r.toId)!.kind)).toBeNull();
    }
  });

  it('leave the three things entity resolution must find under ids of their own', () => {
    const ids = new Set(withSeed.entities.map((e) => e.id));
    for (const id of ['federal-judge', 't101-james-boasberg', 'supermax-prison', 't101-cecot', 'maryland-man']) {
      expect(ids).toContain(id);
    }
    expect(ids).toContain('t102-kilmar-abrego-garcia');
    expect(entity('federal-judge').named).toBe(false);
    expect(entity('t101-james-boasberg')).toMatchObject({
      named: true,
      properties: { roles: ['Chief U.S. District Judge'] },
    });
    // 102 names the prison by the name 101 gives it, so it links to 101's entity.
    expect(entity('t101-cecot').aliases).toEqual(expect.arrayContaining(['CECOT', 'Salvadoran prison']));
  });

  it('link what they share with the seed by its ids, adding their quotes to the same facts', () => {
    const documentsOf = (id: string) => [...new Set(rel(id).sources.map((s) => s.documentId))].sort();
    expect(documentsOf('trump-invoked-aea')).toEqual(['article-000-b0502ea1321b6f98', D101]);
    expect(documentsOf('tren-de-aragua-venezuelan')).toEqual(['article-000-b0502ea1321b6f98', D101]);
    expect(documentsOf('administration-conducted-campaign')).toEqual(['article-000-b0502ea1321b6f98', D101]);
    expect(documentsOf('administration-admitted-in-filing')).toEqual(['article-000-b0502ea1321b6f98', D102]);
    expect(entity('nayib-bukele').aliases).toContain("El Salvador's president");
    // The seed's first declaration keeps its name; the later article's wording becomes an alias.
    expect(entity('deportation-campaign').name).toBe('deportation campaign');
    expect(entity('deportation-campaign').aliases).toContain('deporting Venezuelans under the Alien Enemies Act');
  });

  it('give dates the precision the text supports, and statuses as reported', () => {
    expect(rel('t101-boasberg-ordered-halt')).toMatchObject({
      type: 'ORDERED_HALT',
      fromId: 't101-james-boasberg',
      toId: 'deportation-campaign',
      status: 'ORDERED',
      temporal: { date: { value: '2025-03-15', precision: 'DAY' } },
    });
    expect(rel('t101-trump-called-for-boasberg-impeachment')).toMatchObject({
      fromId: 'donald-trump',
      temporal: { date: { value: '2025-03-18', precision: 'DAY' } },
    });
    expect(rel('t101-bukele-agreed-to-hold-deportees').temporal).toEqual({
      date: { value: '2025-02', precision: 'MONTH' },
    });
    expect(rel('t102-immigration-judge-barred-deportation').temporal).toEqual({
      date: { value: '2019', precision: 'YEAR' },
    });
    expect(rel('t102-abrego-garcia-deported-to-el-salvador').temporal).toEqual({
      date: { value: '2025-03', precision: 'MONTH' },
    });
    expect(rel('t102-administration-sent-abrego-garcia-by-mistake')).toMatchObject({ status: 'ADMITTED' });
    expect(rel('t102-abrego-garcia-affiliated-with-ms-13')).toMatchObject({ status: 'DISPUTED', confidence: 0.3 });
    expect(rel('t102-abrego-garcia-affiliated-with-ms-13').sources[0]!.attributedTo).toBe('trump-administration');
    expect(rel('t101-boasberg-scheduled-hearing').status).toBe('PLANNED');
    // Offsets are UTF-16 indices into the text, accents included.
    const named = rel('t102-supreme-court-decided').sources[0]!;
    expect(named.quote.endsWith('Kilmar Abrego García')).toBe(true);
  });
});
