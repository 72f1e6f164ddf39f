import { extract, scoreExtraction } from '../../../src/extract';
import { seedArticle, seedReference } from '../../../scripts/extract-corpus';

// The seed article read with no entity known, scored against its hand-built graph (seeds/graph/000_…json).
describe('extraction of the seed article against the seed graph', () => {
  const seed = seedArticle();
  const x = extract({ text: seed.text, published: seed.published, known: [] });
  const score = scoreExtraction(x, seedReference(), seed.text, ['INVITED', 'DEPORTED_TO', 'ORDERED_HALT']);

  it('recalls at least 90% of the named entities with the right kind', () => {
    expect(score.namedEntities.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('proposes the INVITED, DEPORTED_TO and ORDERED_HALT facts with the right ends', () => {
    expect(score.facts.INVITED).toContain('INVITED donald-trump -> nayib-bukele');
    expect(score.facts.DEPORTED_TO).toContain('DEPORTED_TO first-aea-group -> el-salvador');
    expect(score.facts.ORDERED_HALT).toContain('ORDERED_HALT federal-judge -> deportation-campaign');
  });

  it('keeps the precision of its proposals at the level measured when it was written (0.74)', () => {
    expect(score.proposals.precision).toBeGreaterThanOrEqual(0.6);
  });

  it('quotes exactly: every quote is the text at its offsets and holds the trigger and both ends', () => {
    expect(x.proposals.length).toBeGreaterThan(0);
    for (const p of x.proposals) {
      expect(seed.text.slice(p.quote.start, p.quote.end)).toBe(p.quote.surface);
      for (const id of [p.fromMention, p.toMention]) {
        const m = x.mentions.find((mm) => mm.id === id)!;
        expect(m.start).toBeGreaterThanOrEqual(p.quote.start);
        expect(m.end).toBeLessThanOrEqual(p.quote.end);
      }
      expect(p.why.trigger.start).toBeGreaterThanOrEqual(p.quote.start);
      expect(p.why.trigger.end).toBeLessThanOrEqual(p.quote.end);
    }
  });

  it('dates the invitation to April 14 (year from the publication month) and the halt order as ORDERED', () => {
    const invited = x.proposals.find(
      (p) => p.type === 'INVITED' && p.quote.surface.startsWith('Trump then invited Bukele'),
    )!;
    expect(invited.temporal).toEqual({ date: { value: '2025-04-14', precision: 'DAY' } });
    expect(invited.quote.surface).toBe('Trump then invited Bukele');
    const halt = x.proposals.find((p) => p.type === 'ORDERED_HALT')!;
    expect(halt.status).toBe('ORDERED');
    expect(halt.quote.surface).toBe('a federal judge directed the Trump administration to halt such efforts');
  });

  it('every mention is the text at its offsets and ends are of kinds their relationship allows', () => {
    for (const m of x.mentions) expect(seed.text.slice(m.start, m.end)).toBe(m.surface);
    for (const s of x.sentences) expect(seed.text.slice(s.start, s.end).trim()).toBe(seed.text.slice(s.start, s.end));
  });
});
