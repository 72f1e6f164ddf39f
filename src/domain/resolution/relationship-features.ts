import { describeEdge, type Edge, type Neighbourhoods } from './neighbourhood';

/** Scores of pairs found so far, to credit counterparts that are themselves likely the same. */
export type Support = (a: string, b: string) => number;

/** What one relationship in common is worth, before rarity and status: never certainty on its own. */
const SAME_EDGE = 0.5;
/** The same type to a counterpart that is itself a likely pair, times that pair's score. */
const SUPPORTED_EDGE = 0.4;
/** The same type to some other counterpart: the same role, weakly. */
const SAME_ROLE = 0.1;

/**
 * The same counterpart through the same relationship type and direction, rare
 * edges counting more; divided by the smaller side's relationship count plus
 * one, so one shared edge is never certainty. Pushes what matched to `notes`.
 */
export function sharedNeighbours(graph: Neighbourhoods, a: string, b: string, notes?: string[]): number {
  const left = graph.of(a);
  let shared = 0;
  for (const edge of left) {
    const other = graph.edge(b, edge.key);
    if (!other) continue;
    shared += graph.rarity(edge.key) * Math.min(edge.status, other.status);
    notes?.push(describeEdge(edge));
  }
  return shared / (Math.min(left.length, graph.of(b).length) + 1);
}

/**
 * Whether `other` stands in `subject`'s relationships: the same edge counts by
 * its rarity, the same type to a counterpart that is itself a likely pair by
 * that pair's score (the Maryland man sent to "the mega prison" vs. Abrego
 * García sent to CECOT), the same type to anyone else a little. Combined as a
 * noisy-or: each article reports different facts, so a relationship only one
 * side has is not evidence against the pair (open world), while each one in
 * common adds. `subject` is the unnamed side, or the one with fewer relationships.
 */
export function sameRelationships(
  graph: Neighbourhoods,
  subject: string,
  other: string,
  support: Support,
  notes?: string[],
): number {
  let doubt = 1;
  for (const edge of graph.of(subject)) {
    const sameRole = graph.withRole(other, edge.role);
    if (sameRole.length === 0) continue;
    const same = graph.edge(other, edge.key);
    const best = same ? null : bestSupported(edge, sameRole, support);
    if (same) {
      doubt *= 1 - SAME_EDGE * graph.rarity(edge.key) * edge.status;
      notes?.push(`${describeEdge(edge)} (same)`);
    } else if (best) {
      doubt *= 1 - SUPPORTED_EDGE * best.score * Math.min(edge.status, best.edge.status);
      notes?.push(`${describeEdge(edge)} ~ ${best.edge.other} (${best.score.toFixed(2)})`);
    } else {
      doubt *= 1 - SAME_ROLE * edge.status;
      notes?.push(`${describeEdge(edge)} ~ ${sameRole[0]!.other} (same type)`);
    }
  }
  return 1 - doubt;
}

function bestSupported(edge: Edge, candidates: readonly Edge[], support: Support) {
  let best: { edge: Edge; score: number } | null = null;
  for (const candidate of candidates) {
    const score = support(edge.other, candidate.other);
    if (score > 0 && (!best || score > best.score)) best = { edge: candidate, score };
  }
  return best;
}
