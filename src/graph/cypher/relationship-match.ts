import { assertRelationshipType } from '../../domain/relationship-kinds';
import type { Direction, RelationshipCriteria } from '../criteria';

export interface CypherFragment {
  /** A pattern such as `(e)-[r:INVITED|LEADS]->(o)`. */
  pattern: string;
  /** Predicates joined by AND, or `true`. */
  where: string;
  params: Record<string, unknown>;
}

/** Relationship types can't be parameters: each one is checked against the domain's allow-list first. */
export function typeAlternation(types: readonly string[] | null): string {
  if (types === null || types.length === 0) return '';
  return ':' + types.map((t) => assertRelationshipType(t)).join('|');
}

export function directedPattern(from: string, rel: string, to: string, types: string, direction: Direction): string {
  switch (direction) {
    case 'OUTGOING':
      return `(${from})-[${rel}${types}]->(${to})`;
    case 'INCOMING':
      return `(${from})<-[${rel}${types}]-(${to})`;
    case 'BOTH':
      return `(${from})-[${rel}${types}]-(${to})`;
  }
}

/**
 * Which stored versions a read sees: those recorded by `knownAt` and not
 * retracted by then (`recordedAt <= knownAt < retractedAt`); with no `knownAt`
 * (now), the current ones, which is one property test. Times are ISO 8601
 * UTC text of one width, so they compare in time order. Data written before
 * versions existed has no `recordedAt` and counts as known all along.
 */
export function knownAtPredicate(r: string, knownAt: string | null, param: string): string {
  if (knownAt === null) return `${r}.retractedAt IS NULL`;
  return `coalesce(${r}.recordedAt <= $${param}, true) AND (${r}.retractedAt IS NULL OR ${r}.retractedAt > $${param})`;
}

/**
 * The predicates of a RelationshipCriteria on relationship variable `r`,
 * always including which versions are known (knownAtPredicate).
 * Parameters are prefixed so that several fragments can share one statement.
 * A fact dated at a point counts from that point on for `asOf`; a fact with
 * no date at all passes the date tests only when `includeUndated`.
 */
export function relationshipPredicates(criteria: RelationshipCriteria, r: string, prefix: string) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const p = (name: string, value: unknown) => {
    params[prefix + name] = value;
    return '$' + prefix + name;
  };
  if (criteria.knownAt !== null) params[`${prefix}knownAt`] = criteria.knownAt;
  where.push(knownAtPredicate(r, criteria.knownAt, `${prefix}knownAt`));
  if (criteria.statuses && criteria.statuses.length > 0) {
    where.push(`${r}.status IN ${p('statuses', [...criteria.statuses])}`);
  }
  if (criteria.minConfidence !== null) {
    where.push(`${r}.confidence >= ${p('minConfidence', criteria.minConfidence)}`);
  }
  const dated = criteria.asOf !== null || criteria.window !== null;
  if (dated) {
    const tests: string[] = [];
    if (criteria.asOf !== null) {
      const d = `date(${p('asOf', criteria.asOf)})`;
      tests.push(`coalesce(${r}.validFrom <= ${d}, true)`, `(${r}.until IS NULL OR ${r}.validTo >= ${d})`);
    }
    if (criteria.window?.from)
      tests.push(`coalesce(${r}.validTo >= date(${p('windowFrom', criteria.window.from)}), true)`);
    if (criteria.window?.to) tests.push(`coalesce(${r}.validFrom <= date(${p('windowTo', criteria.window.to)}), true)`);
    const undated = `(${r}.validFrom IS NULL AND ${r}.validTo IS NULL)`;
    where.push(
      `((${undated} AND ${p('includeUndated', criteria.includeUndated)}) OR (NOT ${undated} AND ${tests.join(' AND ')}))`,
    );
  }
  return { where: where.length > 0 ? where.join(' AND ') : 'true', params };
}

export function relationshipMatch(
  criteria: RelationshipCriteria,
  names: { from: string; rel: string; to: string },
  prefix = 'f_',
): CypherFragment {
  const pattern = directedPattern(names.from, names.rel, names.to, typeAlternation(criteria.types), criteria.direction);
  return { pattern, ...relationshipPredicates(criteria, names.rel, prefix) };
}
