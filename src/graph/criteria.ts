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
}

export const ANY_RELATIONSHIP: RelationshipCriteria = {
  types: null,
  direction: 'BOTH',
  asOf: null,
  window: null,
  statuses: null,
  minConfidence: null,
  includeUndated: true,
};
