import type { Relationship } from '../../domain/model';
import type { RelationshipCriteria } from '../criteria';
import type { SortOrder } from '../cypher/keyset';
import type { EntityRef, SourcedEntity } from '../mapping';
import type { CursorValue } from '../pagination';

/** The orders the API offers for an entity's relationships. */
export type RelationshipSortField = 'DATE' | 'ID' | 'CONFIDENCE';

/**
 * Every order a page can be read in: the API's, the timeline's (`SPAN`:
 * earliest then latest possible day, dated relationships only) and the
 * neighbourhood's (`STRENGTH`: confidence, then number of sources; no cursor).
 */
export type PageSortField = RelationshipSortField | 'SPAN' | 'STRENGTH';

export interface RelationshipPageRequest {
  criteria: RelationshipCriteria;
  sort: { field: PageSortField; order: SortOrder };
  first: number;
  after: readonly CursorValue[] | null;
  reads: PageReads;
  /** Entities the caller already holds whole: as far ends they are read as references (the neighbourhood's). */
  known?: readonly string[];
}

/**
 * How much of each relationship and far end a page reads. Part of the page's
 * cache key, so a page read with less only reaches a caller that asked for less.
 */
export interface PageReads {
  /** Each relationship's sources; without them `sources` is empty. */
  sources: boolean;
  /** The far ends whole (`SourcedEntity`), else as `EntityRef`s. */
  wholeOthers: boolean;
  /** The number of matching relationships (and, for `SPAN`, of the undated ones). */
  total: boolean;
}

/** The entity at the other end: whole, or only what names it (never to be cached as an entity). */
export type FarEnd = { whole: true; entity: SourcedEntity } | { whole: false; entity: EntityRef };

export interface RelationshipAtEntity {
  relationship: Relationship;
  direction: 'OUTGOING' | 'INCOMING';
  other: FarEnd;
  /** Where a next page starts; empty for an order no page continues from (`STRENGTH`). */
  cursor: CursorValue[];
}

export interface RelationshipPage {
  items: RelationshipAtEntity[];
  hasNextPage: boolean;
  /** Null when the request did not read totals. */
  totalCount: number | null;
  /** Matching relationships the order has no place for (undated ones under `SPAN`); null as totalCount. */
  unorderedCount: number | null;
}

/** A page to read at an entity and, in the same statement, the pages at each of its far ends. */
export interface RelationshipPagePlan {
  request: RelationshipPageRequest;
  nested: readonly RelationshipPagePlan[];
}

/** One statement's worth: the same plans at each entity, the entities themselves whole if asked. */
export interface RelationshipPagesInput {
  ids: readonly string[];
  entities: boolean;
  plans: readonly RelationshipPagePlan[];
}

/** A page read for a plan, with the entity and request it answers (what the loaders cache it under). */
export interface PlannedPage {
  entityId: string;
  request: RelationshipPageRequest;
  page: RelationshipPage;
}

/** What was read at one entity: itself (when asked for) and every planned page, nested ones after their parent. */
export interface EntityPages {
  id: string;
  entity: SourcedEntity | null;
  pages: PlannedPage[];
}
