import type { Relationship } from '../../../domain/model';
import type { RelationshipCriteria } from '../../criteria';
import type { SourcedEntity as Entity } from '../../mapping';

/**
 * What a path search may walk. Every restriction applies to every hop and is
 * checked while Neo4j searches (inline in the quantified path pattern), so a
 * hop that fails it is never expanded.
 */
export interface PathSearch {
  /** Types, direction (OUTGOING: each hop subject -> object, from `from` towards `to`), dates, statuses, confidence. */
  criteria: RelationshipCriteria;
  /** Most hops a path may have: an integer 1..MAX_PATTERN_HOPS, written into the pattern's quantifier. */
  maxHops: number;
  /** Entity ids no path may pass through (never the two ends). */
  avoid: readonly string[];
  /**
   * Entities with more relationships than this (all types, both ways) are not
   * passed through: the per-hop fan-out guard against hubs. The ends are
   * exempt. Null: no cap.
   */
  maxDegree: number | null;
}

/** FORWARD: the hop walks the relationship from its subject to its object; BACKWARD: against it. */
export type HopDirection = 'FORWARD' | 'BACKWARD';

export interface PathHop {
  /** 1 for the first hop. */
  step: number;
  /** The entity the hop leaves: the query's `from` for the first hop. */
  from: Entity;
  /** The entity the hop reaches: the query's `to` for the last hop. */
  to: Entity;
  relationship: Relationship;
  direction: HopDirection;
}

/** How strongly the reporting supports a path; a chain is as strong as its weakest hop. */
export interface PathEvidence {
  /** Distinct documents behind the hop with the fewest. */
  minSources: number;
  /** Confidence of the least certain hop. */
  minConfidence: number;
  /** Distinct documents behind all hops together. */
  documents: number;
  /** Mean confidence of the hops: breaks ties between paths whose weakest hops are alike. */
  meanConfidence: number;
  /** Quotes behind all hops together (several may come from one document). */
  quotes: number;
}

export interface Path {
  /** In walking order: `entities[0]` is `from`, the last is `to`; one more than `hops`. */
  entities: Entity[];
  hops: PathHop[];
  evidence: PathEvidence;
}

/** Paths found by one statement, and which of the asked-for entity ids do not exist. */
export interface PathQueryResult {
  missing: string[];
  paths: Path[];
}
