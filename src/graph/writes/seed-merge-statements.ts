import type { Statement } from '../cypher/statement';

/**
 * The statements a seed load uses to store entity resolution's records as an
 * export carries them: merge records (`EntityMerge`, what a split reads) and
 * "not the same" judgements, with the properties the API's writes give them
 * (merge-statements.ts), so that a reloaded merge can be split.
 */

/** A merge record's stored properties; the split ones only once it was split. */
export type MergeRecordRow = Record<string, string>;

export function putMergeRecordsStatement(rows: readonly MergeRecordRow[]): Statement {
  return {
    cypher: `UNWIND $rows AS row
CREATE (m:EntityMerge)
SET m = row
RETURN count(m) AS written`,
    params: { rows: [...rows] },
  };
}

/** Judgements stored under the given pair keys (a seed's, to compare with). */
export function notSameJudgementsStatement(pairs: readonly string[]): Statement {
  return {
    cypher: `UNWIND $pairs AS pair
MATCH (j:NotSameJudgement {pair: pair})
RETURN properties(j) AS judgement`,
    params: { pairs: [...pairs] },
  };
}

export function putNotSameJudgementsStatement(rows: ReadonlyArray<Record<string, string>>): Statement {
  return {
    cypher: `UNWIND $rows AS row
CREATE (j:NotSameJudgement)
SET j = row
RETURN count(j) AS written`,
    params: { rows: [...rows] },
  };
}
