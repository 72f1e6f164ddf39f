import { validateSeed, type SeedInput } from '../../../src/seed';
import { oneArticleSeed, seedErrors } from '../../fixtures/seeds/one-article';

/** Entity resolution's records in seed files (what `npm run export` writes): merge marks, merges, judgements. */

const TEXT = 'Ann Example met Ben Example.';
const T1 = '2025-04-14T09:30:00.000Z';
const T2 = '2025-04-15T10:00:00.000Z';
const CHANGE = JSON.stringify({ keepBefore: {}, keepAfter: {}, absorbBefore: {}, moved: [], withdrawn: [] });

const record = (marks: Record<string, unknown> = {}) => ({
  version: 1,
  recordedAt: T1,
  updatedAt: T1,
  updatedBy: 'system:seed',
  ...marks,
});
const marks = { mergedInto: 'ann', mergedAt: T2, mergeId: 'm1' };
const merge = (extra: Record<string, unknown> = {}) => ({
  id: 'm1',
  at: T2,
  by: 'key:abc',
  reason: 'one person',
  kind: 'Person',
  keepId: 'ann',
  absorbId: 'ben',
  change: CHANGE,
  ...extra,
});
const judgement = (extra: Record<string, unknown> = {}) => ({
  a: 'ann',
  b: 'cat',
  at: T2,
  by: 'key:abc',
  reason: 'two people',
  ...extra,
});

const input = (benRecord: unknown, resolution: Record<string, unknown>): SeedInput =>
  oneArticleSeed(
    TEXT,
    {
      entities: [
        { id: 'ann', kind: 'Person', name: 'Ann Example', record: record() },
        { id: 'ben', kind: 'Person', name: 'Ben Example', record: benRecord },
        { id: 'cat', kind: 'Person', name: 'Cat Example' },
      ],
    },
    [{ file: 'graph/_merges-000001.json', data: resolution }],
  );

const errors = seedErrors;

describe('merges and judgements in seed files', () => {
  it('keeps the marks, the merge record (its change verbatim) and the judgement', () => {
    const v = validateSeed(input(record(marks), { merges: [merge()], notSame: [judgement()] }));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.graph.entities.find((e) => e.id === 'ben')).toMatchObject({
      mergedInto: 'ann',
      merged: { into: 'ann', at: T2, mergeId: 'm1' },
    });
    expect(v.graph.merges).toEqual([{ ...merge(), split: null }]);
    expect(v.graph.merges![0]!.change).toBe(CHANGE);
    expect(v.graph.judgements).toEqual([judgement()]);
  });

  it('keeps a split merge whose absorbed entity is its own again', () => {
    const split = { at: T2, by: 'key:abc', reason: 'two after all' };
    const v = validateSeed(input(record(), { merges: [merge({ split })] }));
    expect(v.ok && v.graph.merges).toEqual([{ ...merge(), split }]);
  });

  it('refuses marks given in part, or before the entity was recorded', () => {
    expect(errors(input(record({ mergedInto: 'ann' }), {}))).toEqual([
      'graph/a.json entities[1].record: expected the merge marks "mergedInto", "mergedAt" and "mergeId" all three or none, got 1 of 3',
    ]);
    expect(errors(input(record({ ...marks, mergedAt: '2024-01-01T00:00:00.000Z' }), { merges: [merge()] }))).toEqual(
      expect.arrayContaining([
        'graph/a.json entities[1].record.mergedAt: an entity cannot be merged (2024-01-01T00:00:00.000Z) before it was recorded (2025-04-14T09:30:00.000Z)',
      ]),
    );
  });

  it('refuses a malformed merge record or judgement', () => {
    const found = errors(
      input(record(marks), {
        merges: [
          merge({ change: '{"moved": [' }),
          merge({ id: 'm2', keepId: 'ben', absorbId: 'ben', at: 'yesterday' }),
        ],
        notSame: [judgement({ a: 'cat', b: 'ann' })],
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^graph\/_merges-000001\.json merges\[0\]\.change: expected the merge's change as JSON text, got text that does not parse/,
        ),
        expect.stringMatching(/^graph\/_merges-000001\.json merges\[1\]\.at: expected an instant/),
        'graph/_merges-000001.json notSame[0].b: expected the pair in id order ("a" before "b", as the graph stores it), got "cat", "ann"',
      ]),
    );
  });

  it('refuses marks and records that tell two stories, unknown entities, and an id or pair given twice', () => {
    expect(errors(input(record(marks), {}))).toEqual([
      'graph/ entity "ben".record: the merge marks (into "ann" at 2025-04-15T10:00:00.000Z by merge "m1") expect a merge record in force that says so, got no merge with that id',
    ]);
    expect(errors(input(record(), { merges: [merge()] }))).toEqual([
      'graph/_merges-000001.json merges[0].absorbId: merge "m1" is in force, so "ben" must carry its marks (record.mergeId "m1"), got none',
    ]);
    expect(
      errors(
        input(record(marks), {
          merges: [merge(), merge(), merge({ id: 'm3', keepId: 'zed', split: { at: T2, by: 'x', reason: '' } })],
          notSame: [judgement(), judgement(), judgement({ a: 'ann', b: 'zed' })],
        }),
      ),
    ).toEqual([
      'graph/_merges-000001.json merges[1].id: duplicate merge id "m1": already given at graph/_merges-000001.json merges[0]',
      'graph/_merges-000001.json merges[2].keepId: expected the id of an entity of the seed, got "zed", which none has',
      'graph/_merges-000001.json notSame[1]: the pair "ann", "cat" is already judged at graph/_merges-000001.json notSame[0]',
      'graph/_merges-000001.json notSame[2].b: expected the id of an entity of the seed, got "zed", which none has',
    ]);
  });
});
