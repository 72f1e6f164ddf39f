import { keysetPredicate, type SortOrder } from '../cypher/keyset';
import { relationshipCount, relationshipMatch, whereClause } from '../cypher/relationship-match';
import {
  ENTITY_PROJECTION,
  ENTITY_REF_PROJECTION,
  relationshipProjection,
  SOURCE_LISTS,
  toEntity,
  toEntityRef,
  toRelationship,
  type RelationshipRow,
} from '../mapping';
import type { CursorValue } from '../pagination';
import type { PlannedPage, RelationshipOrder, RelationshipPagePlan, RelationshipPageRequest } from './request';

interface OrderDefinition {
  /** The ORDER BY terms on relationship variable `r`, the id last. */
  orderBy: (r: string, dir: SortOrder) => string;
  /** The order as a JSON-safe cursor value (null: pages in this order are not continued). */
  cursorKey: ((r: string) => string) | null;
  /** Only relationships passing this predicate belong to pages in this order, and to their total. */
  only?: (r: string) => string;
}

/** Earliest possible day, then latest possible day: coarse dates sort before finer ones inside them. */
const spanKey = (r: string) =>
  `coalesce(toString(${r}.validFrom), '0000-01-01') + '/' + coalesce(toString(${r}.validTo), '9999-12-31')`;

/**
 * Orders sort on stored values, cheap to compare (a hub's relationships are
 * all sorted before the LIMIT); the cursor key, a string where the stored
 * value is a date, is computed only for the rows returned and in the keyset
 * test of later pages. Missing dates sort last ascending, first descending.
 */
const ORDERS: Record<RelationshipOrder, OrderDefinition> = {
  DATE: {
    orderBy: (r, dir) => `${r}.validFrom ${dir}, ${r}.id ${dir}`,
    cursorKey: (r) => `coalesce(toString(${r}.validFrom), '9999-12-31')`,
  },
  ID: { orderBy: (r, dir) => `${r}.id ${dir}, ${r}.id ${dir}`, cursorKey: (r) => `${r}.id` },
  CONFIDENCE: { orderBy: (r, dir) => `${r}.confidence ${dir}, ${r}.id ${dir}`, cursorKey: (r) => `${r}.confidence` },
  SPAN: {
    orderBy: (r, dir) => `${spanKey(r)} ${dir}, ${r}.id ${dir}`,
    cursorKey: spanKey,
    only: (r) => `NOT (${r}.validFrom IS NULL AND ${r}.validTo IS NULL)`,
  },
  // A relationship's number of sources is its number of quote offsets, a short integer list cheaper to read than the quotes.
  STRENGTH: { orderBy: (r) => `${r}.confidence DESC, size(${r}.sourceStarts) DESC, ${r}.id`, cursorKey: null },
};

/** The predicate a request's order restricts its relationships to (`true` for most orders). */
export function orderRestriction(request: RelationshipPageRequest, r: string): string {
  return ORDERS[request.sort.field].only?.(r) ?? 'true';
}

export interface PageCypher {
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
  const order = ORDERS[request.sort.field];
  const r = `r_${name}`;
  const o = `o_${name}`;
  const prefix = `${name}_f_`;
  const match = relationshipMatch(request.criteria, { from: entity, rel: r, to: o }, prefix);
  const counted = relationshipCount(entity, request.criteria, prefix, `c_${name}`, order.only?.(`c_${name}`));
  if (order.cursorKey === null && request.after !== null) {
    throw new RangeError(`Pages in ${request.sort.field} order cannot be continued; got a cursor.`);
  }
  const cursorKey = order.cursorKey?.(r) ?? 'null';
  const keyset = keysetPredicate(cursorKey, `${r}.id`, request.sort.order, request.after, `${name}_`);
  const orderBy = order.orderBy(r, request.sort.order);
  const nested = plan.nested.map((child, i) => pageCypher(o, child, `${name}_${i}`));
  const params: Record<string, unknown> = { [`${name}_limit`]: request.first + 1, ...match.params, ...keyset.params };
  for (const child of nested) Object.assign(params, child.params);
  const column = `page_${name}`;
  const nestedPages = nested.map((child) => `{ total: ${child.total}, page: ${child.column} }`).join(', ');
  const rel = relationshipProjection(r, request.reads.sources ? [] : SOURCE_LISTS);
  const other = `${o} ${request.reads.wholeOthers ? ENTITY_PROJECTION : ENTITY_REF_PROJECTION}`;
  const lines = [
    `MATCH ${match.pattern}${whereClause([match.where, order.only?.(r) ?? 'true', keyset.where])}`,
    `WITH ${r}, ${o} ORDER BY ${orderBy} LIMIT $${name}_limit`,
    ...nested.map((child) => child.call),
    // Rows leave the nested CALLs in no promised order: sort the (at most first + 1) again.
    ...(nested.length > 0 ? [`WITH * ORDER BY ${orderBy}`] : []),
    `RETURN collect({ rel: ${rel}, other: ${other}, outgoing: startNode(${r}) = ${entity}, key: ${cursorKey}, nested: [${nestedPages}] }) AS ${column}`,
  ];
  const call = `CALL (${entity}) {\n${lines.join('\n').replace(/^/gm, '  ')}\n}`;
  return { call, column, total: counted.expression, params };
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
  const { first, reads } = plan.request;
  const hops = row.page.slice(0, first);
  const items = hops.map((hop) => {
    const relationship = toRelationship(hop.rel);
    return {
      relationship,
      direction: hop.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
      other: reads.wholeOthers ? toEntity(hop.other) : toEntityRef(hop.other),
      cursor: [hop.key, relationship.id],
    };
  });
  const page = { items, hasNextPage: row.page.length > first, totalCount: row.total };
  const nested = hops.flatMap((hop, i) =>
    plan.nested.flatMap((child, j) => toPlannedPages(items[i]!.other.id, child, hop.nested[j]!)),
  );
  return [{ entityId, request: plan.request, page }, ...nested];
}
