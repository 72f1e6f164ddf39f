import type { RelationshipStatus } from '../domain/status';
import type { RelationshipType } from '../domain/relationship-kinds';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/**
 * Which relationships a query follows, in storage-neutral terms. Dates are
 * whole days (YYYY-MM-DD); a window's ends are already widened by the caller.
 */
export interface RelationshipCriteria {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  asOf: string | null;
  window: { from: string | null; to: string | null } | null;
  statuses: readonly RelationshipStatus[] | null;
  minConfidence: number | null;
  includeUndated: boolean;
  /**
   * The graph as it stood at this instant (ISO 8601, UTC): versions recorded
   * by then and not yet retracted. Null: now, i.e. the current versions only.
   */
  knownAt: string | null;
}

export const ANY_RELATIONSHIP: RelationshipCriteria = {
  types: null,
  direction: 'BOTH',
  asOf: null,
  window: null,
  statuses: null,
  minConfidence: null,
  includeUndated: true,
  knownAt: null,
};
