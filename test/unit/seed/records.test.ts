import { validateSeed, type SeedInput } from '../../../src/seed';
import { oneArticleSeed, seedErrors } from '../../fixtures/seeds/one-article';

/** Recorded versions in seed files (what `npm run export` writes): shapes, checks across fields and across versions. */

const TEXT = 'Ann Example met Ben Example. Ann Example met Ben Example again in 2020.';
const T1 = '2025-04-14T09:30:00.000Z';
const T2 = '2025-04-15T10:00:00.000Z';

const input = (relationships: unknown[], entities: unknown[] = []): SeedInput =>
  oneArticleSeed(TEXT, {
    entities: [
      { id: 'ann', kind: 'Person', name: 'Ann Example' },
      { id: 'ben', kind: 'Person', name: 'Ben Example' },
      ...entities,
    ],
    relationships,
  });

const met = (extra: Record<string, unknown> = {}, sourceExtra: Record<string, unknown> = {}) => ({
  id: 'ann-met-ben',
  type: 'PARTNERED_WITH',
  from: 'ann',
  to: 'ben',
  status: 'REPORTED',
  confidence: 0.9,
  sources: [{ quote: 'Ann Example met Ben Example', ...sourceExtra }],
  ...extra,
});
const record = (version: number, recordedAt = T1) => ({ version, recordedAt, recordedBy: 'system:seed' });
const retraction = (supersededBy: number | null, at = T2) => ({ at, by: 'key:abc', reason: 'corrected', supersededBy });

/** One file only: its errors without the file name. */
const errors = (seed: SeedInput) => seedErrors(seed).map((line) => line.replace(/^graph\/a\.json /, ''));

describe('recorded versions in seed files', () => {
  it('keeps every version with its record, retraction and source times', () => {
    const v = validateSeed(
      input(
        [
          met({ record: record(1), retraction: retraction(2) }, { recordedAt: T1 }),
          met({ confidence: 0.7, record: record(2, T2) }, { recordedAt: T1 }),
        ],
        [
          {
            id: 'cleo',
            kind: 'Person',
            name: 'Cleo',
            record: { version: 3, recordedAt: T1, updatedAt: T2, updatedBy: 'key:abc' },
          },
        ],
      ),
    );
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.graph.relationships.map((r) => [r.version, r.recordedBy, r.retraction?.supersededBy ?? null])).toEqual([
      [1, 'system:seed', 2],
      [2, 'system:seed', null],
    ]);
    expect(v.graph.relationships[1]!.sources[0]).toMatchObject({ start: 0, recordedAt: T1 });
    expect(v.graph.entities.find((e) => e.id === 'cleo')).toMatchObject({
      version: 3,
      updatedAt: T2,
      updatedBy: 'key:abc',
    });
    // A hand-written entry carries no record: the loader stamps it.
    expect(v.graph.entities.find((e) => e.id === 'ann')!.version).toBeUndefined();
  });

  it('refuses times not in the stored form, bad versions, and a retraction or source time without a record', () => {
    expect(
      errors(
        input([
          met({ record: { version: 0, recordedAt: '2025-04-14T09:30:00Z', recordedBy: '' } }),
          met({ id: 'x', retraction: retraction(null) }, { recordedAt: T1 }),
        ]),
      ),
    ).toEqual([
      'relationships[0].record.version: expected a version number (an integer from 1), got number 0',
      'relationships[0].record.recordedAt: expected an instant in UTC with milliseconds, as the graph stores it ("2025-04-14T09:30:00.000Z"), got "2025-04-14T09:30:00Z"',
      'relationships[0].record.recordedBy: expected a non-empty string',
      'relationships[1].retraction: a retraction belongs to a recorded version: give "record" too',
      'relationships[1].sources: a source\'s "recordedAt" belongs to a recorded version: give "record" too',
    ]);
  });

  it('refuses times out of order within a version', () => {
    expect(
      errors(
        input(
          [
            met(
              { record: record(1, T1), retraction: { ...retraction(1, '2025-01-01T00:00:00.000Z') } },
              { recordedAt: T2 },
            ),
          ],
          [
            {
              id: 'cleo',
              kind: 'Person',
              name: 'Cleo',
              record: { version: 1, recordedAt: T2, updatedAt: T1, updatedBy: 'x' },
            },
          ],
        ),
      ),
    ).toEqual([
      `entities[2].record.updatedAt: the current version cannot be written (${T1}) before the first (recordedAt ${T2})`,
      `relationships[0].sources[0].recordedAt: a quote of version 1 cannot be recorded (${T2}) after the version (${T1})`,
      `relationships[0].retraction.at: version 1 cannot be retracted (2025-01-01T00:00:00.000Z) before it was recorded (${T1})`,
      'relationships[0].retraction.supersededBy: version 1 can only be superseded by a later version, got 1',
    ]);
  });

  it('refuses versions that cannot be one history: two current, a missing successor, a version twice, a plain twin', () => {
    expect(
      errors(
        input([
          met({ record: record(1) }),
          met({ record: record(2) }),
          met({ id: 'other', record: record(1), retraction: retraction(3) }),
          met({ id: 'other', record: record(2) }),
          met({ id: 'other', record: record(2) }),
          met({ id: 'other' }),
        ]),
      ),
    ).toEqual([
      'relationships[4].record.version: version 2 of relationship "other" is already given at graph/a.json (relationships[3])',
      'relationships[5].id: relationship "other" is given with its record in graph/a.json (relationships[2]); a recorded relationship is not merged with a declaration: give every version with its record, or none',
      'relationships[0].record.version: version 1 of relationship "ann-met-ben" is current, but version 2 is given too; only the latest version can be current (give the earlier one its "retraction")',
      'relationships[2].retraction.supersededBy: version 1 of relationship "other" is superseded by version 3, which is not given; given: 1, 2',
    ]);
  });

  it('refuses a recorded entity declared twice (a merge would make it another version)', () => {
    const cleo = {
      id: 'cleo',
      kind: 'Person',
      name: 'Cleo',
      record: { version: 1, recordedAt: T1, updatedAt: T1, updatedBy: 'x' },
    };
    const seed = input([], [cleo]);
    seed.files = [
      ...seed.files,
      { file: 'graph/b.json', data: { entities: [{ id: 'cleo', kind: 'Person', name: 'Cleo', aliases: ['C'] }] } },
    ];
    expect(errors(seed)).toEqual([
      'graph/b.json entities[0].id: entity "cleo" is declared in graph/a.json (entities[2]) too, and there with its record (version 1); a recorded entity is declared once',
    ]);
  });
});
