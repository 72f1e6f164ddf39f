import { extract, type Extraction, type KnownEntity } from '../../../src/extract';
import { nameKey } from '../../../src/extract/normalize';
import { seedKnownEntities, testArticle } from '../../../scripts/extract-corpus';

const known = seedKnownEntities();

/**
 * Every occurrence of `surface` in the text (whole words) lies in a mention linked to `id`, or inside a
 * longer name of another known entity ("Trump" in "the Trump administration").
 */
function expectAllLinked(x: Extraction, text: string, surface: string, id: string): void {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  const hits = [...text.matchAll(re)];
  expect(hits.length).toBeGreaterThan(0);
  for (const h of hits) {
    const covering = x.mentions.filter((m) => m.start <= h.index && h.index + surface.length <= m.end);
    expect({
      surface,
      at: h.index,
      linked: covering.some((m) => 'known' in m.entity && (m.entity.known === id || m.end - m.start > surface.length)),
    }).toEqual({
      surface,
      at: h.index,
      linked: true,
    });
  }
}

function expectNoDuplicates(x: Extraction, knownEntities: readonly KnownEntity[]): void {
  const knownKeys = new Set(
    knownEntities.filter((e) => e.named !== false).flatMap((e) => [e.name, ...e.aliases].map(nameKey)),
  );
  const duplicates = x.newEntities.filter((e) => [e.name, ...e.aliases].some((n) => knownKeys.has(nameKey(n))));
  expect(duplicates.map((e) => e.name)).toEqual([]);
}

describe('linking the mentions of known entities (test articles, seed graph known)', () => {
  it('101: Bukele, Trump, Tren de Aragua, the Alien Enemies Act, El Salvador, the United States', () => {
    const a = testArticle('101_boasberg_impeachment_calls.txt');
    const x = extract({ text: a.text, published: a.published, known });
    expectAllLinked(x, a.text, 'Bukele', 'nayib-bukele');
    expectAllLinked(x, a.text, 'Trump', 'donald-trump');
    expectAllLinked(x, a.text, 'Tren de Aragua', 'tren-de-aragua');
    expectAllLinked(x, a.text, 'Alien Enemies Act', 'alien-enemies-act-1798');
    expectAllLinked(x, a.text, 'El Salvador', 'el-salvador');
    expectAllLinked(x, a.text, 'United States', 'united-states');
    expectNoDuplicates(x, known);
  });

  it('102: Maryland, El Salvador, MS-13, the Trump administration; the new people proposed once each', () => {
    const a = testArticle('102_abrego_garcia_supreme_court.txt');
    const x = extract({ text: a.text, published: a.published, known });
    expectAllLinked(x, a.text, 'Maryland', 'maryland');
    expectAllLinked(x, a.text, 'El Salvador', 'el-salvador');
    expectAllLinked(x, a.text, 'MS-13', 'ms-13');
    expectAllLinked(x, a.text, 'Trump administration', 'trump-administration');
    expectNoDuplicates(x, known);
    const people = x.newEntities.filter((e) => e.kind === 'Person' && e.named).map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Kilmar Abrego García', 'Paula Xinis']));
    const abrego = x.newEntities.find((e) => e.name === 'Kilmar Abrego García')!;
    expect(abrego.mentionIds.length).toBe(3);
  });

  it('tolerates case, accents, possessives, initials and a surname alone', () => {
    const people: KnownEntity[] = [
      { id: 'james-boasberg', kind: 'Person', name: 'James Boasberg', aliases: [] },
      { id: 'kilmar-abrego-garcia', kind: 'Person', name: 'Kilmar Abrego García', aliases: ['Abrego García'] },
      { id: 'el-salvador', kind: 'Country', name: 'El Salvador', aliases: [] },
    ];
    const text =
      'Judge James E. Boasberg ruled. J. Boasberg wrote; BOASBERG’s order named ABREGO GARCIA, sent to el salvador’s prison.';
    const x = extract({ text, published: null, known: people });
    const linked = x.mentions
      .filter((m) => 'known' in m.entity)
      .map((m) => [m.surface, 'known' in m.entity && m.entity.known]);
    expect(linked).toEqual([
      ['James E. Boasberg', 'james-boasberg'],
      ['J. Boasberg', 'james-boasberg'],
      ['BOASBERG', 'james-boasberg'],
      ['ABREGO GARCIA', 'kilmar-abrego-garcia'],
      ['el salvador', 'el-salvador'],
    ]);
    expect(x.newEntities.filter((e) => e.kind === 'Person' && e.named)).toEqual([]);
  });
});
