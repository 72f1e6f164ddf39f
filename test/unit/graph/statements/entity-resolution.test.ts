import { mergeCandidateGraphStatement } from '../../../../src/graph/queries/merge-candidates';
import {
  createMergeRecordStatement,
  createNotSameStatement,
  lockMergeRecordStatement,
  markMergedStatement,
  markSplitStatement,
  mergeRecordsStatement,
  mergesIntoStatement,
  notSameStatement,
  relationshipsNamingStatement,
  unmarkMergedStatement,
} from '../../../../src/graph/writes/merge-statements';

/** The Cypher text and parameters of every statement of entity resolution, pinned. */
describe('entity resolution statements', () => {
  const T = '2026-01-01T00:00:00.000Z';
  it.each([
    ['candidateGraph (all)', mergeCandidateGraphStatement(null)],
    ['candidateGraph (documents)', mergeCandidateGraphStatement(['d1', 'd2'])],
    ['relationshipsNaming', relationshipsNamingStatement('a')],
    ['markMerged', markMergedStatement('a', 'k', 'm', T)],
    ['unmarkMerged', unmarkMergedStatement('a', 'm')],
    [
      'createMergeRecord',
      createMergeRecordStatement({
        id: 'm',
        at: T,
        by: 'key_1',
        reason: 'r',
        kind: 'Person',
        keepId: 'k',
        absorbId: 'a',
        change: '{}',
      }),
    ],
    ['lockMergeRecord', lockMergeRecordStatement('m')],
    ['mergeRecords', mergeRecordsStatement(['m'])],
    ['mergesInto', mergesIntoStatement(['k'])],
    ['markSplit', markSplitStatement('m', T, 'key_1', 'r')],
    ['notSame', notSameStatement('a b')],
    ['createNotSame', createNotSameStatement({ pair: 'a b', a: 'a', b: 'b', at: T, by: 'key_1', reason: 'r' })],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });
});
