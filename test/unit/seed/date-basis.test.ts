import { validateSeed, type SeedInput } from '../../../src/seed';

const ARTICLE = 'articles/a.txt';
const TEXT = 'Ann Example met Ben Example on Monday. Ann Example met Ben Example again last month.';

const doc = (extra: Record<string, unknown> = {}) => ({
  id: 'doc-a',
  title: 'A',
  publisher: null,
  published: '2025-04',
  publishedNote: 'Made up.',
  publishedDays: { before: '2025-04-14', weekday: 'Thursday' },
  url: null,
  articleFile: ARTICLE,
  ...extra,
});
const met = (extra: Record<string, unknown> = {}) => ({
  id: 'ann-met-ben',
  type: 'PARTNERED_WITH',
  from: 'ann',
  to: 'ben',
  status: 'REPORTED',
  confidence: 0.9,
  sources: [{ quote: 'Ann Example met Ben Example on Monday' }],
  ...extra,
});

function validate(relationship: Record<string, unknown>, document = doc()) {
  const input: SeedInput = {
    files: [
      {
        file: 'graph/a.json',
        data: {
          document,
          entities: [
            { id: 'ann', kind: 'Person', name: 'Ann Example' },
            { id: 'ben', kind: 'Person', name: 'Ben Example' },
          ],
          relationships: [relationship],
        },
      },
    ],
    articles: new Map([[ARTICLE, TEXT]]),
  };
  return validateSeed(input);
}

const errors = (v: ReturnType<typeof validate>) => (v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`));

describe('a relationship date checked against its dateBasis', () => {
  it('accepts a date as precise as the words allow and writes the dateBasis qualifier', () => {
    const v = validate(met({ date: '2025', dateBasis: { words: 'Monday', reckoning: 'past', note: 'year assumed' } }));
    expect(errors(v)).toEqual([]);
    expect(v.ok && v.graph.relationships[0]!.qualifiers.dateBasis).toBe(
      "'Monday', the last Monday on or before the publication day (inferred to be 3 April 2025 or 10 April 2025), is 31 March 2025 or 7 April 2025, which agree only on 2025; year assumed",
    );
  });

  it('flags a weekday turned into the publication month (the rule issue 18 replaced)', () => {
    expect(errors(validate(met({ date: '2025-04', dateBasis: { words: 'Monday', reckoning: 'past' } })))).toEqual([
      `relationships[0].date: 2025-04 (MONTH) is more precise than 'Monday' allows: it means 31 March 2025 or 7 April 2025, which agree only on 2025; write "2025"`,
    ]);
  });

  it('flags a date the words do not mean', () => {
    const v = validate(
      met({ date: '2025-04', dateBasis: { words: 'last month' }, sources: [{ quote: 'again last month' }] }),
    );
    expect(errors(v)).toEqual([
      `relationships[0].date: 2025-04 disagrees with 'last month', which means March 2025 ("2025-03")`,
    ]);
  });

  it('flags any date when the publication day is unknown', () => {
    const v = validate(
      met({ date: '2025', dateBasis: { words: 'Monday', reckoning: 'past' } }),
      doc({ published: null, publishedDays: undefined }),
    );
    expect(errors(v)).toEqual([
      expect.stringMatching(/^relationships\[0\]\.date: 2025 is more precise than 'Monday' allows: it means nothing/),
    ]);
  });

  it('wants the dating words quoted, readable, and a date to explain', () => {
    expect(errors(validate(met({ date: '2025', dateBasis: { words: 'Tuesday', reckoning: 'past' } })))).toEqual([
      `relationships[0].dateBasis.words: "Tuesday" is in none of the relationship's quotes; quote the words that date it`,
    ]);
    expect(errors(validate(met({ date: '2025', dateBasis: { words: 'Monday' } })))).toEqual([
      expect.stringMatching(
        /^relationships\[0\]\.dateBasis\.words: "Monday" names a weekday but not which way to count/,
      ),
    ]);
    expect(errors(validate(met({ dateBasis: { words: 'Monday', reckoning: 'past' } })))).toEqual([
      `relationships[0].dateBasis: a "dateBasis" explains a date, but the relationship has none; keep the timing of an undated fact in a "when" qualifier`,
    ]);
  });

  it('keeps the dateBasis qualifier for the validator to write when the field is there', () => {
    const both = {
      date: '2025',
      dateBasis: { words: 'Monday', reckoning: 'past' },
      qualifiers: { dateBasis: 'trust me' },
    };
    expect(errors(validate(met(both)))).toEqual([
      `relationships[0].qualifiers.dateBasis: the "dateBasis" qualifier is written by the validator from the relationship's "dateBasis" field ({ words, reckoning?, note? }); move it there`,
    ]);
  });

  it('flags publishedDays that leave no day, or narrow an unknown date', () => {
    expect(errors(validate(met(), doc({ publishedDays: { before: '2025-04-03', weekday: 'Thursday' } })))).toEqual([
      `document.publishedDays: "publishedDays" {"before":"2025-04-03","weekday":"Thursday"} leaves no day of April 2025`,
    ]);
    expect(errors(validate(met(), doc({ published: null })))).toEqual([
      'document.publishedDays: "publishedDays" narrows "published", which is null',
    ]);
    expect(errors(validate(met(), doc({ publishedDays: { weekday: 'Thursdai' } })))[0]).toMatch(
      /^document\.publishedDays\.weekday: unknown weekday "Thursdai"; expected one of Sunday, Monday/,
    );
  });
});
