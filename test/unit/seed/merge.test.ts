import type { SeedGraph } from '../../../src/domain';
import { countSeedGraph } from '../../../src/seed';
import { fixtureDir, SEEDS_DIR, validGraph } from '../../fixtures/seeds/helpers';

describe('a second article merges into the first', () => {
  let first: SeedGraph;
  let merged: SeedGraph;
  beforeAll(async () => {
    first = await validGraph(SEEDS_DIR);
    merged = await validGraph(SEEDS_DIR, fixtureDir('second-article'));
  });

  it('reuses the entity declared again by id, unioning its aliases', () => {
    const bukele = merged.entities.filter((e) => e.id === 'nayib-bukele');
    expect(bukele).toHaveLength(1);
    expect(bukele[0]!.aliases).toContain('President Nayib Bukele');
    expect(bukele[0]!.aliases).toContain('the Salvadoran president');
  });

  it('adds sources to an existing relationship matched by natural key (endpoints given by alias)', () => {
    const invited = merged.relationships.filter((r) => r.type === 'INVITED');
    expect(invited).toHaveLength(1);
    const rel = invited[0]!;
    expect(rel.id).toBe('trump-invited-bukele');
    expect(rel.sources.map((s) => s.documentId)).toEqual([
      'article-000-b0502ea1321b6f98',
      'article-000-b0502ea1321b6f98',
      'article-000-b0502ea1321b6f98',
      'test-article-second',
    ]);
    expect(rel.sources[3]).toMatchObject({
      quote: 'Trump had invited him to the White House on April 14',
      attributedTo: 'nayib-bukele',
    });
    // The first declaration's confidence and qualifiers stand.
    expect(rel.confidence).toBe(0.95);
    expect(rel.qualifiers.destination).toBe('White House');
  });

  it('adds sources to an existing relationship matched by id', () => {
    const leads = merged.relationships.find((r) => r.id === 'bukele-leads-el-salvador')!;
    expect(leads.sources.map((s) => s.documentId)).toEqual([
      'article-000-b0502ea1321b6f98',
      'article-000-b0502ea1321b6f98',
      'article-000-b0502ea1321b6f98',
      'test-article-second',
    ]);
  });

  it('adds only what is new', () => {
    const before = countSeedGraph(first);
    const after = countSeedGraph(merged);
    expect(after.documents).toBe(before.documents + 1);
    expect(after.entities).toBe(before.entities + 2); // the second document and the briefing
    expect(after.relationships).toBe(before.relationships + 1); // Bukele at the briefing
    expect(after.sources).toBe(before.sources + 3);
  });
});
