import type { MergeCandidate } from '../../domain/resolution';
import { encodeCursor } from '../../graph';
import { afterCursor } from './page';

const pair = (candidate: MergeCandidate) => candidate.entityIds.join(' ');

/** The candidates after a cursor's (score, pair): best first, ties by pair, so pages never overlap. */
function after(candidates: MergeCandidate[], cursor: ReturnType<typeof afterCursor>): MergeCandidate[] {
  if (cursor === null) return candidates;
  const [score, key] = cursor as [number, string];
  return candidates.filter((c) => c.score < score || (c.score === score && pair(c) > key));
}

/** One page of the scored candidates, as the MergeCandidateConnection. */
export function mergeCandidatePage(all: MergeCandidate[], first: number, cursor: string | null | undefined) {
  const rest = after(all, afterCursor(cursor));
  const edges = rest.slice(0, first).map((node) => ({ cursor: encodeCursor([node.score, pair(node)]), node }));
  return {
    edges,
    totalCount: all.length,
    pageInfo: { hasNextPage: rest.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
