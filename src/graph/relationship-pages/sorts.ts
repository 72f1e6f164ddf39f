import type { SortOrder } from '../cypher/keyset';
import type { PageSortField } from './types';

interface PageSort {
  /** ORDER BY terms in the order asked for; the relationship id always breaks ties. */
  orderBy: (r: string, dir: SortOrder) => string;
  /** The cursor value of a row (JSON-safe, never null); null for an order no page continues from. */
  key: ((r: string) => string) | null;
  /** Only relationships passing this have a place in the order; the others are only counted. */
  places?: (r: string) => string;
}

const opposite = (dir: SortOrder): SortOrder => (dir === 'ASC' ? 'DESC' : 'ASC');
/** Earliest possible day, then latest possible day: coarse dates sort before finer ones inside them. */
const spanKey = (r: string) =>
  `coalesce(toString(${r}.validFrom), '0000-01-01') + '/' + coalesce(toString(${r}.validTo), '9999-12-31')`;

/**
 * What a page is ordered by: stored values, cheap to compare (a hub's
 * relationships are all sorted before the LIMIT). Missing dates sort last
 * ascending and first descending, as Cypher orders nulls; as a cursor value
 * a missing date is the day after every date, so the keyset agrees.
 */
export const PAGE_SORTS: Record<PageSortField, PageSort> = {
  DATE: {
    orderBy: (r, dir) => `${r}.validFrom ${dir}, ${r}.id ${dir}`,
    key: (r) => `coalesce(toString(${r}.validFrom), '9999-12-31')`,
  },
  ID: { orderBy: (r, dir) => `${r}.id ${dir}`, key: (r) => `${r}.id` },
  CONFIDENCE: { orderBy: (r, dir) => `${r}.confidence ${dir}, ${r}.id ${dir}`, key: (r) => `${r}.confidence` },
  SPAN: {
    orderBy: (r, dir) => `${spanKey(r)} ${dir}, ${r}.id ${dir}`,
    key: spanKey,
    places: (r) => `NOT (${r}.validFrom IS NULL AND ${r}.validTo IS NULL)`,
  },
  // A relationship's number of sources is its number of quote offsets, a short list cheaper to read than the quotes.
  STRENGTH: {
    orderBy: (r, dir) => `${r}.confidence ${dir}, size(${r}.sourceStarts) ${dir}, ${r}.id ${opposite(dir)}`,
    key: null,
  },
};
