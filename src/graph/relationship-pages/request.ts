import type { Relationship } from '../../domain/model';
import type { RelationshipCriteria } from '../criteria';
import type { SortOrder } from '../cypher/keyset';
import type { EntityRef, SourcedEntity } from '../mapping';
import type { CursorValue } from '../pagination';

/** The orders the API offers on `relationships`. */
export type RelationshipSortField = 'DATE' | 'ID' | 'CONFIDENCE';

/**
 * Every order a page of relationships can be read in: the API's, plus the
 * timeline's (`SPAN`: dated relationships only, earliest day then latest day)
 * and the neighbourhood's (`STRENGTH`: most confident, then best sourced,
 * first; never continued with a cursor).
 */
export type RelationshipOrder = RelationshipSortField | 'SPAN' | 'STRENGTH';

/**
 * How much of each relationship and far end a page reads. A page read with
 * less is a different request, so it only reaches the caller that asked for
 * less: the GraphQL layer decides from the fields a query selects.
 */
export interface PageReads {
  /** Each relationship's sources; without them `sources` is empty. */
  sources: boolean;
  /** The far ends whole; without it each is an EntityRef (id, kind, name). */
  wholeOthers: boolean;
}

/** A page of relationships to read at an entity. */
export interface RelationshipPageRequest {
  criteria: RelationshipCriteria;
  sort: { field: RelationshipOrder; order: SortOrder };
  first: number;
  after: readonly CursorValue[] | null;
  reads: PageReads;
}

/** The entity at the other end of a relationship: whole, or a ref when the page read only that. */
export type FarEnd = SourcedEntity | EntityRef;

export interface RelationshipAtEntity {
  relationship: Relationship;
  direction: 'OUTGOING' | 'INCOMING';
  /** Read in the same statement (whole far ends are primed into the entity loader). */
  other: FarEnd;
  cursor: CursorValue[];
}

export interface RelationshipPage {
  items: RelationshipAtEntity[];
  hasNextPage: boolean;
  /** Relationships matching the request at the entity, across pages (0 when the statement did not count them). */
  totalCount: number;
}

/**
 * A page of relationships to read at an entity and, in the same statement,
 * the pages to read at each entity at the other end of that page.
 */
export interface RelationshipPagePlan {
  request: RelationshipPageRequest;
  nested: readonly RelationshipPagePlan[];
}

/** A page read for a plan, with the entity and request it answers (what the loaders cache it under). */
export interface PlannedPage {
  entityId: string;
  request: RelationshipPageRequest;
  page: RelationshipPage;
}
