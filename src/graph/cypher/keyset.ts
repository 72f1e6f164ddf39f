import type { CursorValue } from '../pagination';

export type SortOrder = 'ASC' | 'DESC';

/**
 * The predicate that skips everything up to and including the cursor's item
 * for ORDER BY key, id. `key` and `id` are Cypher expressions.
 */
export function keysetPredicate(
  key: string,
  id: string,
  order: SortOrder,
  after: readonly CursorValue[] | null,
  prefix: string,
): { where: string; params: Record<string, unknown> } {
  if (after === null) return { where: 'true', params: {} };
  const op = order === 'ASC' ? '>' : '<';
  return {
    where: `(${key} ${op} $${prefix}afterKey OR (${key} = $${prefix}afterKey AND ${id} ${op} $${prefix}afterId))`,
    params: { [`${prefix}afterKey`]: after[0], [`${prefix}afterId`]: after[1] },
  };
}
