import { keysetPredicate } from '../cypher/keyset';
import { relationshipMatch } from '../cypher/relationship-match';
import { ENTITY_PROJECTION, ENTITY_REF_PROJECTION, relationshipProjection, SOURCE_LISTS } from '../mapping';
import { PAGE_SORTS } from './sorts';
import type { RelationshipPagePlan, RelationshipPagesInput } from './types';

interface PageCypher {
  /** `CALL (entity) { … }`s that bind what `summary` reads. */
  calls: string;
  /** A map `{ total, unordered, page }` for one entity (see PageRow). */
  summary: string;
  params: Record<string, unknown>;
}

/**
 * The pages of relationships the plans ask for at each entity of `ids`, with
 * the entity at the other end, in one statement; with `entities`, each entity
 * whole too. Pages nested in a plan are read at its far ends inside its CALL.
 */
export function relationshipPagesStatement(input: RelationshipPagesInput) {
  const pages = input.plans.map((plan, i) => pageCypher('e', plan, `p${i}`));
  const params: Record<string, unknown> = { ids: [...input.ids] };
  for (const page of pages) Object.assign(params, page.params);
  const entity = input.entities ? ` e ${ENTITY_PROJECTION} AS entity,` : '';
  const cypher = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
${pages.map((page) => page.calls).join('\n')}
RETURN id,${entity} [${pages.map((page) => page.summary).join(', ')}] AS pages`;
  return { cypher, params };
}

/**
 * One planned page at entity variable `entity`; `name` keeps the variables and
 * parameters of sibling and nested pages apart. The far end carries no label
 * test (only entities are ever related): the sort reads the relationships of
 * a hub, never their other nodes, and with no filter beyond type and
 * direction the total is read from the node's degree instead of walking the hub.
 */
function pageCypher(entity: string, plan: RelationshipPagePlan, name: string): PageCypher {
  const { criteria, sort, after, reads } = plan.request;
  const order = PAGE_SORTS[sort.field];
  if (after !== null && order.key === null)
    throw new Error(`Expected no "after" for a ${sort.field} page (it has no cursor), got ${JSON.stringify(after)}.`);
  const r = `r_${name}`;
  const o = `o_${name}`;
  const match = relationshipMatch(criteria, { from: entity, rel: r, to: o }, `${name}_f_`);
  const cursorKey = order.key?.(r) ?? 'null';
  const keyset = keysetPredicate(cursorKey, `${r}.id`, sort.order, after, `${name}_`);
  const orderBy = order.orderBy(r, sort.order);
  const nested = plan.nested.map((child, i) => pageCypher(o, child, `${name}_${i}`));
  const params: Record<string, unknown> = {
    [`${name}_limit`]: plan.request.first + 1,
    ...match.params,
    ...keyset.params,
  };
  for (const child of nested) Object.assign(params, child.params);
  const column = `page_${name}`;
  // Rows leave the nested CALLs in no promised order: sort the (at most first + 1) again.
  const reorder = nested.length > 0 ? `\n  WITH * ORDER BY ${orderBy}` : '';
  const rel = relationshipProjection(r, reads.sources ? [] : SOURCE_LISTS);
  const other = farEnd(o, plan.request, name, params);
  const counts = countCypher(entity, plan, name);
  const page = `CALL (${entity}) {
  MATCH ${match.pattern}${where([match.where, order.places?.(r) ?? 'true', keyset.where])}
  WITH ${r}, ${o} ORDER BY ${orderBy} LIMIT $${name}_limit${nested.map((child) => `\n  ${child.calls.replaceAll('\n', '\n  ')}`).join('')}${reorder}
  RETURN collect({ rel: ${rel}, other: ${other}, outgoing: startNode(${r}) = ${entity}, key: ${cursorKey}, nested: [${nested.map((child) => child.summary).join(', ')}] }) AS ${column}
}`;
  return {
    calls: [counts.call, page].filter((call) => call !== '').join('\n'),
    summary: `{ total: ${counts.total}, unordered: ${counts.unordered}, page: ${column} }`,
    params,
  };
}

/**
 * The totals a page reads: matching relationships, as a COUNT; for an order
 * that places only some of them, those it places and those it does not,
 * counted in one pass over the entity's relationships.
 */
function countCypher(entity: string, plan: RelationshipPagePlan, name: string) {
  const { criteria, sort, reads } = plan.request;
  if (!reads.total) return { call: '', total: 'null', unordered: 'null' };
  const c = `c_${name}`;
  const counted = relationshipMatch(criteria, { from: entity, rel: c, to: '' }, `${name}_f_`);
  const places = PAGE_SORTS[sort.field].places?.(c);
  if (!places) return { call: '', total: `COUNT { ${counted.pattern}${where([counted.where])} }`, unordered: '0' };
  return {
    call: `CALL (${entity}) {
  MATCH ${counted.pattern}${where([counted.where])}
  WITH count(*) AS matched, count(CASE WHEN ${places} THEN 1 END) AS placed
  RETURN placed AS total_${name}, matched - placed AS unordered_${name}
}`,
    total: `total_${name}`,
    unordered: `unordered_${name}`,
  };
}

/** The far end's projection: whole, a reference, or whole unless the caller already holds it. */
function farEnd(o: string, request: RelationshipPagePlan['request'], name: string, params: Record<string, unknown>) {
  if (!request.reads.wholeOthers) return `${o} ${ENTITY_REF_PROJECTION}`;
  if (!request.known?.length) return `${o} ${ENTITY_PROJECTION}`;
  params[`${name}_known`] = [...request.known];
  return `CASE WHEN ${o}.id IN $${name}_known THEN ${o} ${ENTITY_REF_PROJECTION} ELSE ${o} ${ENTITY_PROJECTION} END`;
}

function where(predicates: string[]): string {
  const tests = predicates.filter((p) => p !== 'true');
  return tests.length === 0 ? '' : ` WHERE ${tests.join(' AND ')}`;
}
