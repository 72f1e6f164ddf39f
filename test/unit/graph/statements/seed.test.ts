import { exportMergesStatement, exportNotSameStatement } from '../../../../src/graph/queries/export-merge-pages';
import {
  notSameJudgementsStatement,
  putMergeRecordsStatement,
  putNotSameJudgementsStatement,
} from '../../../../src/graph/writes/seed-merge-statements';
import { mergeRecordRow, notSameRow } from '../../../../src/graph/writes/seed-merges';
import { putEntitiesStatement } from '../../../../src/graph/writes/entity-statements';
import { createRelationshipsStatement } from '../../../../src/graph/writes/relationship-statements';
import {
  entityStatement,
  hasEntitiesStatement,
  relationshipStatement,
  resetStatement,
  SEED_ACTOR,
} from '../../../../src/graph/writes/seed-graph';
import { relationshipRow } from '../../../../src/graph/writes/seed-rows';
import { entityVersionRow, relationshipVersionRow } from '../../../../src/graph/writes/versions';
import type { Relationship } from '../../../../src/domain/model';

/** Entity resolution's records through the seed format: the export's pages and the loader's writes, pinned. */
describe('seed-format statements of merges and judgements', () => {
  const T = '2026-01-01T00:00:00.000Z';
  const merge = {
    id: 'm1',
    at: T,
    by: 'key:abc',
    reason: 'one person',
    kind: 'Person',
    keepId: 'ann',
    absorbId: 'ben',
    change: '{"moved":[]}',
  };

  it.each([
    ['export merges (keyset on id)', exportMergesStatement({ after: 'm0', limit: 2000 })],
    ['export judgements (keyset on pair)', exportNotSameStatement({ after: '', limit: 2000 })],
    ['stored judgements by pair', notSameJudgementsStatement(['ann cat'])],
    ['put merge records', putMergeRecordsStatement([mergeRecordRow({ ...merge, split: null })])],
    [
      'put judgements',
      putNotSameJudgementsStatement([notSameRow({ a: 'ann', b: 'cat', at: T, by: 'key:abc', reason: 'two' })]),
    ],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('stores a merge record with the properties the API writes: split ones only once split', () => {
    expect(mergeRecordRow({ ...merge, split: null })).toEqual(merge);
    expect(mergeRecordRow({ ...merge, split: { at: T, by: 'key:def', reason: 'two' } })).toEqual({
      ...merge,
      splitAt: T,
      splitBy: 'key:def',
      splitReason: 'two',
    });
    expect(notSameRow({ a: 'ann', b: 'cat', at: T, by: 'x', reason: '' }).pair).toBe('ann cat');
  });
});

/** What a seed load sends besides the write path's own statements (pinned in writes.test.ts). */
describe('seed load statements', () => {
  const T = '2026-01-01T00:00:00.000Z';
  const stamp = { at: T, actor: SEED_ACTOR };
  const leads: Relationship = {
    id: 'ann-leads-org',
    type: 'LEADS',
    fromId: 'ann',
    toId: 'org',
    temporal: { since: { value: '2019', precision: 'YEAR' } },
    status: 'REPORTED',
    confidence: 0.9,
    qualifiers: { role: 'president', term: 2 },
    sources: [{ documentId: 'doc-a', quote: 'Ann leads Org', start: 0, end: 13, attributedTo: null }],
  };

  it.each([
    ['is the database empty (seed at start)', hasEntitiesStatement()],
    ['reset (seed --reset), in batches', resetStatement()],
    [
      'an entity version (integers as plain numbers)',
      putEntitiesStatement('Law', [
        entityVersionRow({ id: 'act', props: { id: 'act', kind: 'Law', name: 'Act', enactedYear: 1798 } }, 1, T, stamp),
      ]),
    ],
    [
      'a relationship version with its sources',
      createRelationshipsStatement('LEADS', [relationshipVersionRow(leads, 1, stamp, [T])]),
    ],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it("the benchmark's bulk loader Cypher", () => {
    expect(entityStatement('Person')).toMatchSnapshot();
    expect(relationshipStatement('LEADS')).toMatchSnapshot();
  });

  it('stores source offsets and whole qualifiers as plain numbers: the client alone makes them integers', () => {
    const row = relationshipRow(leads);
    expect(row.props).toMatchObject({ sourceStarts: [0], sourceEnds: [13], q_term: 2 });
    expect(JSON.stringify(row)).not.toMatch(/"low"|"high"/);
  });
});
