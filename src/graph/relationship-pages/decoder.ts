import { toEntity, toEntityRef, toRelationship, type RelationshipRow } from '../mapping';
import type { CursorValue } from '../pagination';
import type { EntityPages, FarEnd, PlannedPage, RelationshipPagePlan, RelationshipPagesInput } from './types';

/** What relationshipPagesStatement returns per entity. */
export interface RelationshipPagesRow {
  id: string;
  entity?: Record<string, unknown>;
  pages: PageRow[];
}

/** One page's summary map (see pageCypher). */
interface PageRow {
  total: number | null;
  unordered: number | null;
  page: Array<{
    rel: RelationshipRow;
    other: Record<string, unknown>;
    outgoing: boolean;
    key: CursorValue;
    nested: PageRow[];
  }>;
}

/** The rows of relationshipPagesStatement per id of `input`, in its order; null for an id no entity has. */
export function decodeRelationshipPages(
  input: RelationshipPagesInput,
  rows: readonly RelationshipPagesRow[],
): Array<EntityPages | null> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return input.ids.map((id) => {
    const row = byId.get(id);
    if (!row) return null;
    return {
      id,
      entity: row.entity ? toEntity(row.entity) : null,
      pages: input.plans.flatMap((plan, i) => plannedPages(id, plan, row.pages[i]!)),
    };
  });
}

/** The page read for `plan` at `entityId` and every page nested in it, flat, the page for `plan` first. */
function plannedPages(entityId: string, plan: RelationshipPagePlan, row: PageRow): PlannedPage[] {
  const { first } = plan.request;
  const known = new Set(plan.request.known);
  const hops = row.page.slice(0, first);
  const items = hops.map((hop) => {
    const relationship = toRelationship(hop.rel);
    return {
      relationship,
      direction: hop.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
      other: farEnd(plan.request.reads.wholeOthers && !known.has(String(hop.other.id)), hop.other),
      cursor: hop.key === null ? [] : [hop.key, relationship.id],
    };
  });
  const page = {
    items,
    hasNextPage: row.page.length > first,
    totalCount: row.total,
    unorderedCount: row.unordered,
  };
  const nested = hops.flatMap((hop, i) =>
    plan.nested.flatMap((child, j) => plannedPages(items[i]!.other.entity.id, child, hop.nested[j]!)),
  );
  return [{ entityId, request: plan.request, page }, ...nested];
}

function farEnd(whole: boolean, props: Record<string, unknown>): FarEnd {
  return whole ? { whole: true, entity: toEntity(props) } : { whole: false, entity: toEntityRef(props) };
}
