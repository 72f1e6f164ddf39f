import { exportMergesStatement, exportNotSameStatement } from '../../../src/graph/queries/export-merge-pages';
import {
  notSameJudgementsStatement,
  putMergeRecordsStatement,
  putNotSameJudgementsStatement,
} from '../../../src/graph/writes/seed-merge-statements';
import { mergeRecordRow, notSameRow } from '../../../src/graph/writes/seed-merges';

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
