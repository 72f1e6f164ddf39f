import { assertRelationshipType } from '../../domain/relationship-kinds';
import { ANY_RELATIONSHIP, type Direction, type RelationshipCriteria } from '../criteria';

/**
 * THE door through which every statement reads relationships.
 *
 * Entity pages, the look-ahead, the timeline, the neighbourhood, paths,
 * common neighbours, degrees, entity lists and stats all build their
 * relationship patterns here (`relationshipMatch`, `relationshipCount`,
 * `relationshipExists`), and no other module writes a
 * relationship pattern by hand (test/unit/graph/cypher-snapshots holds the
 * proof: every statement's Cypher). A rule that every read must obey (such as
 * "only what was known at `knownAt`") belongs in `relationshipPredicates`
 * below and then holds everywhere at once.
 */
export interface CypherFragment {
  /** A pattern such as `(e)-[r:INVITED|LEADS]->(o)`. */
  pattern: string;
  /** Predicates joined by AND, or `true`. */
  where: string;
  params: Record<string, unknown>;
}

/** Names of the pattern's variables; `from` and `to` may carry a label (`o:Entity`) or be empty. */
export interface PatternNames {
  from: string;
  rel: string;
  to: string;
}

/** Relationship types can't be parameters: each one is checked against the domain's allow-list first. */
export function typeAlternation(types: readonly string[] | null): string {
  if (types === null || types.length === 0) return '';
  return ':' + types.map((t) => assertRelationshipType(t)).join('|');
}

function directedPattern(names: PatternNames, types: string, direction: Direction): string {
  const { from, rel, to } = names;
  const r = rel === '' && types === '' ? '--' : `-[${rel}${types}]-`;
  switch (direction) {
    case 'OUTGOING':
      return `(${from})${r}>(${to})`;
    case 'INCOMING':
      return `(${from})<${r}(${to})`;
    case 'BOTH':
      return `(${from})${r}(${to})`;
  }
}

/**
 * The predicates of a RelationshipCriteria on relationship variable `r`.
 * Parameters are prefixed so that several fragments can share one statement.
 * A fact dated at a point counts from that point on for `asOf`; a fact with
 * no date at all passes the date tests only when `includeUndated`.
 */
function relationshipPredicates(criteria: RelationshipCriteria, r: string, prefix: string) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const p = (name: string, value: unknown) => {
    params[prefix + name] = value;
    return '$' + prefix + name;
  };
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

/** The relationships between `names.from` and `names.to` that pass the criteria, as a pattern and its WHERE. */
export function relationshipMatch(criteria: RelationshipCriteria, names: PatternNames, prefix = 'f_'): CypherFragment {
  const pattern = directedPattern(names, typeAlternation(criteria.types), criteria.direction);
  return { pattern, ...relationshipPredicates(criteria, names.rel, prefix) };
}

/** ` WHERE a AND b`, leaving out `true`s; empty when nothing is left. */
export function whereClause(predicates: readonly string[]): string {
  const tests = predicates.filter((p) => p !== 'true');
  return tests.length === 0 ? '' : ` WHERE ${tests.join(' AND ')}`;
}

/**
 * The number of relationships at entity variable `entity` that pass the
 * criteria (and `extra`, a predicate on `rel`), as an expression. With no
 * predicate the far end carries no label, so Neo4j answers from the node's
 * degree instead of walking a hub.
 */
export function relationshipCount(
  entity: string,
  criteria: RelationshipCriteria = ANY_RELATIONSHIP,
  prefix = 'c_',
  rel = 'c',
  extra = 'true',
): { expression: string; params: Record<string, unknown> } {
  let match = relationshipMatch(criteria, { from: entity, rel, to: '' }, prefix);
  // Nothing to test on the relationship: leave it unnamed, the plain degree pattern.
  if (match.where === 'true' && extra === 'true')
    match = relationshipMatch(criteria, { from: entity, rel: '', to: '' });
  return { expression: `COUNT { ${match.pattern}${whereClause([match.where, extra])} }`, params: match.params };
}

/** Whether entity variable `entity` has a relationship to an entity that passes the criteria, as an expression. */
export function relationshipExists(
  entity: string,
  criteria: RelationshipCriteria,
  prefix: string,
  rel = 'x',
): { expression: string; params: Record<string, unknown> } {
  const match = relationshipMatch(criteria, { from: entity, rel, to: ':Entity' }, prefix);
  return { expression: `EXISTS { MATCH ${match.pattern}${whereClause([match.where])} }`, params: match.params };
}
