import type { Relationship } from '../domain/model';
import type { RelationshipCriteria } from './criteria';
import { keysetPredicate, type SortOrder } from './cypher/keyset';
import { relationshipMatch } from './cypher/relationship-match';
import {
  ENTITY_PROJECTION,
  ENTITY_SUMMARY,
  relationshipProjection,
  SOURCE_LISTS,
  toEntity,
  toRelationship,
  type RelationshipRow,
  type SourcedEntity,
} from './mapping';
import type { CursorValue } from './pagination';

export type RelationshipSortField = 'DATE' | 'ID' | 'CONFIDENCE';

export interface RelationshipPageRequest {
  criteria: RelationshipCriteria;
  sort: { field: RelationshipSortField; order: SortOrder };
  first: number;
  after: readonly CursorValue[] | null;
  reads: PageReads;
}

/**
 * How much of each relationship and far end a page reads. A page read with
 * less is cached under a different key, so it only reaches the caller that
 * asked for less: the GraphQL layer decides from the fields a query selects.
 */
export interface PageReads {
  /** Each relationship's sources; without them `sources` is empty. */
  sources: boolean;
  /** The far ends whole; without it only id, kind and name, and `other` must not be cached as an entity. */
  wholeOthers: boolean;
}

export interface RelationshipAtEntity {
  relationship: Relationship;
  direction: 'OUTGOING' | 'INCOMING';
  otherId: string;
  /** The entity at the other end, read in the same statement (the loaders prime the entity loader with it). */
  other: SourcedEntity;
  cursor: CursorValue[];
}

export interface RelationshipPage {
  items: RelationshipAtEntity[];
  hasNextPage: boolean;
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

/**
 * What a page is ordered by: stored values, cheap to compare (a hub's
 * relationships are all sorted before the LIMIT). Missing dates sort last
 * ascending and first descending, as Cypher orders nulls.
 */
const ORDER_KEYS: Record<RelationshipSortField, (r: string) => string> = {
  DATE: (r) => `${r}.validFrom`,
  ID: (r) => `${r}.id`,
  CONFIDENCE: (r) => `${r}.confidence`,
};

/**
 * The same order as a cursor value (JSON-safe, never null): ISO dates compare
 * as strings in date order and a missing date is the day after every date.
 * Computed only for the rows returned, and in the keyset test of later pages.
 */
const CURSOR_KEYS: Record<RelationshipSortField, (r: string) => string> = {
  DATE: (r) => `coalesce(toString(${r}.validFrom), '9999-12-31')`,
  ID: (r) => `${r}.id`,
  CONFIDENCE: (r) => `${r}.confidence`,
};

interface PageCypher {
  /** A `CALL (entity) { … }` that binds the page's rows to `column`. */
  call: string;
  column: string;
  /** The number of relationships matching the request at the entity, as an expression. */
  total: string;
  params: Record<string, unknown>;
}

/**
 * The Cypher for one planned page at entity variable `entity`, its nested
 * pages inside it. `name` keeps the variables and parameters of sibling and
 * nested pages apart. The far end carries no label test (only entities are
 * ever related): the sort reads the relationships of a hub, never their
 * other nodes, and with no filter beyond type and direction the total is
 * read from the node's degree instead of walking the hub.
 */
export function pageCypher(entity: string, plan: RelationshipPagePlan, name: string): PageCypher {
  const { request } = plan;
  const r = `r_${name}`;
  const o = `o_${name}`;
  const match = relationshipMatch(request.criteria, { from: entity, rel: r, to: o }, `${name}_f_`);
  const counted = relationshipMatch(request.criteria, { from: entity, rel: `c_${name}`, to: '' }, `${name}_f_`);
  const cursorKey = CURSOR_KEYS[request.sort.field](r);
  const keyset = keysetPredicate(cursorKey, `${r}.id`, request.sort.order, request.after, `${name}_`);
  const dir = request.sort.order;
  const order = `${ORDER_KEYS[request.sort.field](r)} ${dir}, ${r}.id ${dir}`;
  const nested = plan.nested.map((child, i) => pageCypher(o, child, `${name}_${i}`));
  const params: Record<string, unknown> = { [`${name}_limit`]: request.first + 1, ...match.params, ...keyset.params };
  for (const child of nested) Object.assign(params, child.params);
  const column = `page_${name}`;
  const nestedCalls = nested.map((child) => child.call).join('\n');
  // Rows leave the nested CALLs in no promised order: sort the (at most first + 1) again.
  const reorder = nested.length > 0 ? `WITH * ORDER BY ${order}` : '';
  const nestedPages = nested.map((child) => `{ total: ${child.total}, page: ${child.column} }`).join(', ');
  const call = `CALL (${entity}) {
  MATCH ${match.pattern}${where([match.where, keyset.where])}
  WITH ${r}, ${o} ORDER BY ${order} LIMIT $${name}_limit
  ${nestedCalls}
  ${reorder}
  RETURN collect({ rel: ${relationshipProjection(r, request.reads.sources ? [] : SOURCE_LISTS)}, other: ${o} ${request.reads.wholeOthers ? ENTITY_PROJECTION : ENTITY_SUMMARY}, outgoing: startNode(${r}) = ${entity}, key: ${cursorKey}, nested: [${nestedPages}] }) AS ${column}
}`;
  const total = `COUNT { ${counted.pattern}${where([counted.where])} }`;
  return { call, column, total, params };
}

function where(predicates: string[]): string {
  const tests = predicates.filter((p) => p !== 'true');
  return tests.length === 0 ? '' : ` WHERE ${tests.join(' AND ')}`;
}

/** What `pageCypher`'s column and total hold for one entity. */
export interface PageRow {
  total: number;
  page: Array<{
    rel: RelationshipRow;
    other: Record<string, unknown>;
    outgoing: boolean;
    key: CursorValue;
    nested: PageRow[];
  }>;
}

/**
 * The page read for `plan` at `entityId` and every page nested in it, flat,
 * the page for `plan` itself first.
 */
export function toPlannedPages(entityId: string, plan: RelationshipPagePlan, row: PageRow): PlannedPage[] {
  const { first } = plan.request;
  const hops = row.page.slice(0, first);
  const items = hops.map((hop) => {
    const relationship = toRelationship(hop.rel);
    const other = toEntity(hop.other);
    return {
      relationship,
      direction: hop.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
      otherId: other.id,
      other,
      cursor: [hop.key, relationship.id],
    };
  });
  const page = { items, hasNextPage: row.page.length > first, totalCount: row.total };
  const nested = hops.flatMap((hop, i) =>
    plan.nested.flatMap((child, j) => toPlannedPages(items[i]!.otherId, child, hop.nested[j]!)),
  );
  return [{ entityId, request: plan.request, page }, ...nested];
}
