import { ANY_RELATIONSHIP, type RelationshipCriteria } from '../../../../src/graph/criteria';
import type { PathSearch } from '../../../../src/graph/queries/paths/types';
import type { PageReads, RelationshipPageRequest } from '../../../../src/graph/relationship-pages';

/** A filter using every criterion, so that a snapshot shows every predicate and parameter. */
export const EVERY_CRITERION: RelationshipCriteria = {
  types: ['AFFILIATED_WITH', 'LEADS'],
  direction: 'OUTGOING',
  asOf: '2025-04-01',
  window: { from: '2025-01-01', to: '2025-12-31' },
  statuses: ['REPORTED', 'ALLEGED'],
  minConfidence: 0.5,
  includeUndated: false,
};

export const LEAN: PageReads = { sources: false, wholeOthers: false };
export const WHOLE: PageReads = { sources: true, wholeOthers: true };

/** `relationships` with no arguments, as the schema's defaults make it (sort DATE ASC, first defaultPageSize). */
export const pageRequest = (overrides: Partial<RelationshipPageRequest> = {}): RelationshipPageRequest => ({
  criteria: ANY_RELATIONSHIP,
  sort: { field: 'DATE', order: 'ASC' },
  first: 20,
  after: null,
  reads: LEAN,
  ...overrides,
});

/** The default path options (defaultPathHops 6, maxDegree = maxFanOut 200). */
export const DEFAULT_SEARCH: PathSearch = { criteria: ANY_RELATIONSHIP, maxHops: 6, avoid: [], maxDegree: 200 };

export const EVERY_PATH_RULE: PathSearch = {
  criteria: EVERY_CRITERION,
  maxHops: 4,
  avoid: ['government-0', 'country-1'],
  maxDegree: 50,
};
