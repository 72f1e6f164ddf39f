import { ANY_RELATIONSHIP } from '../../criteria';
import { relationshipCount, relationshipMatch } from '../../cypher/relationship-match';
import type { PathSearch } from './types';

/** Hard ceiling of the quantifier, whatever the configuration says (MAX_PATH_HOPS allows 1..15). */
export const MAX_PATTERN_HOPS = 15;

export interface PathPattern {
  /** `(a)((x)-[r:T]-(y:Entity) WHERE …){1,6}(b)`: one quantified path pattern, the search's rules inline. */
  pattern: string;
  params: Record<string, unknown>;
}

/** An integer written into Cypher (quantifiers and `SHORTEST k` cannot be parameters): checked first. */
export function cypherInteger(value: number, name: string, min: number, max: number): string {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${name} must be an integer in ${min}..${max} to be written into Cypher, got ${String(value)}.`,
    );
  }
  return String(value);
}

/**
 * The quantified path pattern between two bound entity variables. Every
 * predicate sits inside the repeated part, on the hop's relationship `r` and
 * the entity `y` it reaches, so Neo4j prunes the search with it rather than
 * filtering whole paths afterwards. The last `y` is the `to` entity itself,
 * which is why the hub cap exempts it (`y = to`); the `from` entity is never
 * a `y`. Types are interpolated only after the domain allow-list check.
 */
export function pathPattern(search: PathSearch, from = 'a', to = 'b'): PathPattern {
  const hops = cypherInteger(search.maxHops, 'maxHops', 1, MAX_PATTERN_HOPS);
  const hop = relationshipMatch(search.criteria, { from: 'x', rel: 'r', to: 'y:Entity' }, 'p_');
  const where: string[] = hop.where === 'true' ? [] : [hop.where];
  const params: Record<string, unknown> = { ...hop.params };
  if (search.avoid.length > 0) {
    where.push('NOT y.id IN $p_avoid');
    params.p_avoid = [...search.avoid];
  }
  if (search.maxDegree !== null) {
    const degree = relationshipCount('y', ANY_RELATIONSHIP, 'p_degree_');
    where.push(`(y = ${to} OR ${degree.expression} <= $p_maxDegree)`);
    Object.assign(params, degree.params);
    params.p_maxDegree = search.maxDegree;
  }
  const inner = where.length > 0 ? `${hop.pattern} WHERE ${where.join(' AND ')}` : hop.pattern;
  return { pattern: `(${from})(${inner}){1,${hops}}(${to})`, params };
}
