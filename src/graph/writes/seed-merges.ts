import { pairKey } from '../../domain/resolution';
import type { SeedGraph, SeedMerge, SeedNotSame } from '../../domain';
import type { WriteTx } from '../write-transaction';
import { mergeRecordsStatement } from './merge-statements';
import {
  notSameJudgementsStatement,
  putMergeRecordsStatement,
  putNotSameJudgementsStatement,
  type MergeRecordRow,
} from './seed-merge-statements';

/**
 * The merge records and "not the same" judgements of one seed load, inside
 * its transaction (seed-graph.ts). They are history, like recorded versions
 * (seed-records.ts): stored as given where the graph does not hold them, left
 * alone where it holds the same (or the same merge split since: the graph
 * moved past it), and the whole load refused where the two differ.
 */

export function mergeRecordRow(merge: SeedMerge): MergeRecordRow {
  const { split, ...record } = merge;
  return split ? { ...record, splitAt: split.at, splitBy: split.by, splitReason: split.reason } : { ...record };
}

export function notSameRow(judgement: SeedNotSame): Record<string, string> {
  return { pair: pairKey(judgement.a, judgement.b), ...judgement };
}

const sameProps = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** The graph's merge holds the seed's, unsplit, and has been split since. */
const splitSince = (stored: Record<string, unknown>, given: MergeRecordRow) =>
  given.splitAt === undefined &&
  typeof stored.splitAt === 'string' &&
  sameProps(Object.fromEntries(Object.entries(stored).filter(([k]) => !k.startsWith('split'))), given);

function conflictError(conflicts: readonly string[]): Error {
  const listed = conflicts.slice(0, 10).join('; ');
  const more = conflicts.length > 10 ? `, and ${conflicts.length - 10} more` : '';
  return new Error(
    `Seed write aborted, nothing was written: ${conflicts.length} merge record(s) or judgement(s) in the seed disagree with the graph's: ${listed}${more}. Load such a seed into an empty graph (seed --reset).`,
  );
}

/** Writes what the graph does not hold yet; returns the merge ids and judged pairs written. */
export async function writeSeedMerges(tx: WriteTx, graph: SeedGraph): Promise<{ merges: string[]; notSame: string[] }> {
  const merges = (graph.merges ?? []).map(mergeRecordRow);
  const judgements = (graph.judgements ?? []).map(notSameRow);
  const conflicts: string[] = [];
  const storedMerges =
    merges.length > 0
      ? await tx.run<{ merge: Record<string, unknown> }>(mergeRecordsStatement(merges.map((m) => m.id!)))
      : [];
  const mergeById = new Map(storedMerges.map(({ merge }) => [String(merge.id), merge]));
  const newMerges = merges.filter((row) => {
    const stored = mergeById.get(row.id!);
    if (stored && !sameProps(stored, row) && !splitSince(stored, row)) conflicts.push(`merge "${row.id}" differs`);
    return !stored;
  });
  const storedPairs =
    judgements.length > 0
      ? await tx.run<{ judgement: Record<string, unknown> }>(notSameJudgementsStatement(judgements.map((j) => j.pair!)))
      : [];
  const pairs = new Map(storedPairs.map(({ judgement }) => [String(judgement.pair), judgement]));
  const newJudgements = judgements.filter((row) => {
    const stored = pairs.get(row.pair!);
    if (stored && !sameProps(stored, row)) conflicts.push(`the judgement of "${row.a}", "${row.b}" differs`);
    return !stored;
  });
  if (conflicts.length > 0) throw conflictError(conflicts);
  if (newMerges.length > 0) await tx.run(putMergeRecordsStatement(newMerges));
  if (newJudgements.length > 0) await tx.run(putNotSameJudgementsStatement(newJudgements));
  return { merges: newMerges.map((m) => m.id!), notSame: newJudgements.map((j) => j.pair!) };
}
