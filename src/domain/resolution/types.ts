import type { EntityKind, EntityPropertyValue } from '../entity-kinds';
import type { RelationshipType } from '../relationship-kinds';
import type { RelationshipStatus } from '../status';

/** What the scorer reads of an entity; a domain `Entity` is one. */
export interface ResolutionEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  description: string | null;
  named: boolean;
  properties: Readonly<Record<string, EntityPropertyValue>>;
}

/** What the scorer reads of a relationship; a domain `Relationship` is one. */
export interface ResolutionRelationship {
  type: RelationshipType;
  fromId: string;
  toId: string;
  status: RelationshipStatus;
}

export interface ResolutionInput {
  entities: readonly ResolutionEntity[];
  relationships: readonly ResolutionRelationship[];
  /** Pairs a person judged "not the same" (either order): never proposed, and lend no support to others. */
  notSame?: Iterable<readonly [string, string]>;
}

export interface ResolutionOptions {
  /** Only these kinds (default: all). Pairs never cross kinds either way. */
  kinds?: readonly EntityKind[];
  /** Candidates scoring below this are dropped (default 0.2). */
  minScore?: number;
  /** A blocking key shared by more entities than this is too common to be evidence and is skipped (default 50). */
  maxBlockSize?: number;
  /** Return (and explain) only the best this many (default: all above `minScore`). */
  limit?: number;
}

/** The features a score is made of; each candidate lists the ones that counted, with their weights. */
export type CandidateFeature =
  /** Best similarity between any name or alias of one and any of the other (normalised, fuzzy, rare words count more). */
  | 'NAME'
  /** The same counterpart through the same relationship type and direction (rare counterparts count more). */
  | 'SHARED_NEIGHBOURS'
  /** How much of the unnamed (or smaller) side's relationships the other also stands in. */
  | 'SAME_RELATIONSHIPS'
  /** Roles, kind properties and description words in common. */
  | 'CONTEXT'
  /** Kind properties given differently on both sides (a group of 17 is not one of "more than 200"); subtracts. */
  | 'PROPERTY_CONFLICT';

export interface CandidateReason {
  feature: CandidateFeature;
  /** The feature's weight in this pair's weight profile (negative for a penalty). */
  weight: number;
  /** The feature's value, 0..1. */
  value: number;
  /** weight * value: what it added to (or took from) the score. */
  contribution: number;
  /** What matched, for a person to check: the two names compared, the shared relationships. */
  detail: string;
}

export interface MergeCandidate {
  kind: EntityKind;
  /** The two entity ids, sorted. */
  entityIds: readonly [string, string];
  /** Which to keep if merged: the named one, else the one with more relationships, else the first id. */
  suggestedKeep: string;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  reasons: CandidateReason[];
}

export interface ResolutionStats {
  entities: number;
  blockingKeys: number;
  /** Keys shared by more than `maxBlockSize` entities, not used to form pairs. */
  skippedKeys: number;
  /** Distinct same-kind pairs scored (all pairs would be sum of n_k(n_k-1)/2). */
  comparedPairs: number;
}

export interface ResolutionResult {
  candidates: MergeCandidate[];
  stats: ResolutionStats;
}
