import { validateSeed, type SeedInput } from '../../../src/seed';

const ARTICLE = 'articles/a.txt';
const TEXT = 'Ann Example met Ben Example. Ann Example met Ben Example again in 2020. Cleo spoke.';

function input(files: Record<string, unknown>, articles: Record<string, string> = { [ARTICLE]: TEXT }): SeedInput {
  return {
    files: Object.entries(files).map(([file, data]) => ({ file, data })),
    articles: new Map(Object.entries(articles)),
  };
}

const doc = (id = 'doc-a', articleFile = ARTICLE) => ({
  id,
  title: 'A',
  publisher: null,
  published: '2020',
  url: null,
  articleFile,
});
const person = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'Person',
  name,
  ...extra,
});
const met = (extra: Record<string, unknown> = {}) => ({
  id: 'ann-met-ben',
  type: 'PARTNERED_WITH',
  from: 'ann',
  to: 'ben',
  status: 'REPORTED',
  confidence: 0.9,
  sources: [{ quote: 'Ann Example met Ben Example' }],
  ...extra,
});

describe('validateSeed', () => {
  it('computes offsets of the first occurrence, or of the one asked for', () => {
    const v = validateSeed(
      input({
        'graph/a.json': {
          document: doc(),
          entities: [person('ann', 'Ann Example'), person('ben', 'Ben Example')],
          relationships: [
            met({
              sources: [
                { quote: 'Ann Example met Ben Example' },
                { quote: 'Ann Example met Ben Example', occurrence: 1 },
              ],
            }),
          ],
        },
      }),
    );
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const [first, second] = v.graph.relationships[0]!.sources;
    expect(first).toEqual({
      documentId: 'doc-a',
      quote: 'Ann Example met Ben Example',
      start: 0,
      end: 27,
      attributedTo: null,
      // The quote's context (TextQuoteSelector), empty before the start of the text.
      prefix: '',
      suffix: TEXT.slice(27, 59),
    });
    expect(second).toMatchObject({ start: 29, end: 56, prefix: TEXT.slice(0, 29) });
    expect(TEXT.slice(second!.start, second!.end)).toBe('Ann Example met Ben Example');
  });

  it('reports an occurrence that does not exist', () => {
    const v = validateSeed(
      input({
        'graph/a.json': {
          document: doc(),
          entities: [person('ann', 'Ann Example'), person('ben', 'Ben Example')],
          relationships: [met({ sources: [{ quote: 'Cleo spoke.', occurrence: 1 }] })],
        },
      }),
    );
    expect(v).toEqual({
      ok: false,
      errors: [
        {
          file: 'graph/a.json',
          path: 'relationships[0].sources[0].occurrence',
          message:
            'occurrence 1 of quote "Cleo spoke." was asked for, but it occurs 1 time(s) in articles/a.txt (0 = first)',
        },
      ],
    });
  });

  it('resolves endpoints by id, then by case-insensitive name or alias, and reports ambiguity', () => {
    const ok = validateSeed(
      input({
        'graph/a.json': {
          document: doc(),
          entities: [person('ann', 'Ann Example', { aliases: ['Ann'] }), person('ben', 'Ben Example')],
          relationships: [met({ from: 'ANN', to: 'ben example' })],
        },
      }),
    );
    expect(ok.ok && ok.graph.relationships[0]).toMatchObject({ fromId: 'ann', toId: 'ben' });

    const ambiguous = validateSeed(
      input({
        'graph/a.json': {
          document: doc(),
          entities: [
            person('ann', 'Ann Example', { aliases: ['Example'] }),
            person('ben', 'Ben Example', { aliases: ['Example'] }),
          ],
          relationships: [met({ from: 'Example' })],
        },
      }),
    );
    expect(ambiguous).toEqual({
      ok: false,
      errors: [
        {
          file: 'graph/a.json',
          path: 'relationships[0].from',
          message:
            '"Example" is ambiguous: it is a name or alias of ann (graph/a.json), ben (graph/a.json); use the id',
        },
      ],
    });
  });

  it('merges an entity declared again in another file, and rejects a conflicting kind', () => {
    const files = {
      'graph/a.json': {
        document: doc(),
        entities: [person('ann', 'Ann Example', { aliases: ['Ann'] }), person('ben', 'Ben Example')],
      },
      'graph/b.json': {
        document: doc('doc-b', 'articles/b.txt'),
        entities: [person('ann', 'Ann Example', { aliases: ['Dr Example', 'ann'] })],
      },
    };
    const v = validateSeed(input(files, { [ARTICLE]: TEXT, 'articles/b.txt': 'B' }));
    expect(v.ok && v.graph.entities.find((e) => e.id === 'ann')?.aliases).toEqual(['Ann', 'Dr Example']);

    const conflicting = {
      ...files,
      'graph/b.json': {
        document: doc('doc-b', 'articles/b.txt'),
        entities: [{ id: 'ann', kind: 'Country', name: 'Ann' }],
      },
    };
    expect(validateSeed(input(conflicting, { [ARTICLE]: TEXT, 'articles/b.txt': 'B' }))).toEqual({
      ok: false,
      errors: [
        {
          file: 'graph/b.json',
          path: 'entities[0].kind',
          message: 'entity "ann" is a Person in graph/a.json (entities[0]) but a Country here; one id, one kind',
        },
      ],
    });
  });

  it('rejects the same fact twice in one file, and a date with a span', () => {
    const v = validateSeed(
      input({
        'graph/a.json': {
          document: doc(),
          entities: [person('ann', 'Ann Example'), person('ben', 'Ben Example')],
          relationships: [
            met(),
            met({ id: 'again' }),
            met({ id: 'both', date: '2020', since: '2019', sources: [{ quote: 'again in 2020' }] }),
          ],
        },
      }),
    );
    expect(v).toEqual({
      ok: false,
      errors: [
        {
          file: 'graph/a.json',
          path: 'relationships[1].id',
          message:
            'relationships[0] in this file already states PARTNERED_WITH ann -> ben @ (id "ann-met-ben"); add this quote to its sources instead',
        },
        {
          file: 'graph/a.json',
          path: 'relationships[2].date',
          message: 'a point "date" and a "since"/"until" span were both given; use one or the other',
        },
      ],
    });
  });

  it('rejects unknown fields, missing fields and bad JSON with their paths', () => {
    const v = validateSeed({
      files: [
        { file: 'graph/a.json', data: { document: doc(), entities: [{ id: 'ann', kind: 'Person', nmae: 'Ann' }] } },
        { file: 'graph/b.json', parseError: 'Unexpected token } in JSON at position 10' },
      ],
      articles: new Map([[ARTICLE, TEXT]]),
    });
    expect(v).toEqual({
      ok: false,
      errors: [
        { file: 'graph/a.json', path: 'entities[0].name', message: 'required field is missing (expected string)' },
        {
          file: 'graph/a.json',
          path: 'entities[0].nmae',
          message:
            'unknown field "nmae"; allowed here: id, kind, name, aliases, description, named, properties, sources, record',
        },
        { file: 'graph/b.json', path: '', message: 'could not be parsed: Unexpected token } in JSON at position 10' },
      ],
    });
  });

  it('rejects an empty seed', () => {
    expect(validateSeed({ files: [], articles: new Map() })).toEqual({
      ok: false,
      errors: [{ file: 'graph/', path: '', message: 'no graph files (*.json, *.yaml) in the seeds dir' }],
    });
  });
});
